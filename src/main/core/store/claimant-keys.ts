// Keeps stored claimant keys in step with the naming rules (claimants/keys-version.ts). Runs once
// per store after its migrations: a store whose keys were computed under another version of the
// rules has them recomputed in one transaction, so an update of the rules never leaves a library
// whose known people are created again under their new keys.
//
// What it recomputes, and what it leaves:
// - an alias's key, always (it is a pure function of the alias as seen);
// - a claimant's keys and, unless a reviewer named it, its shown name ("der Deutschen Bahn"
//   becomes "Deutsche Bahn"), when today's rules read its name as the same type of claimant;
// - claimants a reviewer named or split keep their keys (their name is no longer what the
//   rules read), and no claim changes claimant: groupings and reviewers' merges stay as they are.
import { sql } from 'kysely';
import { CLAIMANT_KEYS_VERSION, KEYS_VERSION_SETTING } from '../claimants/keys-version';
import { aliasKey, parseName } from '../claimants/names';
import { addOtherKey, emptyIndex } from '../claimants/resolve';
import type { Db } from './database';
import { insertAliases } from './claimant.repository';
import { readSettings, writeSetting } from './settings.repository';

export interface KeyRefresh {
  from: number | null;
  to: number;
  claimants: number;
  renamed: number;
  aliases: number;
}

/** Recomputes the keys if they were computed under other rules; null when they are current. */
export async function refreshClaimantKeys(db: Db, now = new Date().toISOString()): Promise<KeyRefresh | null> {
  const stored = await storedVersion(db);
  if (stored === CLAIMANT_KEYS_VERSION) return null;
  return db.transaction().execute(async (trx) => {
    // Another process (a second server on the same PostgreSQL desk) may have done it meanwhile.
    const current = await storedVersion(trx);
    if (current === CLAIMANT_KEYS_VERSION) return null;
    const result: KeyRefresh = { from: current, to: CLAIMANT_KEYS_VERSION, claimants: 0, renamed: 0, aliases: 0 };

    const claimants = await trx.selectFrom('claimants').select(['id', 'name', 'type', 'given_key', 'surname_key', 'org_key', 'name_locked']).execute();
    const aliases = await trx.selectFrom('claimant_aliases').select(['claimant_id', 'alias', 'alias_key', 'manual']).execute();
    const namesOf = new Map<string, string[]>();
    for (const a of aliases) if (!a.manual) namesOf.set(a.claimant_id, [...(namesOf.get(a.claimant_id) ?? []), a.alias]);
    for (const c of claimants) {
      if (c.name_locked) continue;
      const parsed = readAsNamed(c.name, namesOf.get(c.id) ?? []);
      // A name today's rules read as no one (a role) keeps its claimant as it is; a person read as a
      // body ("Frankreich", a country since naming rules 7) or a body as a person changes type.
      if (!parsed || parsed.type === 'role') continue;
      const keys =
        parsed.type === 'person'
          ? // A bare surname keeps the given name a full name completed it with.
            { given_key: parsed.given ?? c.given_key, surname_key: parsed.surname, org_key: null }
          : { given_key: null, surname_key: otherKeyOf(parsed.key, namesOf.get(c.id) ?? []), org_key: parsed.type === 'organisation' ? parsed.key : null };
      const name = parsed.display.trim() || c.name;
      const retyped = parsed.type !== c.type;
      const keysChanged = retyped || keys.given_key !== c.given_key || keys.surname_key !== c.surname_key || keys.org_key !== c.org_key;
      if (!keysChanged && name === c.name) continue;
      const renamed = name !== c.name;
      await trx
        .updateTable('claimants')
        .set({ ...keys, type: parsed.type, name, updated_at: now, ...(renamed || retyped ? { version: sql<number>`version + 1` } : {}) })
        .where('id', '=', c.id)
        .execute();
      result.claimants++;
      if (renamed) result.renamed++;
    }

    const moved = aliases.map((a) => ({ ...a, key: aliasKey(a.alias) })).filter((a) => a.key !== a.alias_key);
    for (const a of moved) {
      await trx.deleteFrom('claimant_aliases').where('claimant_id', '=', a.claimant_id).where('alias_key', '=', a.alias_key).execute();
    }
    // Two aliases of one claimant may now share a key: the row is kept once, manual if either was.
    await insertAliases(trx, moved.filter((a) => !a.manual).map((a) => ({ claimantId: a.claimant_id, alias: a.alias, key: a.key })), false);
    await insertAliases(trx, moved.filter((a) => a.manual).map((a) => ({ claimantId: a.claimant_id, alias: a.alias, key: a.key })), true);
    result.aliases = moved.length;

    await writeSetting(trx, KEYS_VERSION_SETTING, String(CLAIMANT_KEYS_VERSION));
    return result;
  });
}

/**
 * How today's rules read a claimant: by the name it was seen under that gives its shown name (a
 * body found by its acronym is shown by its long name, "Deutsche Presse-Agentur" of "die Deutsche
 * Presse-Agentur (dpa)", and keyed by the acronym, which the long name alone does not give), else
 * by its shown name.
 */
function readAsNamed(name: string, seenAs: string[]): ReturnType<typeof parseName> {
  let byName: ReturnType<typeof parseName> = null;
  for (const alias of seenAs) {
    const parsed = parseName(alias);
    if (!parsed || parsed.type === 'role' || parsed.display !== name) continue;
    if (parsed.type === 'organisation' && parsed.also) return parsed;
    byName ??= parsed;
  }
  return byName ?? parseName(name);
}

/** The key of the other name a body was seen with ("Die Weltgesundheitsorganisation (WHO)"), as grouping records it. */
function otherKeyOf(orgKey: string, seenAs: string[]): string | null {
  const index = emptyIndex();
  index.byId.set('c', { id: 'c', type: 'organisation', given: null, surname: null, orgKey });
  for (const alias of seenAs) {
    const parsed = parseName(alias);
    if (parsed?.type !== 'organisation' || !parsed.also) continue;
    if (addOtherKey(index, 'c', parsed.key === orgKey ? parsed.also : parsed.key)) return index.byId.get('c')!.surname;
  }
  return null;
}

async function storedVersion(db: Db): Promise<number | null> {
  const value = (await readSettings(db)).get(KEYS_VERSION_SETTING);
  return value === undefined ? null : Number(value);
}

/**
 * refreshClaimantKeys at open. A failure (a file on read-only media) costs only grouping quality,
 * never the open: it is reported, and the next open tries again.
 */
export async function keepClaimantKeysCurrent(db: Db, where: string): Promise<void> {
  try {
    const refreshed = await refreshClaimantKeys(db);
    if (refreshed && refreshed.from !== null) {
      console.warn(
        `[claimdesk] claimant keys of ${where} brought to naming rules ${refreshed.to}: ${refreshed.claimants} claimants (${refreshed.renamed} renamed), ${refreshed.aliases} aliases`,
      );
    }
  } catch (error) {
    console.warn(`[claimdesk] could not update the claimant keys of ${where}: ${(error as Error).message}`);
  }
}
