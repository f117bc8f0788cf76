// A right-to-left override (U+202E) or embedding in one user field must not turn round the text
// that follows it in the HTML report: a claimant written "Anna ‮evil" would otherwise show the
// kind label, the role and the separators after it backwards, and a source title could make the
// stance or the date beside it read differently. Each user text that stands inline with other
// text is isolated (<bdi>, or an element with dir), so its controls end where it ends.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/main/core/report/render';
import { claimsOf, sampleModel } from '../fixtures/report/sample-model';

const RLO = '\u202E';
const RLE = '\u202B';

describe('renderReport: HTML isolates user text with bidi controls', () => {
  it('every text with an unclosed override or embedding sits inside <bdi> or an element with dir', async () => {
    const model = sampleModel();
    model.organisation.name = `Org ${RLO}one`;
    for (const article of model.articles) {
      article.publisher = `Outlet ${RLO}two`;
      article.author = `Author ${RLE}three`;
    }
    for (const { claim } of claimsOf(model)) {
      claim.claimant = `Anna ${RLO}four`;
      claim.claimantRole = `Role ${RLO}five`;
      claim.ratingLabel = claim.verdict === 'unreviewed' ? null : `Label ${RLO}six`;
      claim.rationale = `Why ${RLO}seven`;
      claim.reviewer = claim.verdict === 'unreviewed' ? null : `Rita ${RLO}eight`;
      for (const source of claim.sources) {
        source.title = `Title ${RLO}nine`;
        source.publisher = `Publisher ${RLO}ten`;
        source.excerpt = `Excerpt ${RLO}eleven`;
      }
      for (const c of claim.corrections) c.actor = `Actor ${RLO}twelve`;
    }
    const report = await renderReport(model, 'html', {});
    const document = new JSDOM(report.body as string).window.document;
    const walker = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */);
    const exposed: string[] = [];
    let seen = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!/[\u202A-\u202E]/u.test(node.textContent ?? '')) continue;
      seen++;
      if (!node.parentElement?.closest('bdi, [dir]')) exposed.push(`${node.parentElement?.outerHTML.slice(0, 120)}`);
    }
    expect(seen).toBeGreaterThan(10);
    expect(exposed).toEqual([]);
  });
});
