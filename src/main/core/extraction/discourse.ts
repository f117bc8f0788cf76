// Discourse-level speaker resolution: who speaks in a sentence that does not name its speaker
// itself, read from the sentences around it. The sentence-level readers (attribution.ts) look
// inside one sentence; a news article often names the source once and lets the next sentences
// go on in its voice, or states a claim first and names its source in the sentence after it
// ("Die Pauschale ist rechtswidrig. Dies urteilte heute das Gericht."). Each strategy below
// does one such step, is called from the pipeline at one place, and reads its words from the
// language's lexicon (so English may reuse it with its own data). All of them are
// conservative: they only fill in a speaker where the sentence has none that resolves, never
// replace one, because a false attribution costs a fact-checker more than a missing one.
import type { ClaimKind } from '../../../shared/domain';
import type { Lexicon } from './lexicon';
import { subjunctiveAfterSubject } from './attribution';
import { readPhrase, type Mention } from './phrases';
import type { Token } from './tokens';
import { tokenIs, WORD } from './wordinfo';

const { AUXILIARY, CONTENT_VERB, PARTICIPLE, PASSIVE_AUX, SPEECH_VERB } = WORD;

/** What the strategies see of a sentence already drafted. */
export interface DraftedSentence {
  kind: ClaimKind;
  mention: Mention | null;
  /** The sentence's number in the article's running count. */
  sentenceNo: number;
}

/**
 * Strategy "source named after": "Das bestätigte der Sprecher.", "Dies urteilte heute das
 * Gericht.", "Das berichten arabische Medien.", "Dies geht aus dem Bericht der Bank hervor.": a
 * sentence that opens with a demonstrative object before its speech verb names the speaker of
 * the sentence right before it. Returns whether `frame` is such a sentence for `mention` (its
 * leading or according reading, see SentenceView).
 */
export function reportsBackward(frame: readonly Token[], mention: Mention, readings: readonly (Mention | null)[], lex: Lexicon): boolean {
  // "Dieser erklärte, …": a demonstrative that is the speaker itself reports nothing back.
  if (!lex.anaphoricReports || mention.demonstrative || !readings.includes(mention)) return false;
  const [first, verb] = frame;
  if (!first || !verb || !first.word || !first.cap || !lex.anaphoricObjects.has(first.lower) || !verb.word || verb.cap) return false;
  if (tokenIs(verb, SPEECH_VERB, lex) || tokenIs(verb, CONTENT_VERB, lex) || lex.separableVerbs.has(verb.lower)) return true;
  // "Das hat der Minister gesagt.": the same in a compound tense.
  return anaphoricCompoundSource(frame, lex) !== null;
}

/**
 * Whether the sentence before (`before`, drafted just now as sentence `sentenceNo - 1`) takes
 * the speaker a "source named after" sentence gives: it must be the sentence right before, and
 * have no speaker of its own that resolves (`resolves` asks the registry), or one merely carried
 * over from an earlier quotation (`carried`: "„Wir haben uns verrechnet.“ Das musste X
 * einräumen."). A statement becomes reported speech; a quotation stays one.
 */
export function takesSourceNamedAfter(before: DraftedSentence | undefined, sentenceNo: number, resolves: (m: Mention) => boolean, carried: boolean): before is DraftedSentence {
  if (!before || before.sentenceNo !== sentenceNo) return false;
  return before.mention === null || carried || !resolves(before.mention);
}

/**
 * Strategy "source named after", reaching back: "Angeblich plant der Konzern den Ausstieg. Es
 * sollen schon Pläne existieren. Das berichtet die Zeitung.": the sentences right before the one
 * that takes the source, as long as each is reported speech by its form (Konjunktiv, "angeblich",
 * "soll") with no speaker of its own, wait for a source too. Returns how many drafts before index
 * `taken` (the sentence that took the source) in `drafts` take it as well: a sentence with a
 * speaker, a statement or a gap in the count ends the run, so no named speaker is ever replaced.
 */
export function sourcelessRunBefore(drafts: readonly DraftedSentence[], taken: number): number {
  let n = 0;
  for (let k = taken - 1; k >= 0; k--) {
    const d = drafts[k]!;
    if (d.kind !== 'reported' || d.mention !== null || d.sentenceNo !== drafts[k + 1]!.sentenceNo - 1) break;
    n++;
  }
  return n;
}

/**
 * Strategy "source named after", in a compound tense: "Das hat der Minister am Montag gesagt.",
 * "Das musste Finanzminister X einräumen.", "Dies wurde vom Ministerium mitgeteilt.": a
 * demonstrative object, a finite auxiliary or modal, its subject (or, after a passive
 * auxiliary, the agent after "von"/"vom"/"durch"), and a verb of saying or of stance closing
 * the one clause. The sentence-level readers need the message after such a verb; here the
 * message is the sentence before. Returns the speaker, or null.
 */
