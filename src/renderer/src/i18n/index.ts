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
import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '../../../shared/domain';

type Strings = Record<string, unknown>;
const modules = import.meta.glob<{ default: Strings }>('./{en,de}/*.ts', { eager: true });

function collect(): Resource {
  const resources: Record<string, Record<string, Strings>> = { en: {}, de: {} };
  for (const [path, mod] of Object.entries(modules)) {
    const match = /^\.\/(en|de)\/([\w-]+)\.ts$/.exec(path);
    if (match) resources[match[1]!]![match[2]!] = mod.default;
  }
  return resources as Resource;
}

export const resources = collect();
export const NAMESPACES = Object.keys((resources.en ?? {}) as object);

/** The system language when the reviewer chose none: German for de-*, else English. */
export function systemLanguage(): UiLanguage {
  return typeof navigator !== 'undefined' && navigator.language?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

export function resolveLanguage(chosen: UiLanguage | null | undefined): UiLanguage {
  return chosen ?? systemLanguage();
}

export const i18n: I18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources,
  lng: systemLanguage(),
  fallbackLng: 'en',
  ns: NAMESPACES,
  defaultNS: 'workspace',
  interpolation: { escapeValue: false }, // React escapes: every string is rendered as text.
  returnNull: false,
  initAsync: false,
});

export function applyLanguage(chosen: UiLanguage | null | undefined): void {
  const lang = resolveLanguage(chosen);
  if (i18n.language !== lang) void i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}
