import type { Plugin } from 'vite';

export declare const EXTRACTION_DATA_FILES: readonly string[];
export declare function extractionData(): Plugin;
export declare const EXTRACTION_CHUNKING: { includeDependenciesRecursively: boolean; groups: Array<{ name: string; test: RegExp }> };
