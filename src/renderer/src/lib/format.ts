// Dates and times for display, in the UI language (with the system's regional format when it
// is the same language: en-GB writes 22 Jan 2025, en-US Jan 22, 2025).

export function uiLocale(lang: string): string {
  // Asked on every date shown (the claim panel renders on each key): navigator.language is read once.
  systemLanguage ??= typeof navigator !== 'undefined' ? navigator.language : '';
  const system = systemLanguage;
  return system && system.toLowerCase().startsWith(lang.toLowerCase()) ? system : lang;
}
let systemLanguage: string | undefined;

// One formatter per locale and style, made once: toLocaleDateString() builds a new one on every
// call (about a millisecond each), which was most of a render of the articles list and the claim panel.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function dateFormat(lang: string, style: 'date' | 'dateTime'): Intl.DateTimeFormat {
  const locale = uiLocale(lang);
  const key = `${style}:${locale}`;
  let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(
      locale,
      style === 'date'
        ? { year: 'numeric', month: 'short', day: 'numeric' }
        : { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' },
    );
    formatters.set(key, format);
  }
  return format;
}

/** Whether the date formatter formatDate takes for `lang` is made already (see use-date.ts). */
export function hasDateFormat(lang: string): boolean {
  return formatters.has(`date:${uiLocale(lang)}`);
}

/**
 * Makes the date formatter formatDate takes for `lang`. A page's first Intl.DateTimeFormat,
 * whatever its locale, starts ICU's date formatting: 37-95 ms in Chromium on the development
 * machine at load 15, 80-344 ms traced at load 3 on a 2-core machine (later ones 1-9 ms), so
 * the first screen's dates wait for the paint (use-date.ts) and make it then.
 */
export function makeDateFormat(lang: string): void {
  dateFormat(lang, 'date');
}

function relativeFormat(lang: string): Intl.RelativeTimeFormat {
  const key = `relative:${lang}`;
  let format = formatters.get(key) as Intl.RelativeTimeFormat | undefined;
  if (!format) {
    format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
    formatters.set(key, format);
  }
  return format;
}

export function formatDate(iso: string | null | undefined, lang: string): string {
  if (!iso) return '';
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return dateFormat(lang, 'date').format(d);
}

export function formatDateTime(iso: string, lang: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return dateFormat(lang, 'dateTime').format(d);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

export function formatRelative(iso: string, lang: string, now = Date.now()): string {
  const d = new Date(iso).getTime();
  if (Number.isNaN(d)) return iso;
  const seconds = Math.round((d - now) / 1000);
  const rtf = relativeFormat(lang);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') {
      if (unit === 'second' && Math.abs(seconds) < 10) return rtf.format(0, 'second');
      return rtf.format(Math.round(seconds / size), unit);
    }
  }
  return iso;
}

/** Today as YYYY-MM-DD in local time (the default of an accessed-date input). */
export function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
