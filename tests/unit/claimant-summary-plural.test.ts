// The claimant page's line "3 claims in 1 article" (and the CLI's `claimants show`) counts
// articles in the singular when there is one: "1 articles" / "1 Artikeln" read as a slip.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../src/renderer/src/i18n/en/claimants';
import de from '../../src/renderer/src/i18n/de/claimants';
import { claimantSummary } from '../../src/renderer/src/views/claimants/summary';
import { claimantSummaryLine } from '../../src/main/cli/claimants.command';

async function t(lng: 'en' | 'de') {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: { en: { claimants: en }, de: { claimants: de } }, lng, ns: ['claimants'], defaultNS: 'claimants', interpolation: { escapeValue: false }, initAsync: false });
  return i18n.getFixedT(lng, 'claimants');
}

describe('claimant summary', () => {
  it('says one article and one claim in the singular, in English and German', async () => {
    const en = await t('en');
    expect(claimantSummary(en, { claims: 1, articles: 1 })).toBe('1 claim in 1 article');
    expect(claimantSummary(en, { claims: 3, articles: 1 })).toBe('3 claims in 1 article');
    expect(claimantSummary(en, { claims: 5, articles: 2 })).toBe('5 claims in 2 articles');
    const de = await t('de');
    expect(claimantSummary(de, { claims: 1, articles: 1 })).toBe('1 Behauptung in 1 Artikel');
    expect(claimantSummary(de, { claims: 3, articles: 1 })).toBe('3 Behauptungen in 1 Artikel');
    expect(claimantSummary(de, { claims: 5, articles: 2 })).toBe('5 Behauptungen in 2 Artikeln');
  });

  it('the CLI says it the same way', () => {
    expect(claimantSummaryLine({ claims: 1, articles: 1 })).toBe('1 claim in 1 article');
    expect(claimantSummaryLine({ claims: 3, articles: 1 })).toBe('3 claims in 1 article');
    expect(claimantSummaryLine({ claims: 5, articles: 2 })).toBe('5 claims in 2 articles');
  });
});
