// The article and claim open when the app was last closed, kept in this browser's or window's
// storage. Its own small module: start-up (startup.ts) reads it before the app's code has loaded.
export const SELECTION_KEY = 'claimdesk.selection';

/** The article and claim open when the app was last closed (this browser's or window's storage). */
export function initialSelection(): { articleId?: string; claimId?: string } {
  try {
    return JSON.parse(localStorage.getItem(SELECTION_KEY) ?? '{}') as { articleId?: string; claimId?: string };
  } catch {
    return {};
  }
}
