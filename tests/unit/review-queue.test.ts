// The workspace's review queue: which claims j/k and n go to, with a verdict filter on.
import { describe, expect, it } from 'vitest';
import type { ClaimWithSources, Verdict } from '../../src/shared/domain';
import { countByVerdict, filterClaims, nextUnreviewed, sortClaims, stepFrom } from '../../src/renderer/src/workspace/queue/queue';
import { markedInOrder, markRange, NO_MARKS, toggleMark } from '../../src/renderer/src/workspace/queue/marks';

const claim = (id: string, start: number, verdict: Verdict, checkworthiness = 0.5) => ({ id, start, end: start + 5, verdict, checkworthiness }) as ClaimWithSources;
const ids = (claims: readonly ClaimWithSources[]) => claims.map((c) => c.id);

const all = [claim('a', 0, 'unreviewed', 0.2), claim('b', 10, 'verified', 0.9), claim('c', 20, 'unreviewed', 0.9), claim('d', 30, 'disputed', 0.1), claim('e', 40, 'unreviewed', 0.5)];

describe('review queue', () => {
  it('sorts by check-worthiness (then position) and filters by verdict', () => {
    expect(ids(sortClaims(all, 'checkworthiness'))).toEqual(['b', 'c', 'e', 'a', 'd']);
    expect(sortClaims(all, 'position')).toBe(all);
    expect(ids(filterClaims(all, 'unreviewed'))).toEqual(['a', 'c', 'e']);
    expect(filterClaims(all, 'all')).toBe(all);
    expect(countByVerdict(all)).toEqual({ all: 5, unreviewed: 3, verified: 1, disputed: 1, inconclusive: 0 });
  });

  it('j/k walk the shown claims; from a claim the filter hides they go on from where it stands', () => {
    const shown = filterClaims(all, 'unreviewed');
    expect(stepFrom(shown, all, 'a', 1)?.id).toBe('c');
    expect(stepFrom(shown, all, 'e', 1)?.id).toBe('e');
    expect(stepFrom(shown, all, 'd', 1)?.id).toBe('e');
    expect(stepFrom(shown, all, 'd', -1)?.id).toBe('c');
    expect(stepFrom(shown, all, 'b', -1)?.id).toBe('a');
    expect(stepFrom(shown, all, null, 1)?.id).toBe('a');
    expect(stepFrom(shown, all, null, -1)?.id).toBe('e');
    expect(stepFrom([], all, 'a', 1)).toBeNull();
  });

  it('n finds the next unreviewed claim after the current one, wrapping round, and null when none is left', () => {
    expect(nextUnreviewed(all, 'a')?.id).toBe('c');
    expect(nextUnreviewed(all, 'c')?.id).toBe('e');
    expect(nextUnreviewed(all, 'e')?.id).toBe('a');
    expect(nextUnreviewed(all, null)?.id).toBe('a');
    expect(nextUnreviewed(sortClaims(all, 'checkworthiness'), 'b')?.id).toBe('c');
    expect(nextUnreviewed([claim('x', 0, 'unreviewed')], 'x')).toBeNull();
    expect(nextUnreviewed([claim('x', 0, 'verified')], null)).toBeNull();
  });
});

describe('claims chosen for export', () => {
  it('toggles one, marks a range either way round from its anchor, and keeps the list order', () => {
    let marked = toggleMark(NO_MARKS, 'd');
    marked = toggleMark(marked, 'a');
    expect([...marked].sort()).toEqual(['a', 'd']);
    expect(toggleMark(marked, 'd').has('d')).toBe(false);
    expect(NO_MARKS.size).toBe(0); // never changed in place
    expect(ids(markedInOrder(markRange(NO_MARKS, all, 'd', 'b'), all))).toEqual(['b', 'c', 'd']);
    expect(ids(markedInOrder(markRange(marked, all, 'b', 'c'), all))).toEqual(['a', 'b', 'c', 'd']);
    // No anchor: the range is the claim itself; an id not in the list changes nothing.
    expect(ids(markedInOrder(markRange(NO_MARKS, all, null, 'e'), all))).toEqual(['e']);
    expect(markRange(marked, all, 'a', 'zz')).toBe(marked);
    // A chosen claim that is gone (deleted) is not exported.
    expect(ids(markedInOrder(new Set(['e', 'gone', 'a']), all))).toEqual(['a', 'e']);
  });
});
