// Whether a claimant string names a person or a body, for what publishes the claimant with a type
// (ClaimReview's Person / Organization). A claimant that grouping placed has its row's type; this
// reads the strings grouping left alone: roles and descriptions ("the town council", "a
// spokesperson for the ministry") and bare names two claimants fit.
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
