// React and the app: a chunk of its own, which main.tsx imports at once (the HTML preloads it)
// and starts once the first screen's answers are in.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

export function renderApp(): void {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
