// Electron wiring only: one window, locked down; IPC bound to the shared dispatch.
import path from 'node:path';
import fs from 'node:fs';
import { createDesktopRouter } from './team/remote';
import { app, BrowserWindow, dialog, ipcMain, Menu, session, type MenuItemConstructorOptions, type WebContents } from 'electron';
import { openApp, type ClaimdeskApp, type OpenAppOptions } from './core/app';
import { AppError } from './core/errors';
import { assertNotInUse, backupDatabase, backupDirFor, backupIfDue, checkAndRepair, moveAside, newestGoodBackup, restoreBackup } from './core/store/maintenance';
import { resolveDatabasePath } from './core/paths';
import { openExternalUrl } from './open-external';
import { WINDOW_CSP, windowOptions } from './window-options';

const INVOKE_CHANNEL = 'claimdesk:invoke';

let claimdesk: ClaimdeskApp | null = null;
const deskRouter = createDesktopRouter(() => claimdesk!.dispatch);
let mainWindow: BrowserWindow | null = null;

function rendererUrl(): string {
  if (!app.isPackaged && process.env.ELECTRON_RENDERER_URL) return process.env.ELECTRON_RENDERER_URL;
  return `file://${path.join(__dirname, '../renderer/index.html')}`;
}

/** True only for our own top frame: IPC from anything else (an iframe, a navigated page) is refused. */
function isTrustedSender(frame: Electron.WebFrameMain | null): boolean {
  if (!frame || frame.parent !== null || !mainWindow || frame !== mainWindow.webContents.mainFrame) return false;
  let expected: URL;
  let actual: URL;
  try {
    expected = new URL(rendererUrl());
    actual = new URL(frame.url);
  } catch {
    return false;
  }
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

/**
 * The renderer cancels an unload while it holds unsaved claim drafts; Chromium would then keep
 * the window open without a word. Ask instead: leaving discards the drafts.
 */
function confirmUnloadWithDrafts(window: BrowserWindow): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const german = app.getLocale().startsWith('de');
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      buttons: german ? ['Entwürfe verwerfen und schließen', 'Weiter bearbeiten'] : ['Discard drafts and close', 'Keep editing'],
      defaultId: 1,
      cancelId: 1,
      message: german ? 'Sie haben ungespeicherte Änderungen an Behauptungen.' : 'You have unsaved changes to claims.',
      detail: german ? 'Schließen verwirft sie.' : 'Closing discards them.',
    });
    // preventDefault here overrides the renderer's refusal, so the window unloads.
    if (choice === 0) event.preventDefault();
  });
}

function createWindow(): void {
  mainWindow = new BrowserWindow(windowOptions(path.join(__dirname, '../preload')));
  lockDown(mainWindow.webContents);
  confirmUnloadWithDrafts(mainWindow);
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(rendererUrl());
}

function appOptions(): OpenAppOptions {
  return {
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
  };
}

/**
 * Opens the database; if it is damaged, keeps it untouched as .damaged, tells the user
 * plainly and offers the newest good backup. Nothing is ever overwritten.
 */
async function openWithRecovery(dbPath: string): Promise<ClaimdeskApp> {
  try {
    return await openApp(dbPath, appOptions());
  } catch (error) {
    if (!(error instanceof AppError && error.details?.damaged)) {
      dialog.showErrorBox('Claimdesk cannot open its database', (error as Error).message);
      app.exit(1);
      throw error;
    }
    const good = newestGoodBackup(dbPath);
    const buttons = good ? ['Restore the backup', 'Start with an empty database', 'Quit'] : ['Start with an empty database', 'Quit'];
    const { response } = await dialog.showMessageBox({
      type: 'warning',
      title: 'Claimdesk',
      message: 'Your Claimdesk database is damaged.',
      detail:
        `${error.message}\n\nIt will be kept unchanged beside the new one, as ${path.basename(dbPath)}.damaged.` +
        (good ? `\n\nThe newest good backup is from ${new Date(good.createdAt).toLocaleString()}:\n${good.path}` : '\n\nNo good backup was found.'),
      buttons,
      defaultId: 0,
      cancelId: buttons.length - 1,
    });
    const choice = buttons[response];
    if (choice === 'Quit') {
      // Nothing was moved: the next start asks again.
      app.exit(0);
      throw error;
    }
    try {
      if (choice === 'Restore the backup' && good) restoreBackup(good.path, dbPath, 'damaged');
      else {
        assertNotInUse(dbPath);
        moveAside(dbPath, 'damaged');
      }
    } catch (refusal) {
      dialog.showErrorBox('Claimdesk cannot repair its database yet', (refusal as Error).message);
      app.exit(1);
      throw refusal;
    }
    return openApp(dbPath, appOptions());
  }
}

