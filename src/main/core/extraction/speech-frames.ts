// Sentence strategy "speech frame": a sentence that opens with the speech act it reports ("In a
// statement, Warner commended Gillespie on the campaign.", "In his address, the minister denied
// any mediation.", "In a letter to the Commission's digital chief, Ann Roe, several members of
// the Parliament expressed concerns …") is its main clause's subject's, whatever the verb: the
// frame says it is speech. The words of the opener are language data (lex.speechFrame);
// English only so far. The subject is read by clause structure, not by a list of verbs: the
// first phrase after a comma of the opener that a lower-case word (its verb) follows; a phrase
// closed by another comma is an apposition inside the opener ("…, Ann Roe, …").
import type { Lexicon } from './lexicon';
import { readPhrase, type Mention } from './phrases';
import type { Token } from './tokens';

/** How far (in tokens) the opener may run before its comma. */
const OPENER_REACH = 18;

/**
 * The subject of a sentence opened by a speech frame ("In a statement, X …"), or null when the
 * sentence opens otherwise or its main clause has no subject that reads as a speaker.
 */
export function speechFrameSubject(frame: readonly Token[], lex: Lexicon): Mention | null {
  const words = lex.speechFrame;
  if (!words || frame.length < 6) return null;
  const { nouns } = words;
  let i = 0;
  while (i < 3 && frame[i] && (words.leading.has(frame[i]!.lower) || (!frame[i]!.word && frame[i]!.text === ','))) i++;
  let n: number;
  // "Speaking to reporters, X …", "Addressing the rally on Monday, X …": a participle of speaking
  // with its phrase is the frame (a word in lower case after it: no name "Speaking Rock").
  const opener = frame[i];
  if (opener?.word && words.participles?.has(opener.lower) && frame[i + 1]?.word && !frame[i + 1]!.cap) n = i;
  else {
    if (!words.prepositions.has(frame[i]?.lower ?? '') || !words.determiners.has(frame[i + 1]?.lower ?? '')) return null;
    // The frame noun: within three words after the determiner ("In a brief written statement").
    n = i + 2;
    const nounLimit = Math.min(frame.length, i + 6);
    while (n < nounLimit && frame[n]!.word && !nouns.has(frame[n]!.lower)) n++;
    if (n >= nounLimit || !frame[n]!.word || frame[n]!.cap || frame[n]!.quoted) return null;
  }
  const limit = Math.min(frame.length - 2, n + OPENER_REACH);
  for (let c = n + 1; c <= limit; c++) {
    const t = frame[c]!;
    if (t.quoted) return null;
    if (t.word || t.text !== ',') continue;
    const np = readPhrase(frame, c + 1, lex);
    if (!np) continue;
    const verb = frame[np.end];
    if (!verb?.word) continue; // "…, Ann Roe, …": an apposition inside the opener
    if (verb.cap || verb.quoted || lex.prepositions.has(verb.lower) || lex.determiners.has(verb.lower) || lex.complementizers.has(verb.lower) || lex.relativePronouns.has(verb.lower)) return null;
    const m = np.mention;
    if (m.oblique || m.document || (!m.name.length && !m.role.length && !m.pronoun && !m.definite)) return null;
    return m;
  }
  return null;
}