export function anaphoricCompoundSource(frame: readonly Token[], lex: Lexicon): Mention | null {
  if (!lex.anaphoricReports || frame.length < 4) return null;
  const [first, aux] = frame;
  if (!first?.word || !first.cap || !lex.neuterAnaphors?.has(first.lower) || !aux?.word || aux.cap) return null;
  const passive = tokenIs(aux, PASSIVE_AUX, lex);
  if (!passive && !tokenIs(aux, AUXILIARY, lex) && !lex.modalVerbs?.has(aux.lower)) return null;
  let end = frame.length - 1;
  while (end > 2 && !frame[end]!.word) end--;
  // One clause: no comma, colon or quotation between the auxiliary and the closing verb.
  for (let k = 2; k < end; k++) if (!frame[k]!.word && frame[k]!.text !== '.' && frame[k]!.text !== '-') return null;
  const verb = frame[end]!;
  if (verb.cap || verb.quoted || !(tokenIs(verb, SPEECH_VERB, lex) || tokenIs(verb, CONTENT_VERB, lex)) || lex.decisionVerbs?.has(verb.lower)) return null;
  // A participle after "hat"/"wurde", an infinitive after a modal: "Das hat X sagen" is no German.
  if ((passive || tokenIs(aux, AUXILIARY, lex)) && !tokenIs(verb, PARTICIPLE, lex)) return null;
  let at = 2;
  if (passive) {
    while (at < end && !lex.agentPrepositions?.has(frame[at]!.lower)) at++;
    at++;
  }
  if (at >= end) return null;
  const np = readPhrase(frame, at, lex);
  if (!np || np.end > end) return null;
  // After "von" the agent stands in the dative ("von einem Sprecher der Firma"): no object there.
  const m = passive && np.mention.oblique ? { ...np.mention, oblique: false } : np.mention;
  return (m.name.length > 0 || m.role.length > 0 || m.pronoun) && !m.oblique && !m.document ? m : null;
}

/**
 * Strategy "surname named before", for a lead-in that introduces a quotation with a colon, as a
 * sentence of its own or in the quotation's sentence ("Ali bekannte sich …: „…“"; there it comes
 * before the last speaker quoted, who would otherwise take the quotation):
 * "Ali bekannte sich zu einem Dialog: „…“" after "Ayaan Hirsi Ali" was named. A one-word name
 * opening the sentence right before its finite verb is its subject; introSubject leaves it alone
 * because at a sentence start a lone capitalised word may be any noun ("Derzeit steht …"). Here
 * it counts only when the article has named that person already (`known`, asked of the registry).
 */
export function knownSurnameOpening(frame: readonly Token[], lex: Lexicon, known: (m: Mention) => boolean): Mention | null {
  const np = readPhrase(frame, 0, lex);
  if (!np) return null;
  const m = np.mention;
  if (m.name.length !== 1 || m.role.length > 0 || m.pronoun || m.document) return null;
  const verb = frame[np.end];
  if (!verb?.word || verb.cap || verb.quoted || lex.determiners.has(verb.lower) || lex.prepositions.has(verb.lower) || lex.complementizers.has(verb.lower)) return null;
  return known(m) ? m : null;
}

/**
 * Strategy "Konjunktiv I goes on": "Verbandschef X erklärte, die Lage sei ernst. Der Verband
 * begrüße aber den Schritt.": right after a sentence of reported speech, a sentence whose finite
 * verb is in the Konjunktiv I by its form goes on in that voice, whatever the verb (the lexicon
 * lists only common forms: `lex.subjunctives`). The form is a third person singular in -e right
 * after a singular subject opening the sentence ("Die Regierung stagniere …"), or right after one
 * connective before an inverted subject ("Zudem plane das Land …"); the indicative ends in -t.
 * `reportedJustBefore`: whether the sentence before was reported speech with a speaker.
 */
export function continuesInKonjunktiv(frame: readonly Token[], lex: Lexicon, reportedJustBefore: boolean): boolean {
  if (!reportedJustBefore || lex.subjunctives.size === 0 || !frame[0]?.word) return false;
  // The subject opens with its article or is a name or role: a capitalised adjective ("Weitere
  // unsichere Punkte", "Wesentlich größere Gefahr") reads as a phrase of its own, its neighbour in
  // -e as a verb. A capitalised noun right after the form makes it an adjective all the same.
  const subject = readPhrase(frame, 0, lex, false);
  const m = subject?.mention;
  if (!subject || !m || m.plural || m.pronoun || !(lex.determiners.has(frame[0]!.lower) || m.name.length > 0 || m.role.length > 0)) return inverted(frame, lex);
  const after = frame[subject.end + 1];
  if (after?.word && after.cap) return false;
  // A verb of saying or stance is a closed word, which subjunctiveAfterSubject passes over: "Der Verband begrüße …".
  return subjunctiveAfterSubject(frame, 0, lex) || konjunktivOfSaying(frame[subject.end], lex);
}

/** "Zudem plane das Land …": a connective, the verb in -e, then a singular subject with its article. */
function inverted(frame: readonly Token[], lex: Lexicon): boolean {
  const [connective, verb, article] = frame;
  if (!connective?.word || !lex.verbAdverbs.has(connective.lower) || !verb?.word || verb.cap || !article?.word || !lex.determiners.has(article.lower)) return false;
  const v = verb.lower;
  if (!(konjunktivOfSaying(verb, lex) || (v.length >= 4 && v.endsWith('e') && !v.endsWith('te') && !lex.functionWords.has(v) && !lex.verbAdverbs.has(v) && !lex.prepositions.has(v) && !lex.auxiliaries.has(v) && !lex.passiveAuxiliaries.has(v)))) return false;
  const np = readPhrase(frame, 2, lex, false);
  return !!np && !np.mention.plural && !np.mention.pronoun;
}

/** A verb of saying or stance in the third person singular of the Konjunktiv I: "begrüße", "fordere", "erkläre". */
function konjunktivOfSaying(t: Token | undefined, lex: Lexicon): boolean {
  if (!t?.word || t.cap || t.lower.length < 4 || !t.lower.endsWith('e') || t.lower.endsWith('te')) return false;
  return tokenIs(t, SPEECH_VERB, lex) || tokenIs(t, CONTENT_VERB, lex);
}
