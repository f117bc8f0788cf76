// Stored claimant keys follow the naming rules: a store whose keys were computed under other rules
// (an earlier Claimdesk) has them recomputed once at open, on SQLite and PostgreSQL, without moving
// any claim to another claimant and without touching what a reviewer named.
import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openApp } from '../../src/main/core/app';
import { CLAIMANT_KEYS_VERSION, KEYS_VERSION_SETTING } from '../../src/main/core/claimants/keys-version';
import { aliasKey, parseName } from '../../src/main/core/claimants/names';
import { refreshClaimantKeys } from '../../src/main/core/store/claimant-keys';
import { describeDatabases } from '../helpers/databases';
import { openTestApp, type TestApp } from '../helpers/temp-app';

const ARTICLE = `Bundeskanzler Friedrich Merz sagte am Montag, die Steuern würden um 2 Prozent sinken.
Die Deutsche Bahn teilte mit, 60 Prozent der Fernzüge seien pünktlich gewesen.
Annalena Baerbock sagte, die Hilfe werde um 300 Millionen Euro steigen.`;
const LATER = `Friedrich Merz erklärte, die Wirtschaft werde 2026 um 1 Prozent wachsen.
Die Deutsche Bahn teilte mit, 2 Millionen Fahrgäste seien betroffen gewesen.`;

