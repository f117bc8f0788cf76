// The report speaks the app's language: a verdict, kind, stance or claim type has the same name
// in the published report as on the reviewer's screen, in English and in German.
import { describe, expect, it } from 'vitest';
import { REPORT_LABELS } from '../../src/main/core/report/render/labels';
import { renderReport } from '../../src/main/core/report/render';
import { CLAIM_KINDS, CLAIM_TYPES, STANCES, VERDICTS } from '../../src/shared/domain';
import enViews from '../../src/renderer/src/i18n/en/views';
import enWorkspace from '../../src/renderer/src/i18n/en/workspace';
import deViews from '../../src/renderer/src/i18n/de/views';
import deWorkspace from '../../src/renderer/src/i18n/de/workspace';
import { sampleModel } from '../fixtures/report/sample-model';

const APP = { en: { workspace: enWorkspace, views: enViews }, de: { workspace: deWorkspace, views: deViews } } as const;

describe('report labels are the app labels', () => {
  for (const language of ['en', 'de'] as const) {
    const report = REPORT_LABELS[language];
    const { workspace, views } = APP[language];

    it(`${language}: verdicts, kinds, stances and claim types are named as in the workspace and All claims`, () => {
      for (const v of VERDICTS) {
        expect(report.verdicts[v]).toBe(workspace.verdict[v]);
        expect(views.verdict[v]).toBe(workspace.verdict[v]);
      }
      for (const k of CLAIM_KINDS) {
        expect(report.kinds[k]).toBe(workspace.kind[k]);
        expect(views.kind[k]).toBe(workspace.kind[k]);
      }
      for (const s of STANCES) expect(report.stances[s]).toBe(workspace.stance[s]);
      for (const c of CLAIM_TYPES) expect(report.claimTypes[c]).toBe(workspace.claimType[c]);
    });

    it(`${language}: field names match the claim panel (claimant, kind, rating label, rationale, sources, stance)`, () => {
      expect(report.claimant).toBe(workspace.claim.claimant);
      expect(report.kind).toBe(workspace.claim.kind);
      expect(report.verdict).toBe(workspace.verdict.heading);
      expect(report.ratingLabel).toBe(workspace.verdict.ratingLabel);
      expect(report.rationale).toBe(workspace.verdict.rationale);
      expect(report.sources).toBe(workspace.source.heading);
      expect(report.stance).toBe(workspace.source.stance);
      expect(report.publisher).toBe(workspace.source.publisher);
    });

    it(`${language}: All claims names check-worthiness as the workspace does`, () => {
      expect(views.claimsTable.col.score).toBe(workspace.claim.checkworthiness);
    });
  }

  it('a German report, in every text format, uses only the app words for verdicts, kinds and stances', async () => {
    for (const format of ['html', 'md'] as const) {
      const body = (await renderReport(sampleModel(), format, { uiLanguage: 'de' })).body as string;
      for (const word of ['Bestätigt', 'Widerlegt', 'Unklar', 'Ungeprüft', 'Stützt']) expect(body, `${format}: ${word}`).toContain(word);
      for (const old of ['Verifiziert', 'Bestritten', 'Direktes Zitat', 'Aussage im Artikel', 'stützt die Behauptung', 'Einstufung', 'Urheber/in']) {
        expect(body, `${format}: ${old}`).not.toContain(old);
      }
    }
  });
});
