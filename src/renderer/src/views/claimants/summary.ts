// "3 claims in 1 article" under a claimant's name: both counts with their own plural.
import type { TFunction } from 'i18next';

export const claimantSummary = (t: TFunction<'claimants'>, c: { claims: number; articles: number }): string =>
  t('page.summary', { claims: t('list.claims', { count: c.claims }), count: c.articles });
