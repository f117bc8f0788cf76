// The reviewer's unsaved input, per claim, for this session: typing in a claim and moving to the
// next one keeps what was typed (nothing is saved behind the reviewer's back), the claims list
// marks the claims that have a draft, and closing the window with drafts asks first.
//
// A draft holds only what differs from the claim as stored: a field typed back to its stored
// value leaves the draft, and a draft with no field left is gone. Each draft keeps the stored
// values it was judged against, so drafts of claims in other articles (not loaded now) are
// still judged correctly; a claim's draft ends when the claim is deleted.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ClaimWithSources } from '../../../shared/domain';

export type DraftField = 'text' | 'claimant' | 'claimantRole' | 'kind' | 'rationale' | 'ratingLabel';
export type Draft = Partial<Record<DraftField, string>>;
export type DraftUpdate = Draft | ((draft: Draft) => Draft);

const DRAFT_FIELDS: readonly DraftField[] = ['text', 'claimant', 'claimantRole', 'kind', 'rationale', 'ratingLabel'];

export const storedValue = (claim: ClaimWithSources, field: DraftField): string => (claim[field] ?? '') as string;

/** The fields of a draft that differ from the claim as stored. */
export function dirtyFieldsOf(draft: Draft | undefined, claim: ClaimWithSources): DraftField[] {
  if (!draft) return [];
  return (Object.keys(draft) as DraftField[]).filter((f) => draft[f] !== storedValue(claim, f));
}

type Stored = Record<DraftField, string>;

interface Entry {
  /** The input that differs from `stored`. */
  values: Draft;
  /** The claim's stored values, as last seen. */
  stored: Stored;
  articleId: string;
}

const storedOf = (claim: ClaimWithSources): Stored => Object.fromEntries(DRAFT_FIELDS.map((f) => [f, storedValue(claim, f)])) as Stored;

/** The draft less the fields that equal what is stored (undefined when nothing is left). */
function pruned(values: Draft, stored: Stored): Draft | undefined {
  const left: Draft = {};
  for (const f of Object.keys(values) as DraftField[]) if (values[f] !== undefined && values[f] !== stored[f]) left[f] = values[f];
  return Object.keys(left).length ? left : undefined;
}

const sameDraft = (a: Draft, b: Draft) => {
  const keys = Object.keys(a) as DraftField[];
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
};
const sameStored = (a: Stored, b: Stored) => DRAFT_FIELDS.every((f) => a[f] === b[f]);

/**
 * @param articleId the open article, once its claims are loaded (`claims` are its claims).
 */
export function useDrafts(claims: ClaimWithSources[], articleId: string | null) {
  const [entries, setEntries] = useState<Record<string, Entry>>({});
  const claimsRef = useRef(claims);
  claimsRef.current = claims;

  const update = useCallback((claimId: string, next: DraftUpdate) => {
    setEntries((all) => {
      const entry = all[claimId];
      const claim = claimsRef.current.find((c) => c.id === claimId);
      const stored = claim ? storedOf(claim) : entry?.stored;
      const articleIdOf = claim?.articleId ?? entry?.articleId;
      const value = typeof next === 'function' ? next(entry?.values ?? {}) : next;
      const values = stored ? pruned(value, stored) : undefined;
      if (!values || !stored || !articleIdOf) {
        if (!entry) return all;
        const rest = { ...all };
        delete rest[claimId];
        return rest;
      }
      return { ...all, [claimId]: { values, stored, articleId: articleIdOf } };
    });
  }, []);

  /** Forgets a claim's draft (the claim was deleted). */
  const drop = useCallback((claimId: string) => update(claimId, {}), [update]);

  // The open article's claims as stored now (after a save, or a write from elsewhere): fields
  // that now equal the stored value leave the draft, and drafts of claims no longer in the
  // article (deleted) end.
  useEffect(() => {
    if (!articleId) return;
    setEntries((all) => {
      let changed = false;
      const next: Record<string, Entry> = {};
      for (const [id, entry] of Object.entries(all)) {
        const claim = claims.find((c) => c.id === id);
        if (!claim) {
          if (entry.articleId === articleId) changed = true;
          else next[id] = entry;
          continue;
        }
        const stored = storedOf(claim);
        const values = pruned(entry.values, stored);
        if (!values) {
          changed = true;
          continue;
        }
        if (sameDraft(values, entry.values) && sameStored(stored, entry.stored)) next[id] = entry;
        else {
          changed = true;
          next[id] = { values, stored, articleId: claim.articleId };
        }
      }
      return changed ? next : all;
    });
  }, [claims, articleId]);

  const drafts = useMemo(() => Object.fromEntries(Object.entries(entries).map(([id, e]) => [id, e.values])) as Record<string, Draft>, [entries]);

  /** Claims of the open article whose draft differs from what is stored. */
  const dirtyIds = useMemo(() => new Set(claims.filter((c) => dirtyFieldsOf(drafts[c.id], c).length > 0).map((c) => c.id)), [claims, drafts]);
  // Drafts of claims in other articles count too (the window would lose them all), judged
  // against the stored values kept with them.
  const otherArticles = Object.entries(entries).filter(([id, e]) => !claims.some((c) => c.id === id) && pruned(e.values, e.stored) !== undefined).length;
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

  return { drafts, update, drop, dirtyIds };
}
