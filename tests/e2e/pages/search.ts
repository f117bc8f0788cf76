// Page model of the search results (views/search), reached through the shell's search box.
import { expect, type Locator, type Page } from '@playwright/test';

export class SearchPage {
  readonly box: Locator;
  readonly results: Locator;
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.box = page.getByRole('searchbox', { name: 'Search claims and articles' });
    this.results = page.getByRole('region', { name: 'Search results' });
    this.list = this.results.getByRole('listbox');
  }

  /** Types a query and waits until the results answer that query. */
  async search(query: string): Promise<void> {
    await this.box.fill(query);
    await expect(this.results).toHaveAttribute('data-answered', query);
  }

  hits(): Locator {
    return this.list.getByRole('option');
  }

  group(name: RegExp): Locator {
    return this.list.getByRole('group', { name });
  }

  /** A status message (nothing found, type a word) or an error, whichever shows. */
  message(): Locator {
    return this.results.locator('.cdv-search__message');
  }
}
