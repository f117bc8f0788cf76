// Loading a module on first use, so a host starts without what it may never call (the
// importers and their parsers, the report renderers with pdfkit and the fonts).
//
// Built (the CLI, serve, Electron) and in vitest, import() loads it (the bundler puts it in a
// chunk of its own). Where TypeScript runs through a CommonJS require hook (tsx's, Playwright's)
// import() of a .ts file fails, so there it is required. Callers pass the require with the path
// in a variable, so the bundler does not see it and pull the module into the start-up chunk.
export function loadWhenNeeded<T>(viaImport: () => Promise<T>, viaRequire: () => T): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => (loading ??= typeof require === 'function' && require.extensions?.['.ts'] ? Promise.resolve().then(viaRequire) : viaImport());
}
