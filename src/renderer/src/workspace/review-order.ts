// The review order: the most check-worthy unreviewed claim first. Pressing `m` again walks on
// down that order from the claim shown, so a reviewer can work through an article by score.

interface Reviewable {
  id: string;
  start: number;
  checkworthiness: number;
  verdict: string;
}

/** The next most check-worthy unreviewed claim after `currentId` in that order (the first when the current one is not in it); null when none is left. */
export function nextMostCheckworthy<T extends Reviewable>(claims: readonly T[], currentId: string | null): T | null {
  const open = claims.filter((c) => c.verdict === 'unreviewed').sort((a, b) => b.checkworthiness - a.checkworthiness || a.start - b.start);
  if (!open.length) return null;
  const here = open.findIndex((c) => c.id === currentId);
  if (here < 0) return open[0]!;
  return open.length > 1 ? open[(here + 1) % open.length]! : null;
}
