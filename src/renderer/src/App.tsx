import { useEffect, useState } from 'react';
import type { ArticleSummary } from '../../shared/domain';
import { call } from './api/client';

export function App() {
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  useEffect(() => {
    void call('articles.list', {}).then(setArticles);
  }, []);
  return (
    <main>
      <h1>Claimdesk</h1>
      <p>{articles ? `${articles.length} articles` : 'Loading…'}</p>
    </main>
  );
}
