// Page model of the import dialog (views/import), opened from the workspace's Import button.
import { expect, type Locator, type Page } from '@playwright/test';

export interface FixtureFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export const textFile = (name: string, text: string, mimeType = 'text/plain'): FixtureFile => ({ name, mimeType, buffer: Buffer.from(text, 'utf8') });

export class ImportDialogPage {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Import articles' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(this.dialog).toBeVisible();
  }

  tab(name: 'Files' | 'Web address' | 'Paste text'): Locator {
    return this.dialog.getByRole('tab', { name });
  }

  async chooseFiles(files: FixtureFile[]): Promise<void> {
    await this.dialog.getByLabel('Choose files…').setInputFiles(files);
  }

  field(label: 'Title' | 'Author' | 'Publisher' | 'Published' | 'Language' | 'URL'): Locator {
    return this.dialog.getByRole('group', { name: 'Article details' }).getByLabel(label, { exact: true });
  }

  preview(): Locator {
    return this.dialog.locator('pre.cdv-preview');
  }

  save(): Locator {
    return this.dialog.getByRole('button', { name: 'Save article' });
  }

  urlInput(): Locator {
    return this.dialog.getByLabel('Address of the article (http or https)');
  }

  summaryCount(what: 'imported' | 'duplicates' | 'failed' | 'skipped'): Locator {
    return this.dialog.getByTestId(`import-${what}`);
  }

  failures(): Locator {
    return this.dialog.getByRole('list', { name: 'Files that failed' }).getByRole('listitem');
  }

  skipped(): Locator {
    return this.dialog.getByRole('list', { name: 'Files skipped' }).getByRole('listitem');
  }
}
