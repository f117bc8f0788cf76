// The Content Security Policy of the renderer, one string for every host: the Electron
// window's response headers and serve's. (index.html carries the same policy as a meta tag.)
export const RENDERER_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
