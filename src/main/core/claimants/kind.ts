// Whether a claimant string names a person or a body, for what publishes the claimant with a type
// (ClaimReview's Person / Organization). A claimant that grouping placed has its row's type; this
// reads the strings grouping left alone: roles and descriptions ("the town council", "a
// spokesperson for the ministry") and bare names two claimants fit.
import { isGermanNoun } from '../extraction/nouns.de';
import { fold, isBodyCompound, isBodyWord, parseName } from './names';

export type ClaimantKind = 'person' | 'organisation';

// Where the description of a speaker ends and the body they speak for begins: "a spokesperson |
// for the ministry", "Sprecher | des Ministeriums", "head | of the council".
const FOR_A_BODY = /^(for|of|at|from|with|des|der|von|vom|beim|bei|für|im|am)$/i;

const PLACE_OF_A_COUNCIL = /^(Kantons?|Stadt|Gemeinde|Landes|Bezirks?|Kreises|Bundes)$/;

/** Person or organisation, as the claimants module reads `name` alone. */
export function claimantKindOf(name: string): ClaimantKind {
  const parsed = parseName(name);
  if (parsed === null) return 'person';
  if (parsed.type === 'person' && parsed.given === null && pluralOfBodiesOrPeople(name)) return 'organisation';
  if (parsed.type !== 'role') return parsed.type;
  // A role: a body when its head (the words before the body it may speak for) is a body word.
  const words = name.split(/\s+/).filter(Boolean);
  const end = words.findIndex((w) => FOR_A_BODY.test(w));
  const head = end === -1 ? words : words.slice(0, end);
  // "Regierungsrat des Kantons Bern", "Staatsrat des Kantons Wallis": a council of a place is the
  // government there (Swiss usage), though "Regierungsrat Hans Roe" is a person's title and "Landrat des
  // Kreises Kleve" the district's head.
  if (end > 0 && /^(?:regierungs|staats)rat$/i.test(head[head.length - 1]!) && PLACE_OF_A_COUNCIL.test(words[end + 1] ?? '')) return 'organisation';
  return head.some((w) => isBodyWord(fold(w)) || isBodyCompound(w)) ? 'organisation' : 'person';
}

/**
 * Person or organisation for a claim's claimant string, given the type of the claimant it is
 * grouped under (if any). A name takes the claimant row's type (a reviewer or grouping knows it
 * better than one string); a role keeps its own reading: "a spokesperson for the harbour
 * authority" is grouped under the authority (its claims count there) yet is a person speaking.
 */
export function claimantKindFor(name: string, grouped: ClaimantKind | undefined): ClaimantKind {
  const parsed = parseName(name);
  if (grouped && parsed?.type !== 'role') return grouped;
  return claimantKindOf(name);
}

/** A capitalised German word of five letters or more, all in lower case after its capital (no acronym, no inner capital). */
const GERMAN_NOUN_SHAPE = /^\p{Lu}\p{Ll}{4,}$/u;
/** Plurals of bodies at the head of a German compound ("Verkehrsbetriebe", "Stadtwerke", "Krankenkassen"), folded. */
const BODIES_PLURAL_DE = /(betriebe|werke|kliniken|kassen|banken|verbaende|vereine|parteien|gewerkschaften|behoerden|ministerien|unternehmen|konzerne|firmen)$/;
/** Endings of German nouns for people in the plural ("Anwohner", "Ermittler", "Experten", "Demonstranten"); "Papier", "Standard" end otherwise. */
const PEOPLE_PLURAL_DE = /(?:ner|ler|ter|ger|ber|ker|en)$/;
const ARTICLE_DE = /^(die|der|den|the)$/i;

/**
 * "Verkehrsbetriebe", "Anwohner", "die Experten": one German common noun (with its article or not)
 * that parseName reads as a bare surname is no person: a plural of bodies, or of people who speak
 * as a group (a collective, ClaimReview's Organization). Common nouns are those of the extraction's
 * noun list, which leaves out every noun that is also a first name or a surname ("Fischer", "Koch").
 */
function pluralOfBodiesOrPeople(name: string): boolean {
  const words = name.trim().split(/\s+/);
  const word = words.length === 2 && ARTICLE_DE.test(words[0]!) ? words[1]! : words.length === 1 ? words[0]! : '';
  if (!GERMAN_NOUN_SHAPE.test(word)) return false;
  const folded = fold(word);
  if (BODIES_PLURAL_DE.test(folded) && folded.length > 8) return true;
  return PEOPLE_PLURAL_DE.test(folded) && isGermanNoun(word.toLowerCase());
}
