// Headlines: a paragraph without closing punctuation is a heading, the article's title, unless
// it names who said it ("Lula says he …", "…: Home minister"), when it is that speaker's claim;
// and a quotation that lost its full stop before "he said" is speech, not a heading.
import type { ClaimKind } from '../../../shared/domain';
import { accordingAttribution, frameOf, hasAttributionCue, leadingAttribution, trailingAttribution, withoutAsides } from './attribution';
import type { Lexicon } from './lexicon';
import { readPhrase, type Mention } from './phrases';
import { findQuotes, quotedLength } from './quotes';
import type { Span } from './segment';
import { markQuoted, type Token } from './tokens';
import { tokenIs, WORD } from './wordinfo';

const { CONTENT_VERB, SPEECH_VERB } = WORD;

/** A headline's passive without its auxiliary: "Residents told to leave", "Voters urged not to …". */
const HEADLINE_PASSIVE = /\b(?:told|asked|urged|warned|advised|ordered|instructed)\s+(?:not\s+)?to\b/i;

/** At most this many words credit a headline after its colon or dash ("…: Palestinian official", "… – Presidency"). */
const HEADLINE_CREDIT_MAX_WORDS = 4;

/**
 * The speaker a headline names, if any: a verb of saying with its subject in a sentence-case
 * headline ("Lula says he …", "…, central bank head says"), or a credit after a final colon or
 * dash ("… totally false – Cabinet Secretary", "There was no lack of security: Home minister"),
 * the convention of agency and South Asian headlines. A pronoun names nobody in a headline.
 */
export function headingAttribution(text: string, para: Span, heading: Token[], titled: boolean, lex: Lexicon): { mention: Mention; kind: ClaimKind } | null {
  if (!lex.headlineCredit) return null;
  // The credit: the last colon or spaced dash, a few words after it, the first a capital or a role.
  let mark = -1;
  for (let i = heading.length - 1; i > 0 && heading.length - i <= HEADLINE_CREDIT_MAX_WORDS + 1; i--) {
    const t = heading[i]!;
    if (t.text === ':' || ((t.text === '–' || t.text === '—' || t.text === '-') && text[t.start - 1] === ' ' && text[t.end] === ' ')) {
      mark = i;
      break;
    }
  }
  // "… - Credit: PA": a photo credit run into the headline names the photographer, not a speaker.
  const credited = mark > 2 && lex.creditWords.has(heading[mark - 1]?.lower ?? '');
  if (mark > 2 && !credited && heading.length - mark - 1 >= 1 && heading.slice(mark + 1).every((t) => t.word && !t.quoted)) {
    const credit = readPhrase(heading, mark + 1, lex, false);
    if (credit && !credit.mention.pronoun && !credit.mention.document && credit.end === heading.length && (credit.mention.name.length || credit.mention.role.length)) return { mention: credit.mention, kind: 'reported' };
  }
  // "Misbehaving Bankers Threaten System, BOE's Bailey Says": a title-case headline credits its speaker after its last comma.
  if (titled) return titleCaseCredit(heading, lex);
  // "People told not to travel": a headline drops the auxiliary of a passive, whose subject was told, not telling.
  if (HEADLINE_PASSIVE.test(text.slice(para.start, para.end))) return null;
  const quotes = findQuotes(text, para);
  // A headline is short: its tokens are the sentence's (marked as quoted here; nothing reads them after).
  if (quotes.length) markQuoted(heading, quotes);
  const frame = withoutAsides(quotes.length ? frameOf(heading, lex) : heading, lex);
  if (!hasAttributionCue(frame, lex)) return null;
  // "A police officer revealed details of a case, a court heard": a subject whose verb only acts gives way to the one after.
  const lead = leadingAttribution(frame, lex);
  const trail = lead && headlineSays(frame, lead, lex) ? null : trailingAttribution(frame, lex);
  const subject = lead && !trail ? lead : trail;
  const mention = subject ? (headlineSays(frame, subject, lex) ? subject : null) : accordingAttribution(frame, lex);
  if (!mention || mention.pronoun || mention.document) return null;
  // "Former minister says ‘Mr. Tusk is a sore loser’": a quotation after the speaker that ends the headline is their words.
  const quoted = quotedLength(quotes, para) >= 0.5 * (para.end - para.start) || quotes.some((q) => q.open > mention.pos && q.close >= para.end - 1);
  const kind: ClaimKind = quoted ? 'quote' : 'reported';
  return { mention, kind };
}

/**
 * The speaker a title-case headline credits after its last comma ("Misbehaving Bankers Threaten
 * System, BOE's Bailey Says", "…, Realtors Say"): in title case every word is capitalised, so no
 * subject can be told from its verb by case; the credit is read by structure instead: a comma, a
 * phrase of a few words, and a plain verb of saying in the present (lex.headSpeechVerbs) closing
 * the headline. The phrase stops before the verb, which title case would read as one more name word.
 */
