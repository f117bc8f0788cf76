// "3 claims in 1 article" under a claimant's name: both counts with their own plural.
import type { TFunction } from 'i18next';
import type { ClaimantFirstSeen } from '../../../../shared/claimants.contract';

export const claimantSummary = (t: TFunction<'claimants'>, c: { claims: number; articles: number }): string =>
  t('page.summary', { claims: t('list.claims', { count: c.claims }), count: c.articles });

/**
 * "first in “Harbour thefts rise” · Harbour Herald": where the service says a claimant first
 * appears, so two claimants of the same name can be told apart; empty when it says nothing.
 */
export const firstSeenText = (t: TFunction<'claimants'>, firstSeen: ClaimantFirstSeen): string =>
  !firstSeen ? '' : firstSeen.publisher ? t('list.firstSeenIn', { title: firstSeen.articleTitle, publisher: firstSeen.publisher }) : t('list.firstSeen', { title: firstSeen.articleTitle });
