// React and the app: a chunk of its own, which main.tsx imports once it has asked for the first
// screen's data (the HTML preloads it, see electron.vite.config.ts).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
