// Speaker strategy "subject of a speech act" (English, session 25): the last resort for a sentence
// with a speech cue in which no other reading found a speaker. The rules before it ask a verb like
// "announced", "cited" or "slammed" for a content clause ("announced that …"); news reports speech
// acts with a noun object as often ("The council announced the closure of the depot", "Tom Hale
// cited rising costs"). Here the verb's object may be what was said when the verb is a speech act
// (lex.speechActs); verbs that are as often acts ("posted images", "found a body", "rejected a deal")
// still need their content clause. The subject is the noun phrase right before the verb (past an
// auxiliary, and past an apposition set off by commas), opening the sentence or a clause after a
// comma, and it must name someone: a name, or a role, body or group noun as its head.
//
// Session 25 measured a part-of-speech tagger (wink-pos-tagger 2.2.2) for the verb and the noun
// phrase here: it found no more speakers than these word classes on any English set, and cost
// 0.4 s of CPU to load, so the strategy reads the lexicon's word classes instead.
import type { Lexicon } from './lexicon';
import { isInstitutionWord, readPhrase, type Mention } from './phrases';
import type { Token } from './tokens';
import { tokenIs, WORD } from './wordinfo';

const { AUXILIARY, CONTENT_VERB, PASSIVE_AUX, SPEECH_VERB } = WORD;

/** How far back past a comma an apposition between subject and verb may reach. */
const APPOSITION_REACH = 16;
/** Particles that make a verb of saying a phrasal verb of something else ("called off", "responded to", "shows up"). */
const PARTICLES = new Set(['to', 'off', 'up']);

/** A word that may stand in a noun phrase before its verb: a capitalised word, an article, or a lower-case word that is no conjunction, auxiliary, preposition, adverb in -ly or verb of saying. */
function nounPhraseWord(t: Token, lex: Lexicon): boolean {
  if (!t.word) return false;
  if (t.cap || lex.determiners.has(t.lower)) return true;
  return !lex.coordinators.has(t.lower) && !tokenIs(t, AUXILIARY, lex) && !lex.prepositions.has(t.lower) && !t.lower.endsWith('ly') && !tokenIs(t, SPEECH_VERB, lex) && !tokenIs(t, CONTENT_VERB, lex);
}

/** How far past the verb a counted object's number may stand ("reported a death toll of more than 25,000"). */
const COUNT_REACH = 7;
const YEAR = /^(?:1[89]|20)\d\d$/u;

/**
 * "India reported 360 dead", "the agency reported a death toll of 2,000": a verb of reporting
 * (lex.countedReports) whose object holds a number, in its clause, is the figure someone gave;
 * "reported a loss in 2019" (a year after a preposition) and "will report results on April 26"
 * (a report to come) are not.
 */
function countedReport(frame: readonly Token[], k: number, lex: Lexicon): boolean {
  if (!lex.countedReports?.has(frame[k]!.lower) || tokenIs(frame[k - 1], AUXILIARY, lex) && !/^ha(?:s|ve|d)$/u.test(frame[k - 1]!.lower)) return false;
  for (let j = k + 1; j < Math.min(frame.length, k + 1 + COUNT_REACH); j++) {
    const t = frame[j]!;
    if (!t.word || lex.complementizers.has(t.lower) || lex.relativePronouns.has(t.lower)) return false;
    if (t.hasDigit) return !YEAR.test(t.text);
    // "reported on Monday 300 cases": a phrase of time before the object ends the search.
    // ("of at least 140", "more than 300": words of the figure.)
    const figure = t.lower === 'of' || t.lower === 'than' || (t.lower === 'at' && /^(?:least|most)$/u.test(frame[j + 1]?.lower ?? ''));
    if (lex.prepositions.has(t.lower) && !figure) return false;
  }
  return false;
}