function titleCaseCredit(heading: readonly Token[], lex: Lexicon): { mention: Mention; kind: ClaimKind } | null {
  const n = heading.length;
  const verb = heading[n - 1];
  if (!verb?.word || verb.quoted || !lex.titleCaseCreditVerbs?.has(verb.lower)) return null;
  let comma = n - 2;
  while (comma > 0 && heading[comma]!.word && n - 1 - comma <= HEADLINE_CREDIT_MAX_WORDS + 1) comma--;
  if (comma < 2 || heading[comma]!.text !== ',' || comma === n - 2) return null;
  const np = readPhrase(heading.slice(0, n - 1), comma + 1, lex, false);
  if (!np || np.end !== n - 1) return null;
  const m = np.mention;
  if (m.pronoun || (!m.name.length && !m.role.length && !m.document)) return null;
  return { mention: m, kind: 'reported' };
}


/** A preposition after a headline's verb of saying that opens what was said ("warns of …", "calls for …"). */
const HEADLINE_MESSAGE_LINKS = new Set(['of', 'for']);

/**
 * Whether a headline's subject says something: its first verb after the subject is a plain verb of
 * saying (lex.headSpeechVerbs: "Lula says he …") or has a clause or quotation right after it
 * ("warns that …"), or, in English, "of"/"for" with what is warned of or called for. "UEFA urges elections postponement", "WADA acknowledges IOC decision", "X warns
 * BBC over licence fee": a headline's verb with a bare object reports an act, not a claim.
 */
function headlineSays(frame: readonly Token[], subject: Mention, lex: Lexicon): boolean {
  const k = frame.findIndex((t) => t.start > subject.pos && t.word && !t.cap && (tokenIs(t, SPEECH_VERB, lex) || tokenIs(t, CONTENT_VERB, lex)));
  // "…, says Downing Street", "…, a court heard": the verb before its subject closes the headline on what was said.
  if (k < 0) return true;
  const verb = frame[k]!;
  const next = frame[k + 1];
  // "Met Office warns of power cuts", "Unions call for a pay rise": what is warned of or called for is the message (English).
  return !!lex.headSpeechVerbs?.has(verb.lower) || !next || !next.word || lex.complementizers.has(next.lower) ||
    (!!lex.speechActs && HEADLINE_MESSAGE_LINKS.has(next.lower));
}

/** At most this many words after a quotation's closing mark name its speaker ("…,” he said", "…,” Roe told reporters"). */
const TRAILING_SPEAKER_WORDS = 4;

/**
 * "“We have more missions. … Chandrayaan-2,” he said" without its full stop: a paragraph whose
 * quotation closes before a few words with a verb of saying is speech that lost its period, not a
 * heading.
 */
export function quoteThenSpeaker(text: string, para: Span, lex: Lexicon): boolean {
  const tail = text.slice(Math.max(para.start, para.end - 60), para.end);
  const close = Math.max(tail.lastIndexOf('”'), tail.lastIndexOf('"'), tail.lastIndexOf('“'));
  if (close < 0) return false;
  const words = tail.slice(close + 1).match(/\p{L}+/gu) ?? [];
  return words.length > 0 && words.length <= TRAILING_SPEAKER_WORDS && words.some((w) => lex.speechVerbs.has(w.toLowerCase()));
}

/** Lower-case words inside a title ("Director of Public Health and Wellness"). */
const TITLE_LINKS = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'at']);
/** Marks that open a quotation paragraph (a name line's quotation follows it). */
const OPENING_QUOTE = /^["“„«»‘]/u;

/**
 * A name line: a heading that is a person's name alone, with a title or a description after a
 * comma ("Dr. Ana Ruiz, Director of Public Health"), right before a paragraph that opens with a
 * quotation. Broadcasters' news pages put their interviews so: the line names who speaks in the
 * quotation under it. Returns that person, or null. `next` is the paragraph after the heading.
 */
export function nameLineSpeaker(text: string, heading: readonly Token[], next: Span | undefined, lex: Lexicon): Mention | null {
  if (!next || heading.length < 2 || heading.length > 16 || !OPENING_QUOTE.test(text.slice(next.start, next.start + 2).trimStart())) return null;
  if (heading.some((t) => t.quoted || (!t.word && t.text !== ',' && t.text !== '.' && t.text !== '&' && t.text !== '-'))) return null;
  // The name, then its title after a comma: a title-case headline ("Chief Rejects Fee Claims") has no comma there.
  const comma = heading.findIndex((t) => t.text === ',');
  if (comma < 2 || comma > 6 || comma === heading.length - 1) return null;
  const np = readPhrase(heading, 0, lex);
  if (!np || np.end <= comma) return null;
  // What the phrase left over is more of the title, in capitals or link words ("… & Wellness"): no verb.
  for (let k = np.end; k < heading.length; k++) {
    const t = heading[k]!;
    if (t.word && !t.cap && !TITLE_LINKS.has(t.lower)) return null;
  }
  const m = np.mention;
  // A person's name of two words or more; a body or a role alone is no interview's speaker line.
  return m.name.length >= 2 && !m.pronoun && !m.document && !m.plural && !m.oblique ? m : null;
}
