// What openApp adds to openAppCore: the handlers (every service), the dispatch (the contract's
// schemas) and the read routing. One module, loaded when an app is opened (lazy.ts), so a
// command that needs only the store (`claimdesk list`) does not load them.
export { createDispatch } from './dispatch';
export { routeReads } from './read-routing';
export { createHandlers } from './services/handlers';