export function speechActSubject(frame: readonly Token[], lex: Lexicon): Mention | null {
  if (lex.language !== 'en' || !lex.speechActs) return null;
  for (let k = 1; k < frame.length; k++) {
    const v = frame[k]!;
    if (!v.word || v.cap || v.quoted || !(tokenIs(v, SPEECH_VERB, lex) || tokenIs(v, CONTENT_VERB, lex))) continue;
    // "the calls", "a report": after an article the word is a noun.
    if (lex.determiners.has(frame[k - 1]!.lower)) continue;
    const next = frame[k + 1];
    if (next?.word && (PARTICLES.has(next.lower) || !!lex.phrasalBreakers?.get(next.lower)?.has(v.lower))) continue;
    // "claimed more than a third of the seats", "claimed responsibility": an act by its object.
    if (next?.word && lex.actObjects?.get(v.lower)?.has(next.lower)) continue;
    const message = !!next?.word && (lex.complementizers.has(next.lower) || !!lex.contentSubjects?.has(next.lower));
    if ((lex.speechNeedsMessage.has(v.lower) || tokenIs(v, CONTENT_VERB, lex)) && !lex.speechActs.has(v.lower) && !message && !countedReport(frame, k, lex)) continue;
    let b = k - 1;
    // "is expected", "were urged": a passive or a progressive names no speaker as its subject.
    if (lex.progressiveAuxiliaries.has(frame[b]!.lower) || tokenIs(frame[b], PASSIVE_AUX, lex)) continue;
    // "has long expressed", "had repeatedly praised": an adverb between the auxiliary and the verb.
    if (b > 0 && frame[b]!.word && !frame[b]!.cap && (lex.verbAdverbs?.has(frame[b]!.lower) || frame[b]!.lower.endsWith('ly')) && tokenIs(frame[b - 1], AUXILIARY, lex)) b--;
    while (b >= 0 && frame[b]!.word && tokenIs(frame[b], AUXILIARY, lex)) b--;
    // "Tom Hale, vice-chair of the trust, cited …": past the apposition to the subject.
    if (frame[b]?.text === ',') {
      let c = b - 1;
      while (c >= 0 && c > b - APPOSITION_REACH && frame[c]!.text !== ',') c--;
      if (c < 0 || frame[c]!.text !== ',') continue;
      b = c - 1;
    }
    const end = b;
    // ("Brandmart and Vosco announced": names joined by "and" are one subject.)
    while (b >= 0 && (nounPhraseWord(frame[b]!, lex) || (frame[b]!.text === '.' && b > 0 && lex.titles.has(frame[b - 1]!.lower)) || (frame[b]!.lower === 'of' && b < end) || (lex.coordinators.has(frame[b]!.lower) && !!frame[b + 1]?.cap && !!frame[b - 1]?.cap))) b--;
    const s = b + 1;
    if (s > end) continue;
    // The phrase opens the sentence, or follows a comma ("On Monday, the union cited …"). After a
    // conjunction it is left alone: "…, and the union cited …" was as often a list of acts.
    const prev = frame[s - 1];
    if (prev && prev.text !== ',') continue;
    const np = frame.slice(s, end + 1);
    // "They’d", "We’ve": a contraction is a pronoun with its verb.
    if (np.some((x) => /['’]/u.test(x.text) && !/['’]s$/u.test(x.text))) continue;
    // A capital only on the sentence's first word ("Latest figures", "Heavy rain") is no name.
    // A name of one word before its verb is a name all the same ("Truss has promised a crackdown"), not a word
    // that a sentence opens with (lex.sentenceOpeners).
    // ("Early reports said …": a verb right after makes the word taken for a verb a noun, and its modifier no name.)
    const verbAfter = !!next?.word && !next.cap && (tokenIs(next, SPEECH_VERB, lex) || tokenIs(next, CONTENT_VERB, lex) || tokenIs(next, AUXILIARY, lex) || lex.copulas.has(next.lower));
    const alone = np.length === 1 && np[0]!.cap && !verbAfter && !lex.sentenceOpeners.has(np[0]!.lower) && !lex.functionWords.has(np[0]!.lower);
    const named = alone || np.some((x, n) => x.cap && s + n > 0);
    // "He highlighted the need for …": a person's pronoun is the subject; the pipeline resolves it.
    const person = np.length === 1 && lex.personPronouns.has(np[0]!.lower);
    const head = np[np.length - 1]!.lower;
    if (person) return readPhrase(frame, s, lex)?.mention ?? null;
    if (!named && !lex.roleWords.has(head) && !isInstitutionWord(head, lex) && !lex.bareGroups?.has(head)) continue;
    let r = readPhrase(frame, s, lex);
    // "Pakistan's private Aaj television reported …": the owner's possessive before the subject's own words.
    if (r && r.end <= end && /['’]s$/u.test(frame[r.end - 1]?.text ?? '')) r = readPhrase(frame, r.end, lex) ?? r;
    if (r && !r.mention.pronoun && !r.mention.document && (r.mention.name.length || r.mention.role.length || r.mention.phrase)) return r.mention;
    return null;
  }
  return null;
}
