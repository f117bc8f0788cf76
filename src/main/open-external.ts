// The only way a link leaves the app: parsed, and only http(s) is handed to the OS.
import { shell } from 'electron';
import { isHttpUrl } from '../shared/domain';

export async function openExternalUrl(url: unknown): Promise<boolean> {
  if (typeof url !== 'string' || !isHttpUrl(url)) return false;
  await shell.openExternal(new URL(url).toString());
  return true;
}
