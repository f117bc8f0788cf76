import type { ParsedInput, MethodResult } from '../../../shared/contract';
import { UI_LANGUAGES, type Settings, type UiLanguage } from '../../../shared/domain';
import { detectLanguage } from '../extraction/language';
import { withoutBidiControls } from '../bidi';
import { readSettings, writeSetting } from '../store/settings.repository';
import { actingAccount, type ServiceContext } from './context';

const KEYS = ['reviewerName', 'organisationName', 'organisationUrl', 'uiLanguage'] as const;

// One methodology note per report language, each under its own key. Before notes were per
// language there was one, under `methodology`; it counts as the note of the language it is
// written in until a note is next saved, which moves it to that language's key.
const LEGACY_METHODOLOGY_KEY = 'methodology';
const methodologyKey = (language: UiLanguage) => `methodology.${language}`;

function methodologyNotes(stored: Map<string, string>): Settings['methodologyNotes'] {
  const legacy = stored.get(LEGACY_METHODOLOGY_KEY) ?? null;
  const legacyLanguage = legacy ? detectLanguage(legacy) : null;
  const note = (language: UiLanguage) => stored.get(methodologyKey(language)) ?? (legacyLanguage === language ? legacy : null);
  return { en: note('en'), de: note('de') };
}

export async function getSettings(ctx: ServiceContext): Promise<Settings> {
  const stored = await readSettings(ctx.store.db);
  const uiLanguage = (stored.get('uiLanguage') as Settings['uiLanguage']) ?? null;
  const notes = methodologyNotes(stored);
  return {
    // On a team server the reviewer is the signed-in account.
    // Names an older version stored with bidi controls (settings.set refuses them now) are read without.
    reviewerName: actingAccount.getStore()?.name ?? withoutBidiControls(stored.get('reviewerName') ?? null),
    organisationName: withoutBidiControls(stored.get('organisationName') ?? null),
    organisationUrl: stored.get('organisationUrl') ?? null,
    methodology: notes[uiLanguage ?? 'en'],
    methodologyNotes: notes,
    uiLanguage,
  };
}

const tidy = (value: string | null) => (value === null ? null : value.trim() || null);

export async function setSettings(ctx: ServiceContext, input: ParsedInput<'settings.set'>): Promise<MethodResult<'settings.set'>> {
  await ctx.store.db.transaction().execute(async (trx) => {
    const stored = await readSettings(trx);
    for (const key of KEYS) {
      const value = input[key];
      if (value === undefined) continue;
      await writeSetting(trx, key, tidy(value));
    }
    // The notes to write: per language, and the one-note field for the UI language in force.
    const notes: Partial<Record<UiLanguage, string | null>> = {};
    const uiLanguage = (input.uiLanguage !== undefined ? input.uiLanguage : (stored.get('uiLanguage') as UiLanguage | undefined)) ?? 'en';
    if (input.methodology !== undefined) notes[uiLanguage] = input.methodology;
    for (const language of UI_LANGUAGES) {
      const value = input.methodologyNotes?.[language];
      if (value !== undefined) notes[language] = value;
    }
    if (Object.keys(notes).length === 0) return;
    // Move a one-note setting to its language's key first, so that writing the other
    // language's note does not lose it.
    const current = methodologyNotes(stored);
    for (const language of UI_LANGUAGES) {
      const value = language in notes ? tidy(notes[language] ?? null) : current[language];
      await writeSetting(trx, methodologyKey(language), value);
    }
    await writeSetting(trx, LEGACY_METHODOLOGY_KEY, null);
  });
  return getSettings(ctx);
}
