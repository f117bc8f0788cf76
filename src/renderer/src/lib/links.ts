// Opening links: only http(s), through the host (desktop: the system browser); a browser host
// answers opened: false and the page opens a new tab itself, without an opener.
import { isHttpUrl } from '../../../shared/constants';
import { call } from '../api/client';

export { isHttpUrl };

export async function openExternal(url: string): Promise<void> {
  if (!isHttpUrl(url)) return;
  let opened = false;
  try {
    opened = (await call('app.openExternal', { url })).opened;
  } catch {
    opened = false;
  }
  if (!opened && isHttpUrl(url)) window.open(url, '_blank', 'noopener,noreferrer');
}
