// The page's entry, kept small: it asks the host for what the first screen needs (startup.ts)
// as soon as it has loaded, then runs React and the app (render.tsx), which the browser fetched
// and compiled meanwhile (the HTML preloads that chunk). When the reads were started after the
// app's code had run, they went out about a sixth of a second later on the development machine,
// and the open article's read only after the first render.
import { readAtStartup } from './startup';
import './styles.css';

readAtStartup();
void import('./render');
