// Seeding through the API, as a script would.
import type { Serve } from '../fixtures';

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
