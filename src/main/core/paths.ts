// Where the database lives when nobody says: the same file the desktop app uses
// (Electron's userData folder for "Claimdesk"), so the CLI and serve see the app's data.
import os from 'node:os';
import path from 'node:path';

export const DATABASE_FILE = 'claimdesk.db';

export function defaultUserDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  const home = os.homedir();
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Claimdesk');
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Claimdesk');
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), 'Claimdesk');
}

/** --db wins, then CLAIMDESK_DB, then the default. */
export function resolveDatabasePath(flag: string | undefined, userDataDir?: string, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = flag || env.CLAIMDESK_DB;
  // A postgres:// URL is a database on a server, not a path.
  if (chosen) return /^postgres(ql)?:\/\//iu.test(chosen) ? chosen : path.resolve(chosen);
  return path.join(userDataDir ?? defaultUserDataDir(), DATABASE_FILE);
}
