// Where a match counts: kept apart from the matcher so that code which only filters on the
// answer (claims.list's "checked before") does not load the stemmers.

/** At or above this a match is "checked before": the same claim, flagged in the list. */
export const SAME_CLAIM_MIN = 0.5;
/** Matches below this are not shown at all. */
export const SHOWN_MIN = 0.2;
