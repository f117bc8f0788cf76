// Which claims of the open article were checked before (an earlier fact-check matches them),
// for the mark in the claims list. Asked once per article and again after a review changes.
import { useEffect, useRef, useState } from 'react';
import { call } from '../../api/client';
import { after, REVIEWS_SETTLE_MS } from '../../lib/rest';

export function useCheckedBefore(articleId: string | null, refresh: unknown): ReadonlySet<string> {
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const asked = useRef<string | null>(null);
  useEffect(() => {
    if (!articleId) return;
    let live = true;
    // A newly opened article is asked at once. After a review, flagging matches the article's
    // claims against a library that review just changed, which keeps the server busy for a
    // while: ask once the reviewer pauses, so the next verdict key is not answered after it.
    const cancel = after(asked.current === articleId ? REVIEWS_SETTLE_MS : 0, () => {
      asked.current = articleId;
      call('factchecks.flagClaims', { articleId }).then(
        (r) => live && setChecked(new Set(r.checked.map((c) => c.claimId))),
        () => live && setChecked(new Set()),
      );
    });
    return () => {
      live = false;
      cancel();
    };
  }, [articleId, refresh]);
  return checked;
}