function databaseMenu(dbPath: string): MenuItemConstructorOptions {
  return {
    label: 'Database',
    submenu: [
      {
        label: 'Back Up Now',
        click: async () => {
          const info = await backupDatabase(claimdesk!.store.sqlite, dbPath, 'manual');
          await dialog.showMessageBox({ message: 'Backup saved and verified.', detail: info.path });
        },
      },
      {
        label: 'Check Database',
        click: async () => {
          const report = checkAndRepair(claimdesk!.store.sqlite);
          await dialog.showMessageBox({
            type: report.ok ? 'info' : 'warning',
            message: report.ok ? 'The database is whole.' : 'The database is damaged.',
            detail: `${report.integrity.slice(0, 5).join('\n')}${report.ftsRebuilt.length ? `\nRebuilt search index: ${report.ftsRebuilt.join(', ')}` : ''}`,
          });
        },
      },
      {
        label: 'Restore from Backup…',
        click: async () => {
          const pick = await dialog.showOpenDialog({ defaultPath: backupDirFor(dbPath), properties: ['openFile'], filters: [{ name: 'Claimdesk database', extensions: ['db'] }] });
          if (pick.canceled || !pick.filePaths[0]) return;
          await claimdesk!.close();
          try {
            const result = restoreBackup(pick.filePaths[0], dbPath);
            await dialog.showMessageBox({ message: 'Backup restored.', detail: result.previous ? `The database it replaced was kept as ${result.previous}.` : '' });
          } catch (error) {
            dialog.showErrorBox('Restore failed', (error as Error).message);
          }
          claimdesk = await openWithRecovery(dbPath);
          mainWindow?.reload();
        },
      },
    ],
  };
}

async function start(): Promise<void> {
  const dbPath = resolveDatabasePath(process.env.CLAIMDESK_DB_FLAG, app.getPath('userData'));
  claimdesk = await openWithRecovery(dbPath);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate([
      ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : [{ role: 'fileMenu' as const }]),
      { role: 'editMenu' },
      { role: 'viewMenu' },
      databaseMenu(dbPath),
      { role: 'windowMenu' },
    ]),
  );

  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [WINDOW_CSP] } });
  });

  ipcMain.handle(INVOKE_CHANNEL, async (event, method: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame)) return { ok: false, error: { code: 'forbidden', message: 'Untrusted sender.' } };
    // Local store, or the team server the person connected to in Settings (src/main/team/remote.ts).
    return deskRouter.dispatch(String(method), input);
  });
  createWindow();
}

// --db PATH on the command line, like every other host.
const dbFlagIndex = process.argv.indexOf('--db');
if (dbFlagIndex > 0 && process.argv[dbFlagIndex + 1]) process.env.CLAIMDESK_DB_FLAG = process.argv[dbFlagIndex + 1];

// Every renderer in a sandbox, whatever its window options say.
app.enableSandbox();

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
  let quitting = false;
  app.on('will-quit', (event) => {
    if (quitting || !claimdesk) return;
    // The daily backup, then close the store; quit once both are done.
    event.preventDefault();
    quitting = true;
    const current = claimdesk;
    void backupIfDue(current.store.sqlite, current.store.path)
      .catch((error: unknown) => console.error('[claimdesk] backup on quit failed', error))
      .finally(() => current.close().finally(() => app.quit()));
  });
}