describeDatabases('claimant keys follow the naming rules', (database) => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp({ database });
    await app.ok('articles.create', { text: ARTICLE, language: 'de', title: 'Eins' });
  });
  afterEach(async () => app.close());

  const claimantsByName = async () => new Map((await app.store.db.selectFrom('claimants').selectAll().execute()).map((c) => [c.name, c]));
  const links = async () => (await app.store.db.selectFrom('claims').select(['id', 'claimant_id']).orderBy('id').execute()).map((c) => `${c.id}:${c.claimant_id}`);

  it('a new store records the version of the rules at its first open', async () => {
    const fresh = await openTestApp({ database });
    try {
      const setting = await fresh.store.db.selectFrom('settings').select('value').where('key', '=', KEYS_VERSION_SETTING).executeTakeFirst();
      expect(setting?.value).toBe(String(CLAIMANT_KEYS_VERSION));
    } finally {
      await fresh.close();
    }
  });

  it('recomputes keys and shown names made under other rules, keeps what a reviewer named, and moves no claim', async () => {
    const db = app.store.db;
    const before = await claimantsByName();
    const merz = before.get('Friedrich Merz')!;
    const bahn = before.get('Deutsche Bahn')!;
    const baerbock = before.get('Annalena Baerbock')!;
    expect([merz, bahn, baerbock].every(Boolean)).toBe(true);
    // A reviewer names one claimant: its name and keys are the reviewer's from now on.
    await app.ok('claimants.rename', { claimant: baerbock.id, name: 'A. Baerbock (Außenministerin)', expectedVersion: baerbock.version });
    const linked = await links();

    // What an earlier Claimdesk left: other keys, a body shown in the genitive, other alias keys,
    // a manual alias whose key now equals an automatic one's; and no version recorded.
    await db.updateTable('claimants').set({ given_key: 'old', surname_key: 'old', org_key: null }).where('type', '=', 'person').execute();
    await db.updateTable('claimants').set({ org_key: 'old', name: 'der Deutschen Bahn' }).where('id', '=', bahn.id).execute();
    await sql`update claimant_aliases set alias_key = 'old:' || alias_key`.execute(db);
    await db.insertInto('claimant_aliases').values({ claimant_id: bahn.id, alias: 'die Deutsche Bahn', alias_key: 'old-manual', manual: 1 }).execute();
    await db.deleteFrom('settings').where('key', '=', KEYS_VERSION_SETTING).execute();

    const refreshed = await refreshClaimantKeys(db);
    expect(refreshed).toMatchObject({ from: null, to: CLAIMANT_KEYS_VERSION, renamed: 1 });
    expect(refreshed!.claimants).toBe(2); // Merz and the Bahn; the renamed Baerbock keeps hers

    const after = await claimantsByName();
    const merzParsed = parseName('Friedrich Merz');
    expect(after.get('Friedrich Merz')).toMatchObject({ given_key: merzParsed?.type === 'person' ? merzParsed.given : 'x', surname_key: 'merz' });
    const bahnParsed = parseName('Deutsche Bahn');
    expect(after.get('Deutsche Bahn')).toMatchObject({ id: bahn.id, org_key: bahnParsed?.type === 'organisation' ? bahnParsed.key : 'x', version: bahn.version + 1 });
    expect(after.get('A. Baerbock (Außenministerin)')).toMatchObject({ given_key: 'old', surname_key: 'old', name_locked: 1 });

    const aliases = await db.selectFrom('claimant_aliases').selectAll().execute();
    for (const a of aliases) expect(a.alias_key).toBe(aliasKey(a.alias));
    const bahnAliases = aliases.filter((a) => a.claimant_id === bahn.id && a.alias_key === aliasKey('Deutsche Bahn'));
    expect(bahnAliases).toHaveLength(1);
    expect(bahnAliases[0]!.manual).toBe(1);

    expect(await links()).toEqual(linked);
    const setting = await db.selectFrom('settings').select('value').where('key', '=', KEYS_VERSION_SETTING).executeTakeFirst();
    expect(setting?.value).toBe(String(CLAIMANT_KEYS_VERSION));
    expect(await refreshClaimantKeys(db)).toBeNull();

    // A later article meets the known claimants under the recomputed keys.
    await app.ok('articles.create', { text: LATER, language: 'de', title: 'Zwei' });
    const finally_ = await claimantsByName();
    expect(finally_.size).toBe(after.size);
    expect((await app.ok('claimants.get', { claimant: merz.id })).claims).toHaveLength(2);
    expect((await app.ok('claimants.get', { claimant: bahn.id })).claims).toHaveLength(2);
  });

  it('a body seen with its acronym and long name is found by either in later articles, through the stored keys', async () => {
    const claimantOf = async (articleText: string, claimant: string) => {
      const { article } = await app.ok('articles.create', { text: articleText, language: 'de', title: claimant });
      const claim = await app.ok('claims.create', { articleId: article.id, start: 0, end: 20, claimant });
      return (await app.store.db.selectFrom('claims').select('claimant_id').where('id', '=', claim.id).executeTakeFirstOrThrow()).claimant_id;
    };
    const text = 'Die Gletscher schmolzen 2025 um 3 Prozent schneller als 2024.';
    const wmx = await claimantOf(text, 'Die Weltwetterorganisation (WMX) in Genf');
    expect(wmx).toBeTruthy();
    expect(await claimantOf(text, 'Schätzung der Weltwetterorganisation')).toBe(wmx);
    expect(await claimantOf(text, 'die WMX')).toBe(wmx);
    // Known first by its long name, then seen with its acronym: found by the acronym later.
    const npa = await claimantOf(text, 'die Nordische Presseagentur');
    expect(await claimantOf(text, 'die Nordische Presse-Agentur (npa)')).toBe(npa);
    expect(await claimantOf(text, 'einer npa-Meldung')).toBe(npa);
    // The other names survive a refresh of the keys.
    await app.store.db.deleteFrom('settings').where('key', '=', KEYS_VERSION_SETTING).execute();
    await refreshClaimantKeys(app.store.db);
    expect(await claimantOf(text, 'Angaben der Weltwetterorganisation')).toBe(wmx);
    expect(await claimantOf(text, 'die NPA')).toBe(npa);
  });

  it('keys a body shown by its long name by the acronym it was found by, and changes the type of a name today read as the other type', async () => {
    const db = app.store.db;
    const at = new Date().toISOString();
    // Shown by its long name, found by its acronym: the long name alone would key it "deutsch presse-agentur".
    await db.insertInto('claimants').values({ id: 'c-wna', name: 'Westliche Nachrichten-Agentur', type: 'organisation', given_key: null, surname_key: null, org_key: 'old', merged_into: null, created_at: at, updated_at: at }).execute();
    await db.insertInto('claimant_aliases').values({ claimant_id: 'c-wna', alias: 'die Westliche Nachrichten-Agentur (WNA)', alias_key: aliasKey('die Westliche Nachrichten-Agentur (WNA)') }).execute();
    // A country an earlier Claimdesk read as a bare surname.
    await db.insertInto('claimants').values({ id: 'c-fr', name: 'Frankreich', type: 'person', given_key: null, surname_key: 'frankreich', org_key: null, merged_into: null, created_at: at, updated_at: at }).execute();
    await db.insertInto('claimant_aliases').values({ claimant_id: 'c-fr', alias: 'Frankreich', alias_key: aliasKey('Frankreich') }).execute();
    await db.deleteFrom('settings').where('key', '=', KEYS_VERSION_SETTING).execute();
    const linked = await links();

    await refreshClaimantKeys(db);
    const after = await db.selectFrom('claimants').selectAll().where('id', 'in', ['c-wna', 'c-fr']).orderBy('id').execute();
    expect(after[0]).toMatchObject({ id: 'c-fr', type: 'organisation', org_key: 'frankreich', given_key: null, surname_key: null, name: 'Frankreich' });
    expect(after[1]).toMatchObject({ id: 'c-wna', type: 'organisation', org_key: 'wna', name: 'Westliche Nachrichten-Agentur' });
    expect(await links()).toEqual(linked);
  });
});

it('a SQLite library from before the naming rules changed is brought up to date when it is opened', async () => {
  const first = await openTestApp();
  await first.ok('articles.create', { text: ARTICLE, language: 'de', title: 'Eins' });
  await first.store.db.updateTable('claimants').set({ surname_key: 'old' }).execute();
  await first.store.db.updateTable('settings').set({ value: '0' }).where('key', '=', KEYS_VERSION_SETTING).execute();
  await first.close();

  const reopened = await openApp(first.dbPath, { host: 'cli', defaultActor: 'test-runner', snapshots: false });
  try {
    const merz = await reopened.store.db.selectFrom('claimants').selectAll().where('name', '=', 'Friedrich Merz').executeTakeFirstOrThrow();
    expect(merz.surname_key).toBe('merz');
    const setting = await reopened.store.db.selectFrom('settings').select('value').where('key', '=', KEYS_VERSION_SETTING).executeTakeFirst();
    expect(setting?.value).toBe(String(CLAIMANT_KEYS_VERSION));
  } finally {
    await reopened.close();
  }
});
