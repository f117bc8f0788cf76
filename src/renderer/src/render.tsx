// React and the app: a chunk of its own, which main.tsx imports at once (the HTML preloads it)
// and starts once the first screen's answers are in.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { peekEarly } from './api/client';
import { applyLanguage } from './i18n';

export function renderApp(): void {
  // The reviewer's language, when start-up has read the settings: the first render is in it
  // (the shell applies it again once its read of the settings answers, as before).
  const settings = peekEarly('settings.get', {});
  if (settings) applyLanguage(settings.uiLanguage);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
