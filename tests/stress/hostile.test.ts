// Issue #16 at full size, through a real `claimdesk serve` process: a PDF report of a claim with
// a 100,000-character word and of ~10,000 ordinary claims, 1 GB-inflating DOCX (also with a lying
// header) and PDF, an 18 MB HTML page and a 20 MB text, each while a second client lists claims.
// Checked: every call answers (a report, or a refusal with its reason), and serve is alive at
// the end. The figures (time, peak memory of serve, claims.list p95) are printed, not asserted;
// `npm run bench -- hostile` prints the same.
import { describe, expect, it } from 'vitest';
import { runHostileScenarios } from '../../bench/hostile';

describe('hostile and huge input through claimdesk serve', () => {
  it('answers every hostile input with a report or a reason, and serve stays alive', async () => {
    const { figures, runs, aliveAtEnd } = await runHostileScenarios();
    for (const [name, value] of Object.entries(figures)) console.log(`[stress] hostile: ${name}: ${value}`);
    const outcome = (prefix: string) => Object.entries(runs).find(([name]) => name.startsWith(prefix))![1].result;

    expect(outcome('PDF report, one claim')).toMatchObject({ ok: true, value: { mimeType: 'application/pdf' } });
    expect(outcome('PDF report, ')).toMatchObject({ ok: true });
    for (const bomb of ['DOCX inflating to 1 GB (', 'DOCX inflating to 1 GB, header lying', 'PDF inflating to 1 GB']) {
      expect(outcome(bomb), bomb).toMatchObject({ ok: true, value: { status: 'failed', reasonCode: 'too_large' } });
    }
    for (const large of ['18 MB HTML', '20 MB text']) {
      const result = outcome(large) as { ok: boolean; value: { status: string; reason?: string } };
      expect(result.ok, large).toBe(true);
      // Imported, or refused with a reason a person can act on.
      if (result.value.status === 'failed') expect(result.value.reason, large).toMatch(/limit|at most/);
      else expect(result.value.status).toBe('imported');
    }
    expect(outcome('1.9 MB text')).toMatchObject({ ok: true, value: { status: 'imported' } });
    expect(aliveAtEnd).toBe(true);
  }, 900_000);
});
