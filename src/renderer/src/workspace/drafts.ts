// The reviewer's unsaved input, per claim, for this session: typing in a claim and moving to the
// next one keeps what was typed (nothing is saved behind the reviewer's back), the claims list
// marks the claims that have a draft, and closing the window with drafts asks first.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ClaimWithSources } from '../../../shared/domain';

export type DraftField = 'text' | 'claimant' | 'claimantRole' | 'kind' | 'rationale' | 'ratingLabel';
export type Draft = Partial<Record<DraftField, string>>;
export type DraftUpdate = Draft | ((draft: Draft) => Draft);

export const storedValue = (claim: ClaimWithSources, field: DraftField): string => (claim[field] ?? '') as string;

/** The fields of a draft that differ from the claim as stored. */
export function dirtyFieldsOf(draft: Draft | undefined, claim: ClaimWithSources): DraftField[] {
  if (!draft) return [];
  return (Object.keys(draft) as DraftField[]).filter((f) => draft[f] !== storedValue(claim, f));
}

export function useDrafts(claims: ClaimWithSources[]) {
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});

  const update = useCallback((claimId: string, next: DraftUpdate) => {
    setDrafts((all) => {
      const value = typeof next === 'function' ? next(all[claimId] ?? {}) : next;
      if (Object.keys(value).length === 0) {
        if (!(claimId in all)) return all;
        const rest = { ...all };
        delete rest[claimId];
        return rest;
      }
      return { ...all, [claimId]: value };
    });
  }, []);

  /** Claims of the open article whose draft differs from what is stored. */
  const dirtyIds = useMemo(() => new Set(claims.filter((c) => dirtyFieldsOf(drafts[c.id], c).length > 0).map((c) => c.id)), [claims, drafts]);
  // Drafts of claims in other articles count too (the window would lose them all).
  const otherArticles = Object.keys(drafts).filter((id) => !claims.some((c) => c.id === id)).length;
  const anyUnsaved = dirtyIds.size > 0 || otherArticles > 0;

  const unsavedRef = useRef(anyUnsaved);
  unsavedRef.current = anyUnsaved;
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!unsavedRef.current) return;
      // The browser asks the user; in Electron the main process does ('will-prevent-unload').
      event.preventDefault();
      // Older Chromium (and Electron) ask only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  return { drafts, update, dirtyIds };
}
