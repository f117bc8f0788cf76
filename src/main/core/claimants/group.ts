// Groups the claimant strings of one article into claimants, creating those not yet known.
// Pure: it works on the index it is given (and updates it), the caller stores the outcome.
// Full names are resolved first, so a bare surname later in the same article ("Merz" after
// "Friedrich Merz") finds its person even if the surname comes first in the text.
import type { ParsedName } from './names';
import { addAlias, addToIndex, orgTailKey, resolveName, type ArticleContext, type ClaimantIndex, type ClaimantType } from './resolve';

export interface NewClaimant {
  id: string;
  name: string;
  type: ClaimantType;
  given: string | null;
  surname: string | null;
  orgKey: string | null;
}

export interface GroupedArticle {
  /** Each distinct claimant string → its claimant id, or null when unresolved. */
  byName: Map<string, string | null>;
  created: NewClaimant[];
  /** Surname-only persons completed by a full name: their new name and given name. */
  upgraded: Array<{ id: string; name: string; given: string }>;
  /** Aliases seen, per claimant (the caller stores those not yet stored). */
  aliases: Array<{ claimantId: string; alias: string }>;
}

const isFullName = (name: string) => /\s/.test(name.trim());

export function groupArticle(names: ReadonlyArray<string>, index: ClaimantIndex, newId: () => string): GroupedArticle {
  const distinct = [...new Set(names.map((n) => n.trim()).filter(Boolean))];
  // Longer names first: "Friedrich Merz" before "Merz", organisations in any order.
  // Among those, more words first: "der italienischen Polizei" is known before "die Polizei" asks
  // which body of the article ends with "Polizei".
  const words = (n: string) => n.split(/\s+/).length;
  const ordered = [...distinct.filter(isFullName).sort((a, b) => words(b) - words(a)), ...distinct.filter((n) => !isFullName(n))];
  const context: ArticleContext = new Map();
  const out: GroupedArticle = { byName: new Map(), created: [], upgraded: [], aliases: [] };
  for (const name of ordered) {
    const resolution = resolveName(name, index, context);
    let id: string | null = null;
    let parsed: ParsedName | null = null;
    switch (resolution.kind) {
      case 'existing':
        id = resolution.id;
        parsed = resolution.parsed;
        break;
      case 'upgrade': {
        id = resolution.id;
        parsed = resolution.parsed;
        const known = index.byId.get(id)!;
        index.bySurname.set(known.surname!, (index.bySurname.get(known.surname!) ?? []).filter((c) => c.id !== id));
        addToIndex(index, { ...known, given: resolution.parsed.given });
        out.upgraded.push({ id, name: resolution.parsed.display, given: resolution.parsed.given! });
        break;
      }
      case 'new': {
        parsed = resolution.parsed;
        const claimant: NewClaimant =
          parsed.type === 'person'
            ? { id: newId(), name: parsed.display, type: 'person', given: parsed.given, surname: parsed.surname, orgKey: null }
            : { id: newId(), name: parsed.display, type: 'organisation', given: null, surname: null, orgKey: parsed.key };
        addToIndex(index, claimant);
        out.created.push(claimant);
        id = claimant.id;
        break;
      }
      case 'unresolved':
        break;
    }
    out.byName.set(name, id);
    if (id) {
      addAlias(index, name, id);
      out.aliases.push({ claimantId: id, alias: name });
      const person = parsed?.type === 'person' ? parsed : null;
      if (person && person.given !== null) {
        const set = context.get(person.surname) ?? new Set<string>();
        set.add(id);
        context.set(person.surname, set);
      }
      const body = parsed?.type === 'organisation' && parsed.key.includes(' ') ? parsed : null;
      if (body) {
        const tail = orgTailKey(body.key.slice(body.key.lastIndexOf(' ') + 1));
        const set = context.get(tail) ?? new Set<string>();
        set.add(id);
        context.set(tail, set);
      }
    }
  }
  return out;
}
