// The options of every Claimdesk window, exported so a test can read what the app really uses.
import path from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';

/** The CSP applied to every response the window loads (also set as a meta tag in index.html). */
export { RENDERER_CSP as WINDOW_CSP } from './csp';

export function windowOptions(preloadDir: string): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Claimdesk',
    backgroundColor: '#f7f6f3',
    webPreferences: {
      preload: path.join(preloadDir, 'index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  };
}
