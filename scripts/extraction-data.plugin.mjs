// The data files extraction reads at run time (not modules: they are read on first use, see
// src/main/core/extraction/nouns.de.ts), copied into a build's output folder beside its entries.
// Both builds use it: electron-vite's main (out/main) and the CLI and serve host (out/cli).
// Plain JavaScript (types in extraction-data.plugin.d.mts) so Vite's native config loader can load it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The files, by name; each is copied to the output folder's top under the same name. */
export const EXTRACTION_DATA_FILES = ['nouns.de.txt'];

/** @returns {import('vite').Plugin} */
export function extractionData() {
  return {
    name: 'claimdesk:extraction-data',
    apply: 'build',
    generateBundle() {
      for (const fileName of EXTRACTION_DATA_FILES) {
        const source = readFileSync(fileURLToPath(new URL(`../src/main/core/extraction/${fileName}`, import.meta.url)));
        this.emitFile({ type: 'asset', fileName, source });
      }
    },
  };
}

/**
 * The extraction's own modules in one chunk (output.codeSplitting, both builds). Left to itself the
 * bundler split them in two: people-*.js (tokens, lexicons, phrases, the speaker registry: what the
 * claimant grouping's text-names also imports) and extraction-*.js (the rules and the pipeline), and
 * every call from a rule into tokenIs, tokenInfo or readPhrase read the other chunk's export getter.
 * Only the folder's own files, and not language.ts (the import and report paths detect a language
 * without extracting), nor lazy.ts (the loader that imports the extraction on first use), nor
 * nouns.de.ts (the claimant's type asks the German noun list too, and `serve` types claimants
 * without extracting; the list itself is read on the first question either way): with
 * includeDependenciesRecursively false what they import from elsewhere stays in the chunks other
 * code loads without the extraction, so `serve` and `list` still start without it.
 */
export const EXTRACTION_CHUNKING = {
  includeDependenciesRecursively: false,
  groups: [{ name: 'extraction', test: /[\\/]src[\\/]main[\\/]core[\\/]extraction[\\/](?!(?:language|lazy|nouns\.de)\.ts$)[^\\/]+$/ }],
};
