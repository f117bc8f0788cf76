// Which claims of the open article were checked before (an earlier fact-check matches them),
// for the mark in the claims list. Asked once per article and again after a review changes.
import { useEffect, useState } from 'react';
import { call } from '../../api/client';

export function useCheckedBefore(articleId: string | null, refresh: unknown): ReadonlySet<string> {
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    if (!articleId) return;
    let live = true;
    call('factchecks.flagClaims', { articleId }).then(
      (r) => live && setChecked(new Set(r.checked.map((c) => c.claimId))),
      () => live && setChecked(new Set()),
    );
    return () => {
      live = false;
    };
  }, [articleId, refresh]);
  return checked;
}
