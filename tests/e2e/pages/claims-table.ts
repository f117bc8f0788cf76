// Page model of the All claims table (views/claims-table).
import { expect, type Locator, type Page } from '@playwright/test';

export class ClaimsTablePage {
  readonly region: Locator;
  readonly grid: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'All claims' });
    this.grid = this.region.getByRole('grid', { name: 'Claims' });
    this.count = this.region.getByRole('status');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name: 'All claims', exact: true }).click();
    await expect(this.grid).toBeVisible();
  }

  /** Rows with a claim loaded (placeholders excluded), in screen order. */
  dataRows(): Locator {
    return this.grid.locator('[role=row][data-claim-id]');
  }

  row(text: string): Locator {
    return this.dataRows().filter({ hasText: text });
  }

  async column(name: 'article' | 'claim' | 'claimant' | 'verdict' | 'reviewer' | 'score'): Promise<string[]> {
    return this.dataRows().locator(`.cdv-col-${name}`).allTextContents();
  }

  verdictToggle(name: string): Locator {
    return this.region.getByRole('group', { name: 'Verdict' }).getByRole('button', { name, exact: true });
  }

  header(name: string): Locator {
    return this.grid.getByRole('columnheader', { name, exact: true });
  }

  async sortBy(name: string): Promise<void> {
    await this.header(name).getByRole('button').click();
  }

  filter(label: 'Claimant' | 'Article' | 'Min. check-worthiness' | 'Reviewer'): Locator {
    return this.region.getByRole('group', { name: 'Filters' }).getByLabel(label, { exact: true });
  }

  async expectCount(n: number): Promise<void> {
    await expect(this.count).toHaveText(`${n.toLocaleString('en')} ${n === 1 ? 'claim' : 'claims'}`);
  }
}
