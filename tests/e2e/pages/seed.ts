// Seeding through the API, as a script would.
import type { Page } from '@playwright/test';
import type { Serve } from '../fixtures';
import { WorkspacePage } from './workspace.page';

type Api = Serve['api'];

export async function seedSample(api: Api, reviewer: string | null = 'Rita Reviewer') {
  if (reviewer) await api('settings.set', { reviewerName: reviewer });
  const { article } = await api('articles.createSample', {});
  const full = await api('articles.get', { id: article.id });
  const claims = [...full.claims].sort((a, b) => a.start - b.start);
  return { article: full, claims };
}

export async function seedArticle(api: Api, text: string, title: string, reviewer: string | null = 'Rita Reviewer') {
  if (reviewer) await api('settings.set', { reviewerName: reviewer });
  const { article } = await api('articles.create', { text, title, language: 'en' });
  const full = await api('articles.get', { id: article.id });
  return { article: full, claims: [...full.claims].sort((a, b) => a.start - b.start) };
}

/** Seeds the sample article, opens the app and waits until the sample is shown. */
export async function openSample(page: Page, serve: Serve, openApp: (page?: Page) => Promise<Page>, reviewer: string | null = 'Rita Reviewer') {
  const seeded = await seedSample(serve.api, reviewer);
  await openApp();
  const ws = new WorkspacePage(page);
  await ws.waitForArticle(/Putin und Xi/);
  return { ...seeded, ws };
}
