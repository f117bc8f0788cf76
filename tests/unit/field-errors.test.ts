// A refused settings field is said in the UI's language with the field's label, never as the
// API's "Invalid input. organisationName: …": lib/field-errors.ts over the real EN and DE strings.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '../../src/renderer/src/lib/field-errors';
import en from '../../src/renderer/src/i18n/en/views';
import de from '../../src/renderer/src/i18n/de/views';
import type { ApiIssue } from '../../src/shared/contract';

async function translate(lng: 'en' | 'de') {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: { en: { views: en }, de: { views: de } }, lng, ns: ['views'], defaultNS: 'views', interpolation: { escapeValue: false }, initAsync: false });
  return i18n.getFixedT(lng, 'views') as unknown as (key: string, options?: Record<string, unknown>) => string;
}

type Field = 'organisationName' | 'reviewerName';
const typed: Record<Field, string> = { organisationName: 'Wahrheitswerk\u202E Ost', reviewerName: 'Jo'.repeat(110) };
const form = (labels: Record<Field, string>) => ({
  field: (path: string): Field | null => (path === 'organisationName' || path === 'reviewerName' ? path : null),
  label: (field: Field) => labels[field],
  value: (field: Field) => typed[field],
});
const issues: ApiIssue[] = [
  { path: 'organisationName', message: 'The organisation name may not contain bidi control characters (U+202E): …', reason: 'bidi_control', character: 'U+202E' },
  { path: 'reviewerName', message: 'Too big: expected string to have <=200 characters', reason: 'too_long', limit: 200 },
  { path: 'reviewerName', message: 'a second issue on the same field is not said twice' },
];

describe('fieldErrorsOf', () => {
  it('says each refused field once, in English, with its label and what to do', async () => {
    const { byField, other } = fieldErrorsOf(issues, form({ organisationName: 'Organisation', reviewerName: 'Your name (reviewer)' }), await translate('en'), 'en');
    expect(byField.organisationName).toBe('“Organisation” contains a bidi control character (U+202E), which would reorder how reports show it. Remove it and save again.');
    expect(byField.reviewerName).toBe('“Your name (reviewer)” is 220 characters long; it can have at most 200. Shorten it and save again.');
    expect(other).toEqual([]);
    for (const sentence of Object.values(byField)) expect(sentence).not.toMatch(/Invalid input|organisationName|reviewerName|expected string/);
  });

  it('says them in German in the German UI', async () => {
    const { byField } = fieldErrorsOf(issues, form({ organisationName: 'Organisation', reviewerName: 'Ihr Name (Prüfer·in)' }), await translate('de'), 'de');
    expect(byField.organisationName).toBe('„Organisation“ enthält ein Bidi-Steuerzeichen (U+202E), das die Anzeige in Berichten umordnen würde. Bitte entfernen und erneut speichern.');
    expect(byField.reviewerName).toBe('„Ihr Name (Prüfer·in)“ ist 220 Zeichen lang; erlaubt sind höchstens 200. Bitte kürzen und erneut speichern.');
  });

  it('says a field without a known reason in general words, and an unknown path without a label', async () => {
    const t = await translate('en');
    const { byField, other } = fieldErrorsOf([{ path: 'organisationName', message: 'Expected string, received number' }, { path: 'colour', message: 'Unrecognized key' }], form({ organisationName: 'Organisation', reviewerName: 'Name' }), t, 'en');
    expect(byField).toEqual({ organisationName: '“Organisation” cannot be saved as it is. Check it and save again.' });
    expect(other).toEqual(['Something in the form cannot be saved as it is. Check the fields and save again.']);
  });
});
