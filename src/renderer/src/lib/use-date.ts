// A date on the first screen (the articles' rows, the open article's header), shown once the page
// has painted that screen. A page's first Intl.DateTimeFormat starts ICU's date formatting: 80-344
// ms of the main thread in Chromium on a loaded 2-core machine (traced, session 28), and made in
// the page's entry while the host answered (warmDateFormat, session 25) it still ran before the
// first render and held it back. Until the formatter of the language is made, the date is left
// out (the row and the header show the rest of their line); the formatter is made in the task
// after the next paint, and every date waiting for it renders then. Once made, dates show in the
// render that asks, as formatDate always did.
import { useEffect, useSyncExternalStore } from 'react';
import { hasDateFormat, formatDate, makeDateFormat } from './format';
import { afterPaint } from './rest';

const listeners = new Set<() => void>();
/** Languages whose formatter is to be made after the next paint (one task for all of them). */
const pending = new Set<string>();
let cancelPending: (() => void) | null = null;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Makes the language's date formatter after the next paint, then renders the dates that wait for it. */
export function makeDateFormatAfterPaint(lang: string): void {
  if (hasDateFormat(lang)) return;
  pending.add(lang);
  cancelPending ??= afterPaint(() => {
    cancelPending = null;
    for (const l of pending) makeDateFormat(l);
    pending.clear();
    for (const listener of [...listeners]) listener();
  });
}

/** formatDate(iso, lang), or '' until the page has painted once the language's formatter was first asked for. */
export function useDate(iso: string | null | undefined, lang: string): string {
  const made = useSyncExternalStore(subscribe, () => hasDateFormat(lang));
  useEffect(() => {
    if (!made && iso) makeDateFormatAfterPaint(lang);
  }, [made, iso, lang]);
  return made ? formatDate(iso, lang) : '';
}
