// Page model of the export dialog (views/export), opened from the article header's Export button.
import fs from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

export type FormatName = 'Markdown' | 'HTML' | 'PDF' | 'CSV' | 'JSON' | 'ClaimReview JSON-LD';

export class ExportDialogPage {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Export report' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(this.dialog).toBeVisible();
  }

  format(name: FormatName): Locator {
    return this.dialog.getByRole('radio', { name, exact: true });
  }

  exportButton(): Locator {
    return this.dialog.getByRole('button', { name: 'Export', exact: true });
  }

  /** Picks a format, exports, and returns the downloaded file's name and bytes. */
  async download(name: FormatName): Promise<{ fileName: string; bytes: Buffer; text: string }> {
    await this.format(name).check();
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.exportButton().click()]);
    const file = await download.path();
    const bytes = await fs.readFile(file);
    return { fileName: download.suggestedFilename(), bytes, text: bytes.toString('utf8') };
  }

  alert(): Locator {
    return this.dialog.getByRole('alert');
  }

  warnings(): Locator {
    return this.dialog.getByRole('list', { name: 'Warnings' }).getByRole('listitem');
  }
}
