// React and the app: a chunk of its own, which main.tsx imports at once (the HTML preloads it)
// and starts once the first screen's answers are in.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { peekEarly } from './api/client';
import { applyLanguage } from './i18n';

export function renderApp(): Promise<void> {
  // The first render is in the reviewer's language (the system's when none is chosen, or the
  // settings are not read yet); German strings are fetched first when they are not in (i18n).
  // The shell applies the stored choice again once its read of the settings answers.
  return applyLanguage(peekEarly('settings.get', {})?.uiLanguage).then(render, render);
}

function render(): void {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
