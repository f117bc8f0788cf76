// Page model of the review workspace: the three panes, the claim panel and the dialogs.
import { expect, type Locator, type Page } from '@playwright/test';

export class WorkspacePage {
  readonly page: Page;
  readonly articlesPane: Locator;
  readonly centre: Locator;
  readonly panel: Locator;
  readonly text: Locator;
  readonly claimsList: Locator;
  readonly liveRegion: Locator;

  constructor(page: Page) {
    this.page = page;
    this.articlesPane = page.getByRole('region', { name: /^(Articles|Artikel)$/ });
    this.centre = page.getByRole('main');
    this.panel = page.getByRole('complementary');
    this.text = page.locator('.article-text');
    this.claimsList = page.getByRole('listbox');
    this.liveRegion = page.getByTestId('live-region');
  }

  /** Stores a reviewer name so the first-run dialog does not open. */
  static async withReviewer(api: (m: 'settings.set', i: { reviewerName: string }) => Promise<unknown>, name = 'Rita Reviewer') {
    await api('settings.set', { reviewerName: name });
  }

  highlight(claimId: string): Locator {
    return this.text.locator(`[data-claims~="${claimId}"]`).first();
  }

  /** Distinct claim ids that have a highlight in the text. */
  async highlightedClaimIds(): Promise<string[]> {
    return this.text.evaluate((root) => [...new Set([...root.querySelectorAll<HTMLElement>('[data-claims]')].flatMap((el) => el.dataset.claims!.split(' ')))]);
  }

  option(text: string | RegExp): Locator {
    return this.claimsList.getByRole('option', { name: text });
  }

  selectedOption(): Locator {
    return this.claimsList.locator('[role=option][aria-selected=true]');
  }

  quote(): Locator {
    return this.panel.locator('.claim-quote');
  }

  verdictRadio(name: string | RegExp): Locator {
    return this.panel.getByRole('radiogroup').getByRole('radio', { name });
  }

  field(label: string | RegExp): Locator {
    return this.panel.getByLabel(label, { exact: true });
  }

  history(): Locator {
    return this.panel.getByRole('list', { name: /History|Verlauf/ });
  }

  async waitForArticle(title: string | RegExp) {
    await expect(this.centre.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(this.text.locator('.hl').first()).toBeVisible();
  }

  /** Selects a claim through the claims list (by its text). */
  async selectByText(text: string | RegExp) {
    await this.option(text).first().click();
  }

  async addSource(fields: { url: string; title?: string; publisher?: string; stance?: string; excerpt?: string }) {
    const form = this.panel.getByRole('form', { name: /Add a source|Quelle hinzufügen/ });
    if (!(await form.isVisible())) await this.panel.getByRole('button', { name: /^(Add source|Quelle hinzufügen)$/ }).click();
    await form.getByLabel('URL', { exact: true }).fill(fields.url);
    if (fields.title) await form.getByLabel(/^(Title|Titel)$/).fill(fields.title);
    if (fields.publisher) await form.getByLabel(/^(Publisher|Herausgeber)$/).fill(fields.publisher);
    if (fields.stance) await form.getByLabel(/^(Stance|Haltung)$/).selectOption(fields.stance);
    if (fields.excerpt) await form.getByLabel(/^(Excerpt|Auszug)$/).fill(fields.excerpt);
    await form.getByRole('button', { name: /^(Add source|Quelle hinzufügen)$/ }).click();
    await expect(form).toBeHidden();
  }

  /** Selects the text [start, end) of the article with the DOM selection API. */
  async selectTextRange(start: number, end: number) {
    await this.page.evaluate(
      ([s, e]) => {
        const runs = [...document.querySelectorAll<HTMLElement>('.article-text [data-start]')];
        const locate = (offset: number) => {
          for (const run of runs) {
            const runStart = Number(run.dataset.start);
            const len = run.textContent?.length ?? 0;
            if (offset >= runStart && offset <= runStart + len) return { node: run.firstChild!, offset: offset - runStart };
          }
          throw new Error(`offset ${offset} not rendered`);
        };
        const a = locate(s!);
        const b = locate(e!);
        const range = document.createRange();
        range.setStart(a.node, a.offset);
        range.setEnd(b.node, b.offset);
        const sel = window.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
      },
      [start, end],
    );
  }
}
