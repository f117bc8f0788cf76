// "Checked before?" on a desk with nothing to check against: no imported fact-checks and no
// reviewed claim. The page asks factchecks.flagClaims as soon as the first article has painted;
// answering it through factcheck.service loads the stemmers and stop word lists (130–255 ms of
// CPU, then 33–109 ms more for the first analysis), right while the reviewer's first clicks and
// keys wait for the same cores, to find that an empty library matches nothing.
//
// Here the same answer is given from the repository alone: every claim asked about is kept as
// matching nothing at the library's version (as factcheck.service's flagClaims keeps it, so that
// after the first review flagging compares the claims with that review's entry alone instead of
// searching again). When the library has an entry, or a reviewed claim may still have to be
// written into it (the desk sync), this answers null and the caller loads the service.
import type { MethodResult, ParsedInput } from '../../../shared/contract';
import { claimsForFlagging, documentCount, readLibraryVersion, reviewedClaimEstimate, writeClaimMatches } from '../store/factcheck.repository';
import { SAME_CLAIM_MIN } from '../factchecks/thresholds';
import type { ServiceContext } from './context';

/** flagClaims' answer when the library is empty and no review is waiting to enter it, else null. */
export async function flagWithEmptyLibrary(ctx: ServiceContext, input: ParsedInput<'factchecks.flagClaims'>): Promise<MethodResult<'factchecks.flagClaims'> | null> {
  // Cheap before the transaction: a desk with a library or with reviews goes to the service at once.
  if (!(await nothingToMatch(ctx))) return null;
  // Checked again inside the write's transaction: on SQLite it runs whole (one connection, no other
  // call between its statements), so a review or an import that commits first is seen here.
  return ctx.store.db.transaction().execute(async (trx) => {
    if ((await documentCount(trx)) > 0 || (await reviewedClaimEstimate(trx)) > 0) return null;
    const version = await readLibraryVersion(trx);
    const claims = await claimsForFlagging(trx, input.articleId);
    const fresh = claims
      .filter((c) => c.library_version !== version)
      .map((c) => ({ claim_id: c.id, factcheck_id: null, similarity: 0, library_version: version }));
    if (fresh.length) await writeClaimMatches(trx, fresh);
    // An answer already kept at this version stands, as in factcheck.service's flagClaims.
    const checked = claims
      .filter((c) => c.library_version === version && (c.similarity ?? 0) >= SAME_CLAIM_MIN)
      .map((c) => ({ claimId: c.id, similarity: c.similarity! }));
    return { checked };
  });
}

async function nothingToMatch(ctx: ServiceContext): Promise<boolean> {
  return (await documentCount(ctx.store.db)) === 0 && (await reviewedClaimEstimate(ctx.store.db)) === 0;
}
