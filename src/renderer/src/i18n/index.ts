// UI strings in English and German. Each feature keeps its strings in its own module per
// language — i18n/en/<namespace>.ts and i18n/de/<namespace>.ts, default export an object —
// and they are picked up here by file name, so features add strings without touching each
// other's files:
//
//   i18n/en/views.ts   export default { claimsTable: { title: 'All claims' } };
//   i18n/de/views.ts   export default { claimsTable: { title: 'Alle Behauptungen' } } satisfies typeof en;
//   useTranslation('views')  →  t('claimsTable.title')
//
// Namespaces here: common (buttons, shared words), workspace (the three-pane review view; default).
// Only English (the fallback, and the language of most first screens) is in the app's chunk; the
// German strings are a chunk of their own (german.ts), loaded when the UI is German: before the
// first render when the system or the stored choice says German (render.tsx, which main.tsx
// starts fetching at once on a German system), else when the reviewer chooses it.
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '../../../shared/domain';

type Strings = Record<string, unknown>;

/** One language's strings by namespace, from the modules of its folder (i18n/<lang>/<namespace>.ts). */
function collectNamespaces(modules: Record<string, { default: Strings }>): Record<string, Strings> {
  const out: Record<string, Strings> = {};
  for (const [path, mod] of Object.entries(modules)) {
    const match = /^\.\/(?:en|de)\/([\w-]+)\.ts$/.exec(path);
    if (match) out[match[1]!] = mod.default;
  }
  return out;
}

const english = collectNamespaces(import.meta.glob<{ default: Strings }>('./en/*.ts', { eager: true }));

export const NAMESPACES = Object.keys(english);

/** The system language when the reviewer chose none: German for de-*, else English. */
export function systemLanguage(): UiLanguage {
  return typeof navigator !== 'undefined' && navigator.language?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

export function resolveLanguage(chosen: UiLanguage | null | undefined): UiLanguage {
  return chosen ?? systemLanguage();
}

export const i18n: I18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: { en: english },
  lng: 'en',
  fallbackLng: 'en',
  ns: NAMESPACES,
  defaultNS: 'workspace',
  interpolation: { escapeValue: false }, // React escapes: every string is rendered as text.
  returnNull: false,
  initAsync: false,
});

let germanLoad: Promise<void> | null = null;
let germanIn = false;

/** Fetches the German strings (once) and adds them. */
export function loadGerman(): Promise<void> {
  germanLoad ??= import('./german').then(({ germanModules }) => {
    for (const [ns, strings] of Object.entries(collectNamespaces(germanModules))) i18n.addResourceBundle('de', ns, strings, true, true);
    germanIn = true;
  });
  return germanLoad;
}

/** The language asked for last: a German load that ends after English was chosen again does not switch. */
let wanted: UiLanguage = 'en';

/**
 * Shows the UI in the reviewer's language (the system's when none is chosen). At once when its
 * strings are in; German the first time once its chunk has loaded (the promise settles then).
 */
export function applyLanguage(chosen: UiLanguage | null | undefined): Promise<void> {
  const lang = resolveLanguage(chosen);
  wanted = lang;
  const change = () => {
    if (wanted !== lang) return;
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
  };
  if (lang === 'en' || germanIn) {
    change();
    return Promise.resolve();
  }
  return loadGerman().then(change);
}
