// What the first screen needs, asked for before React renders anything, in one call
// (workspace.open): the settings, the article list, the rating labels and the article that will
// open (the one open last time, which the host remembers: workspace.remember; else the newest).
// The host answers while the page's app loads, and the article comes in the same round trip as
// the list: asked for once the list had come, it waited for the page's main thread, busy running
// the app's code, then for a second round trip. The components ask as they always do and take
// these answers (api/client.ts, readEarly and fileEarly); nothing here changes what is shown.
import type { ApiResult } from '../../shared/contract';
import { fileEarly, hasServeToken, holdEarlyReadsUntil, isDesktop, noteEarlyValue, readEarly } from './api/client';
import { FIRST_PAGE, firstPageInput } from './workspace/first-page';

/**
 * Starts the read; resolves once the answers the first screen shows are in (the settings, the
 * list, the rating labels and the article that opens, all in one answer: workspace.open), or
 * at once when nothing is read early.
 */
export function readAtStartup(): Promise<void> {
  startupRead = readFirstScreen();
  holdEarlyReadsUntil(startupRead);
  return startupRead;
}

let startupRead: Promise<void> = Promise.resolve();

/**
 * Settles once the first screen's answers are in (or could not be had): what is fetched only
 * for later (the top bar's views, slots.tsx) waits for it, so it never competes with the
 * article's first paint when the host is slow to answer.
 */
export function firstScreenRead(): Promise<void> {
  return startupRead.catch(() => undefined);
}

function readFirstScreen(): Promise<void> {
  // A team server's page may have to sign in first: it asks nothing before it knows.
  if (!isDesktop && !hasServeToken()) return Promise.resolve();
  const first = readEarly('workspace.open', { claimsLimit: FIRST_PAGE });
  if (!first) return Promise.resolve();
  // Each part is filed as the answer of the read the components make (an error answer is not
  // taken: the component asks again).
  const part = <T>(pick: (value: NonNullable<Extract<Awaited<typeof first>, { ok: true }>['value']>) => T): Promise<ApiResult<T>> =>
    first.then((result) => (result.ok ? { ok: true as const, value: pick(result.value) } : result));
  fileEarly('settings.get', {}, part((v) => v.settings));
  fileEarly('articles.list', {}, part((v) => v.articles));
  fileEarly('claims.ratingLabels', {}, part((v) => v.ratingLabels));
  return first.then((result) => {
    if (!result.ok) return;
    const { settings, articles, ratingLabels, article } = result.value;
    // The first render takes these at once (peekEarly); each is the very object the filed read answers with.
    noteEarlyValue('settings.get', {}, settings);
    noteEarlyValue('articles.list', {}, articles);
    noteEarlyValue('claims.ratingLabels', {}, ratingLabels);
    if (article) {
      opening = { articleId: article.id, claimId: result.ok ? result.value.claimId : null };
      fileEarly('articles.get', firstPageInput(article.id), Promise.resolve({ ok: true, value: article }));
      noteEarlyValue('articles.get', firstPageInput(article.id), article);
    }
  });
}

let opening: { articleId: string; claimId: string | null } | null = null;

/**
 * The article workspace.open answered with (the one open last time, else the newest) and the
 * claim selected in it last time, once the answer is in; null before, or when nothing was read
 * early. The workspace opens it in its first render (App.tsx) instead of after the list has come and been rendered: its read (filed
 * above) is then taken in the same round of effects as the list's, and the list, the article
 * and its highlights show in one render, not two.
 */
export function startupSelection(): { articleId: string; claimId: string | null } | null {
  return opening;
}
