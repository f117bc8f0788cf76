// Speaker strategy "speech in a relative clause" (English, session 26; issue #20): a sentence whose
// only speech is a relative clause about someone named ("The plan was backed by Professor Ann Roe,
// from the University of Leith, who said that …", "… was confronted by resident Ann Roe who said
// the council had done nothing", "It echoes the warning from Tom Hale, the valley's largest grower,
// who said a price rise was on its way") is that person's reported speech. The relative pronoun is
// language data (lex.personRelative); the antecedent is the name right before it, or before the
// apposition set off by commas in front of it. A relative clause about an unnamed subject ("The man
// who said he saw it was arrested") names nobody. Read only where no other reading found a speaker.
import type { Lexicon } from './lexicon';
import { readPhrase, type Mention } from './phrases';
import type { Token } from './tokens';

/** How far back past a comma an apposition between the name and the relative pronoun may reach. */
const APPOSITION_REACH = 16;
/** How many words a name with its role before it may span. */
const NAME_REACH = 6;

/** A name (with a role or title before it) that ends right before `b`, or null. */
function nameEndingAt(frame: readonly Token[], b: number, lex: Lexicon): Mention | null {
  const last = frame[b - 1];
  if (!last?.word || !last.cap || last.quoted) return null;
  let a = b - 1;
  while (a > 0 && a > b - NAME_REACH) {
    const t = frame[a - 1]!;
    const title = t.text === '.' && a > 1 && lex.titles.has(frame[a - 2]!.lower);
    if (!title && !(t.word && (t.cap || lex.roleWords.has(t.lower) || !!lex.nameParticles?.has(t.lower)))) break;
    a--;
  }
  for (let st = a; st < b; st++) {
    if (!frame[st]!.word) continue;
    const r = readPhrase(frame, st, lex, false);
    if (!r || r.end < b) continue;
    const m = r.mention;
    if (m.pronoun || m.document || m.oblique || !m.name.length) return null;
    return m;
  }
  return null;
}

export function relativeClauseSpeaker(frame: readonly Token[], lex: Lexicon): Mention | null {
  const who = lex.personRelative;
  if (lex.language !== 'en' || !who) return null;
  for (let k = 1; k < frame.length - 2; k++) {
    const t = frame[k]!;
    if (!t.word || t.quoted || t.lower !== who || t.cap) continue;
    let v = k + 1;
    while (v < frame.length && frame[v]!.word && (lex.auxiliaries.has(frame[v]!.lower) || lex.verbAdverbs.has(frame[v]!.lower))) v++;
    const verb = frame[v];
    if (!verb?.word || verb.cap || verb.quoted || !(lex.speechVerbs.has(verb.lower) || lex.contentVerbs.has(verb.lower))) continue;
    // "who said that …", "who warned it would …"; a verb that is as often an act needs its content clause.
    const next = frame[v + 1];
    const message = !!next?.word && (lex.complementizers.has(next.lower) || !!lex.contentSubjects?.has(next.lower));
    if ((lex.speechNeedsMessage.has(verb.lower) || lex.contentVerbs.has(verb.lower)) && !lex.speechActs?.has(verb.lower) && !message) continue;
    if (frame[k - 1]?.text !== ',') {
      const direct = nameEndingAt(frame, k, lex);
      if (direct) return direct;
      continue;
    }
    const b = k - 1;
    let c = b - 1;
    while (c > 0 && c > b - APPOSITION_REACH && frame[c]!.text !== ',') c--;
    // "Tom Hale, the valley's largest grower, who said …", "Ann Roe, from the University of Leith,
    // who said …": an apposition (an article, a preposition or a word in lower case opens it) stands
    // between the name and the pronoun.
    const opener = frame[c + 1];
    const apposition = frame[c]?.text === ',' && !!opener?.word && (!opener.cap || lex.determiners.has(opener.lower) || lex.prepositions.has(opener.lower));
    const m = apposition ? nameEndingAt(frame, c, lex) : nameEndingAt(frame, b, lex);
    if (m) return m;
  }
  return null;
}
