// Page model of the Settings dialog (workspace/SettingsDialog), in the UI's English or German:
// open it from the top bar, fill fields by their labels, save. (Specs each repeated these steps.)
import { expect, type Locator, type Page } from '@playwright/test';

const WORDS = {
  en: { settings: 'Settings', save: 'Save', cancel: 'Cancel' },
  de: { settings: 'Einstellungen', save: 'Speichern', cancel: 'Abbrechen' },
} as const;

export class SettingsDialogPage {
  readonly dialog: Locator;
  private readonly words: (typeof WORDS)['en' | 'de'];

  constructor(
    readonly page: Page,
    language: 'en' | 'de' = 'en',
  ) {
    this.words = WORDS[language];
    this.dialog = page.getByRole('dialog', { name: this.words.settings });
  }

  /** Opens the dialog from the top bar's Settings button. */
  static async open(page: Page, language: 'en' | 'de' = 'en'): Promise<SettingsDialogPage> {
    const settings = new SettingsDialogPage(page, language);
    await page.getByRole('button', { name: settings.words.settings }).click();
    await expect(settings.dialog).toBeVisible();
    return settings;
  }

  /** A field by its label, exactly ("Organisation" is not "Organisation URL"). */
  field(label: string): Locator {
    return this.dialog.getByLabel(label, { exact: true });
  }

  /** Types each value into the field of that label, in order. */
  async fill(values: Record<string, string>): Promise<void> {
    for (const [label, value] of Object.entries(values)) await this.field(label).fill(value);
  }

  save(): Locator {
    return this.dialog.getByRole('button', { name: this.words.save });
  }

  cancel(): Locator {
    return this.dialog.getByRole('button', { name: this.words.cancel });
  }

  alerts(): Locator {
    return this.dialog.getByRole('alert');
  }
}
