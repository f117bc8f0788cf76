// The renderer's caching t (src/renderer/src/i18n/use-translation.ts) answers what i18next's
// own t answers, for plain keys, interpolation and plurals, and asks i18next once per string.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { cachingT } from '../../src/renderer/src/i18n/use-translation';

async function instance() {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: {
      en: { desk: { title: 'Desk', greet: 'Hello {{name}}', rows_one: '{{count}} row', rows_other: '{{count}} rows', nested: { a: 'A' } } },
      de: { desk: { title: 'Tisch', greet: 'Hallo {{name}}', rows_one: '{{count}} Zeile', rows_other: '{{count}} Zeilen', nested: { a: 'Ä' } } },
    },
    lng: 'en',
    ns: ['desk'],
    defaultNS: 'desk',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18n;
}

describe('cachingT', () => {
  it('answers as i18next does, asking it once per key and options', async () => {
    const i18n = await instance();
    const fixed = i18n.getFixedT('en', 'desk');
    let asked = 0;
    const counting = ((...args: Parameters<typeof fixed>) => {
      asked += 1;
      return fixed(...args);
    }) as typeof fixed;
    const t = cachingT(counting);
    for (let i = 0; i < 3; i++) {
      expect(t('title')).toBe('Desk');
      expect(t('greet', { name: 'Ada' })).toBe('Hello Ada');
      expect(t('rows', { count: 1 })).toBe('1 row');
      expect(t('rows', { count: 2000 })).toBe('2000 rows');
      expect(t('nested.a')).toBe('A');
    }
    expect(asked).toBe(5);
    expect(t('greet', { name: 'Bo' })).toBe('Hello Bo');
    expect(asked).toBe(6);
  });

  it('passes calls it cannot key (objects in the options, extra arguments) straight through', async () => {
    const i18n = await instance();
    const fixed = i18n.getFixedT('en', 'desk');
    let asked = 0;
    const t = cachingT(((...args: Parameters<typeof fixed>) => {
      asked += 1;
      return fixed(...args);
    }) as typeof fixed);
    const name = { toString: () => 'Cy' };
    expect(t('greet', { name } as never)).toBe(fixed('greet', { name } as never));
    expect(t('greet', { name } as never)).toBe(fixed('greet', { name } as never));
    expect(asked).toBe(2);
    expect(t('nested', { returnObjects: true })).toEqual({ a: 'A' });
  });

  it('keeps each language apart: a new fixed t after a change of language starts empty', async () => {
    const i18n = await instance();
    const en = cachingT(i18n.getFixedT('en', 'desk'));
    expect(en('title')).toBe('Desk');
    await i18n.changeLanguage('de');
    const de = cachingT(i18n.getFixedT(i18n.language, 'desk'));
    expect(de('title')).toBe('Tisch');
    expect(de('rows', { count: 2 })).toBe('2 Zeilen');
    expect(en('title')).toBe('Desk');
    // The fixed t's language and namespace go with it.
    expect((de as unknown as { lng: string }).lng).toBe('de');
  });
});
