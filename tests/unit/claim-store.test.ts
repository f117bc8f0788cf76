// The workspace's claim store: which writes it takes alone, and whom it tells.
import { describe, expect, it } from 'vitest';
import type { ClaimWithSources } from '../../src/shared/domain';
import { createClaimStore, newerClaim, onlyReviewChanged } from '../../src/renderer/src/workspace/claim-store';

const base = {
  id: 'c1',
  articleId: 'a1',
  start: 0,
  end: 30,
  text: 'The rate rose to 5 percent in May.',
  claimant: 'The office',
  verdict: 'unreviewed',
  rationale: null,
  ratingLabel: null,
  reviewer: null,
  reviewedAt: null,
  version: 3,
  updatedAt: '2026-01-01T10:00:00.000Z',
  sources: [{ id: 's1', url: 'https://example.org/' }],
} as unknown as ClaimWithSources;

const reviewed = { ...base, verdict: 'verified', reviewer: 'Ana', reviewedAt: '2026-01-01T10:01:00.000Z', version: 4, updatedAt: '2026-01-01T10:01:00.000Z' } as ClaimWithSources;

describe('claim store', () => {
  it('takes a write that changed only the review or the sources, and nothing else', () => {
    expect(onlyReviewChanged(base, reviewed)).toBe(true);
    expect(onlyReviewChanged(base, { ...reviewed, sources: [{ id: 's1', url: 'https://example.org/' }] } as ClaimWithSources)).toBe(true);
    expect(onlyReviewChanged(base, { ...reviewed, rationale: 'Checked with the office.' })).toBe(false);
    expect(onlyReviewChanged(base, { ...reviewed, ratingLabel: 'True' })).toBe(false);
    expect(onlyReviewChanged(base, { ...reviewed, end: 31 })).toBe(false);
    // Sources: only the panel shows them (a snapshot taken in the background changes them).
    expect(onlyReviewChanged(base, { ...reviewed, sources: [] })).toBe(true);
    expect(onlyReviewChanged(base, { ...reviewed, checkworthiness: 0.9 } as ClaimWithSources)).toBe(false);
    expect(onlyReviewChanged(base, { ...reviewed, text: 'The rate rose to 6 percent in May.' })).toBe(false);
    expect(onlyReviewChanged(base, { ...reviewed, id: 'c2' })).toBe(false);
  });

  it('tells the claim’s subscribers and the store’s, and no other claim’s', () => {
    const store = createClaimStore();
    const told: string[] = [];
    const off1 = store.subscribe('c1', () => told.push('c1'));
    store.subscribe('c2', () => told.push('c2'));
    store.subscribeAll(() => told.push('all'));
    const v0 = store.version();
    store.set(reviewed);
    expect(told).toEqual(['c1', 'all']);
    expect(store.get('c1')).toBe(reviewed);
    expect(store.version()).toBeGreaterThan(v0);
    off1();
    store.clear();
    expect(told).toEqual(['c1', 'all', 'c2', 'all']);
    expect(store.get('c1')).toBeUndefined();
  });

  it('shows the later of the list’s copy and the store’s', () => {
    expect(newerClaim(base, reviewed)).toBe(reviewed);
    expect(newerClaim(reviewed, base)).toBe(reviewed);
    expect(newerClaim(base, undefined)).toBe(base);
    expect(newerClaim(null, reviewed)).toBeNull();
  });
});
