// The German strings, a chunk of their own: loaded only when the UI is German (index.ts), so an
// English first screen does not fetch, parse and build them.
export const germanModules = import.meta.glob<{ default: Record<string, unknown> }>('./de/*.ts', { eager: true });
