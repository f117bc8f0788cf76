// The review queue over an article's claims: which claims the list shows (sort + verdict
// filter), where j/k and n go from the current claim. Pure functions, so the keys stay cheap
// and can be tested without a browser.
import type { ClaimWithSources, Verdict } from '../../../../shared/domain';

export type ClaimSort = 'position' | 'checkworthiness';
/** 'all', or one verdict. */
export type VerdictFilter = 'all' | Verdict;

/** The filter's choices, unreviewed first: the queue is what is left to do. */
export const VERDICT_FILTERS: readonly VerdictFilter[] = ['all', 'unreviewed', 'verified', 'disputed', 'inconclusive'];

export function sortClaims(claims: ClaimWithSources[], sort: ClaimSort): ClaimWithSources[] {
  return sort === 'position' ? claims : [...claims].sort((a, b) => b.checkworthiness - a.checkworthiness || a.start - b.start);
}

export function filterClaims(claims: ClaimWithSources[], filter: VerdictFilter): ClaimWithSources[] {
  return filter === 'all' ? claims : claims.filter((c) => c.verdict === filter);
}

/**
 * The claim j (+1) or k (-1) goes to in `shown` from `currentId`. A current claim the filter
 * hides (just marked, so it left the "unreviewed" list) counts from where it stands in `all`.
 */
export function stepFrom(shown: ClaimWithSources[], all: ClaimWithSources[], currentId: string | null, delta: 1 | -1): ClaimWithSources | null {
  if (!shown.length) return null;
  const index = currentId ? shown.findIndex((c) => c.id === currentId) : -1;
  if (index >= 0) return shown[Math.min(shown.length - 1, Math.max(0, index + delta))]!;
  const at = currentId ? all.findIndex((c) => c.id === currentId) : -1;
  if (at < 0) return delta > 0 ? shown[0]! : shown[shown.length - 1]!;
  const visible = new Set(shown.map((c) => c.id));
  const order = delta > 0 ? all.slice(at + 1) : all.slice(0, at).reverse();
  return order.find((c) => visible.has(c.id)) ?? (delta > 0 ? shown[shown.length - 1]! : shown[0]!);
}

/** The next unreviewed claim after the current one in `ordered` (wrapping round), or null when none is left. */
export function nextUnreviewed(ordered: ClaimWithSources[], currentId: string | null): ClaimWithSources | null {
  const at = currentId ? ordered.findIndex((c) => c.id === currentId) : -1;
  for (let i = 1; i <= ordered.length; i++) {
    const claim = ordered[(at + i + ordered.length) % ordered.length]!;
    if (claim.verdict === 'unreviewed' && claim.id !== currentId) return claim;
  }
  return null;
}

export function countByVerdict(claims: ClaimWithSources[]): Record<VerdictFilter, number> {
  const counts: Record<VerdictFilter, number> = { all: claims.length, unreviewed: 0, verified: 0, disputed: 0, inconclusive: 0 };
  for (const c of claims) counts[c.verdict]++;
  return counts;
}
