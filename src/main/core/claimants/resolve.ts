// Who a claimant string is, given the claimants already known: pure, no database. The rules
// are conservative (a wrong merge hides a person's record inside another's; a missed one only
// leaves two entries a reviewer can merge):
// - an alias a claimant already has (or one a reviewer moved by hand) names that claimant;
// - a full name joins the person with the same surname and the same first name, never one
//   whose first name differs ("Joe Biden" / "Hunter Biden");
// - a bare surname joins the one person of that surname named in full in the same article,
//   else the one known in the library; if two fit, it stays unresolved;
// - an organisation joins the organisation of the same name; a role alone joins no one.
import { aliasKey, parseName, type ParsedName } from './names';

export type ClaimantType = 'person' | 'organisation';

export interface KnownClaimant {
  id: string;
  type: ClaimantType;
  /** Folded first given name; null for a person known only by surname, and for organisations. */
  given: string | null;
  /** Folded surname (persons) or folded name (organisations). */
  surname: string | null;
  orgKey: string | null;
}

export interface ClaimantIndex {
  /** Claimants by folded alias; only aliases that may be matched on their own (see aliasMatches). */
  byAlias: Map<string, Set<string>>;
  /** Persons by folded surname. */
  bySurname: Map<string, KnownClaimant[]>;
  byOrgKey: Map<string, KnownClaimant>;
  byId: Map<string, KnownClaimant>;
}

export function emptyIndex(): ClaimantIndex {
  return { byAlias: new Map(), bySurname: new Map(), byOrgKey: new Map(), byId: new Map() };
}

export function addToIndex(index: ClaimantIndex, claimant: KnownClaimant): void {
  index.byId.set(claimant.id, claimant);
  if (claimant.type === 'organisation' && claimant.orgKey) index.byOrgKey.set(claimant.orgKey, claimant);
  if (claimant.type === 'person' && claimant.surname) {
    const list = index.bySurname.get(claimant.surname) ?? [];
    if (!list.some((c) => c.id === claimant.id)) list.push(claimant);
    index.bySurname.set(claimant.surname, list);
  }
}

/**
 * An alias is looked up on its own when it is more than a bare surname, or when a reviewer put
 * it there by hand (a bare "Biden" seen once with Joe must not claim Hunter's "Biden" later).
 */
export function aliasMatches(alias: string, manual: boolean): boolean {
  if (manual) return true;
  const parsed = parseName(alias);
  return parsed !== null && !(parsed.type === 'person' && parsed.given === null);
}

export function addAlias(index: ClaimantIndex, alias: string, claimantId: string, manual = false): void {
  if (!aliasMatches(alias, manual)) return;
  const key = aliasKey(alias);
  const set = index.byAlias.get(key) ?? new Set<string>();
  set.add(claimantId);
  index.byAlias.set(key, set);
}

export type Resolution =
  | { kind: 'existing'; id: string; parsed: ParsedName | null }
  /** A new claimant; `upgrade` names a surname-only person this full name now completes. */
  | { kind: 'new'; parsed: Extract<ParsedName, { type: 'person' | 'organisation' }> }
  | { kind: 'upgrade'; id: string; parsed: Extract<ParsedName, { type: 'person' }> }
  /** Fits several known people (a bare surname), or names only a role: no claimant. */
  | { kind: 'unresolved'; candidates: string[] };

/** The persons named in full so far in the article being grouped, by surname. */
export type ArticleContext = Map<string, Set<string>>;

export function resolveName(raw: string, index: ClaimantIndex, context: ArticleContext = new Map()): Resolution {
  const parsed = parseName(raw);
  if (!parsed || parsed.type === 'role') return { kind: 'unresolved', candidates: [] };
  const byAlias = index.byAlias.get(aliasKey(raw));
  if (byAlias && byAlias.size === 1) return { kind: 'existing', id: [...byAlias][0]!, parsed };

  if (parsed.type === 'organisation') {
    const known = index.byOrgKey.get(parsed.key);
    return known ? { kind: 'existing', id: known.id, parsed } : { kind: 'new', parsed };
  }

  const sameSurname = index.bySurname.get(parsed.surname) ?? [];
  const named = sameSurname.filter((c) => c.given !== null);
  if (parsed.given === null) {
    const inArticle = [...(context.get(parsed.surname) ?? [])];
    if (inArticle.length === 1) return { kind: 'existing', id: inArticle[0]!, parsed };
    if (inArticle.length > 1) return { kind: 'unresolved', candidates: inArticle };
    if (named.length === 1) return { kind: 'existing', id: named[0]!.id, parsed };
    if (named.length > 1) return { kind: 'unresolved', candidates: named.map((c) => c.id) };
    const bare = sameSurname.find((c) => c.given === null);
    return bare ? { kind: 'existing', id: bare.id, parsed } : { kind: 'new', parsed };
  }

  if (parsed.initial) {
    const fits = named.filter((c) => c.given!.startsWith(parsed.given!));
    if (fits.length === 1) return { kind: 'existing', id: fits[0]!.id, parsed };
    if (fits.length > 1) return { kind: 'unresolved', candidates: fits.map((c) => c.id) };
  } else {
    const same = named.find((c) => c.given === parsed.given);
    if (same) return { kind: 'existing', id: same.id, parsed };
  }
  // A person first seen by surname alone ("Merz") is completed by the first full name, unless
  // another person of that surname is already known (then the bare one stays as it was).
  const bare = sameSurname.find((c) => c.given === null);
  if (bare && named.length === 0 && !parsed.initial) return { kind: 'upgrade', id: bare.id, parsed };
  return { kind: 'new', parsed };
}
