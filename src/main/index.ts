// Electron wiring only: one window, locked down; IPC bound to the shared dispatch.
import path from 'node:path';
import fs from 'node:fs';
import { app, BrowserWindow, dialog, ipcMain, session, type WebContents } from 'electron';
import { openApp, type ClaimdeskApp } from './core/app';
import { resolveDatabasePath } from './core/paths';
import { openExternalUrl } from './open-external';
import { WINDOW_CSP, windowOptions } from './window-options';

const INVOKE_CHANNEL = 'claimdesk:invoke';

let claimdesk: ClaimdeskApp | null = null;
let mainWindow: BrowserWindow | null = null;

function rendererUrl(): string {
  if (!app.isPackaged && process.env.ELECTRON_RENDERER_URL) return process.env.ELECTRON_RENDERER_URL;
  return `file://${path.join(__dirname, '../renderer/index.html')}`;
}

/** True only for our own top frame: IPC from anything else (an iframe, a navigated page) is refused. */
function isTrustedSender(frame: Electron.WebFrameMain | null): boolean {
  if (!frame || frame.parent !== null || !mainWindow || frame !== mainWindow.webContents.mainFrame) return false;
  const expected = new URL(rendererUrl());
  const actual = new URL(frame.url);
  return actual.protocol === expected.protocol && actual.host === expected.host && actual.pathname === expected.pathname;
}

function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalUrl(url);
    return { action: 'deny' };
  });
}

function createWindow(): void {
  mainWindow = new BrowserWindow(windowOptions(path.join(__dirname, '../preload')));
  lockDown(mainWindow.webContents);
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(rendererUrl());
}

async function start(): Promise<void> {
  const dbPath = resolveDatabasePath(process.env.CLAIMDESK_DB_FLAG, app.getPath('userData'));
  claimdesk = await openApp(dbPath, {
    host: 'electron',
    platform: {
      openExternal: openExternalUrl,
      async saveFile(defaultName, body) {
        const options = { defaultPath: path.join(app.getPath('documents'), defaultName) };
        const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
        if (result.canceled || !result.filePath) return null;
        await fs.promises.writeFile(result.filePath, body);
        return result.filePath;
      },
    },
  });

  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [WINDOW_CSP] } });
  });

  ipcMain.handle(INVOKE_CHANNEL, async (event, method: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame)) return { ok: false, error: { code: 'forbidden', message: 'Untrusted sender.' } };
    return claimdesk!.dispatch(String(method), input);
  });
  createWindow();
}

// --db PATH on the command line, like every other host.
const dbFlagIndex = process.argv.indexOf('--db');
if (dbFlagIndex > 0 && process.argv[dbFlagIndex + 1]) process.env.CLAIMDESK_DB_FLAG = process.argv[dbFlagIndex + 1];

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  app.on('web-contents-created', (_event, contents) => lockDown(contents));
  app.whenReady().then(start, (error: unknown) => {
    console.error(error);
    app.exit(1);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.on('will-quit', () => {
    void claimdesk?.close();
  });
}
