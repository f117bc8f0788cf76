// What the first screen needs, asked for before React renders anything: the settings, the
// article list and the article that will open (the one open last time, else the newest). The
// host answers while the page renders, and the article is asked for as soon as the list says
// which it is, not after the list has been rendered. The components ask as they always do and
// take these answers (api/client.ts, readEarly); nothing here changes what is shown.
import { hasServeToken, isDesktop, readEarly } from './api/client';
import { initialSelection } from './selection';
import { firstPageInput } from './workspace/first-page';

/**
 * Starts the reads; resolves once the answers the first screen shows are in (the settings, the
 * list and the article that opens), or at once when nothing is read early.
 */
export function readAtStartup(): Promise<void> {
  // A team server's page may have to sign in first: it asks nothing before it knows.
  if (!isDesktop && !hasServeToken()) return Promise.resolve();
  const settings = readEarly('settings.get', {});
  void readEarly('claims.ratingLabels', {});
  const remembered = initialSelection().articleId;
  const rememberedArticle = remembered ? readEarly('articles.get', firstPageInput(remembered)) : null;
  const article = readEarly('articles.list', {})?.then((result) => {
    if (!result.ok) return;
    // The workspace opens the newest article when none is remembered or the remembered one is gone.
    const list = result.value;
    if ((!remembered || !list.some((a) => a.id === remembered)) && list[0]) return readEarly('articles.get', firstPageInput(list[0].id));
    return rememberedArticle;
  });
  return Promise.all([settings, article]).then(() => undefined);
}
