// The page's entry, kept small: it asks the host for what the first screen needs (startup.ts)
// as soon as it has loaded, then runs React and the app (render.tsx), which the browser fetched
// and compiled meanwhile (the HTML preloads that chunk). When the reads were started after the
// app's code had run, they went out about a sixth of a second later on the development machine,
// and the open article's read only after the first render.
import { readAtStartup } from './startup';
import './styles.css';

// React and the app load and run their modules meanwhile; React renders once the first screen's
// answers are in (the host answers in milliseconds), so its first render shows the article:
// rendered before them, an empty workspace came first and the article's read waited behind that
// render. It renders anyway after a moment when the host is slow: a second (it was 0.3 s, which a
// loaded 2-core machine's host often took: traced at load 10, workspace.open answered 300-550 ms
// after it was sent, so the page rendered an empty workspace for about 110 ms of its main thread
// and rendered again when the answer came). The first screen's dates wait for its paint
// (lib/use-date.ts): a page's first date formatter is slow to make.
const FIRST_SCREEN_WAIT_MS = 1000;
const app = import('./render');
// A German system's UI is German unless the reviewer chose English: its strings (a chunk of their
// own, see i18n/index.ts) are fetched beside the app's code instead of after it.
if (navigator.language.toLowerCase().startsWith('de')) void import('./i18n/german').catch(() => undefined);
const firstScreen = Promise.race([readAtStartup(), new Promise((resolve) => setTimeout(resolve, FIRST_SCREEN_WAIT_MS))]);
void firstScreen
  .catch(() => undefined)
  .then(() => app)
  .then(({ renderApp }) => renderApp());
