// Which claims of the open article were checked before (an earlier fact-check matches them),
// for the mark in the claims list. Asked once per article and again after a review changes.
import { useEffect, useRef, useState } from 'react';
import { call } from '../../api/client';
import { after, REVIEWS_SETTLE_MS, whenIdle } from '../../lib/rest';

/** Where the open article's reviews are written (the workspace's claim store) and how many claims are reviewed now. */
export interface Reviews {
  store: { subscribeAll(listener: () => void): () => void };
  reviewed(): number;
}

/**
 * @param refresh asks again (after a pause) when it changes.
 * @param reviews asks again (after a pause) when the number of reviewed claims changes, told by
 *   the store without a render of the caller (give the same object on every render).
 */
export function useCheckedBefore(articleId: string | null, refresh: unknown, reviews?: Reviews): ReadonlySet<string> {
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const asked = useRef<string | null>(null);
  useEffect(() => {
    if (!articleId) return;
    let live = true;
    let cancel = () => undefined as void;
    // A newly opened article is asked once its claims have painted and the page is idle: asked
    // with the first render, the first call of a serve loaded the fact-check library (stemmers,
    // stop words: 220-330 ms of the host's thread, traced at load 19) and the answer re-rendered
    // the list, both right while the highlights painted on a machine whose cores they share.
    // After a review, flagging matches the article's claims against a library that review just
    // changed, which keeps the server busy for a while: ask once the reviewer pauses, so the
    // next verdict key is not answered after it.
    const ask = (ms: number) => {
      cancel();
      const flag = () => {
        asked.current = articleId;
        call('factchecks.flagClaims', { articleId }).then(
          (r) => live && setChecked(new Set(r.checked.map((c) => c.claimId))),
          () => live && setChecked(new Set()),
        );
      };
      cancel = ms > 0 ? after(ms, flag) : whenIdle(flag);
    };
    ask(asked.current === articleId ? REVIEWS_SETTLE_MS : 0);
    let reviewed = reviews?.reviewed();
    const unsubscribe = reviews?.store.subscribeAll(() => {
      const now = reviews.reviewed();
      if (now === reviewed) return;
      reviewed = now;
      ask(REVIEWS_SETTLE_MS);
    });
    return () => {
      live = false;
      cancel();
      unsubscribe?.();
    };
  }, [articleId, refresh, reviews]);
  return checked;
}
