// Speaker labels of transcripts. The conventions read here:
//   inline          "TRUMP: …", "Biden: …", "MR. SMITH: …", "Q: …"
//   alone on a line "Gavin Newsom (02:14):" or "MODERATOR:", the turn in the paragraphs after it
//   long            "RON DESANTIS (R), PRESIDENTIAL CANDIDATE: …", "JAKE TAPPER, CNN ANCHOR: …"
//   Hansard         "Q1. [903512] Jane Doe (Leeds North) (Lab): …", "The Prime Minister (Jane Roe): …"
// Every label is mapped to the fullest name the transcript's labels give that speaker: a later
// "DESANTIS:" or "Mrs Doe:" is the person of the long label with that surname, a later "The
// Prime Minister:" the person named in brackets after that role.
// A document is a transcript when at least two lines carry a strong label (upper case, with a
// timestamp or a role after a comma, or one that recurs) and the labels are not all one and the
// same recurring word; a one-off "Fazit: …" or "Update: …" in a news article makes no transcript.
import type { Lexicon } from './lexicon';
import { isRoleWord } from './phrases';
import { terminalOf, type Span } from './segment';
import { titleCase } from './speakers';
import type { Token } from './tokens';
import { tokenInfo, WORD } from './wordinfo';

export interface SpeakerLabel {
  /** The label's name part as written, without qualifiers ("TRUMP", "The Prime Minister"). */
  name: string;
  /** Name words of the fullest name the labels give this speaker, in display case. */
  speaker: string[];
  /** Role words the labels give ("Prime Minister", "Presidential Candidate"). */
  role: string[];
  /** `speaker` is a full name (two words or more) taken from the labels themselves. */
  full: boolean;
  /** "Speaker 1", "UNIDENTIFIED MALE", "Q": the label names nobody in particular. */
  anonymous: boolean;
  /** A moderator, anchor or chair ("MODERATOR", "JANE DOE, CNN ANCHOR", "Mr Speaker"), in any of their labels. */
  chair: boolean;
  /** The label stands alone on its line; the turn is in the paragraphs that follow. */
  alone: boolean;
  /** Where the spoken text starts (the paragraph end for a label alone on its line). */
  contentStart: number;
}

/** A label's head is short; past this many characters a colon belongs to prose. */
const HEAD_LIMIT = 160;

const WORD_PART = String.raw`(?:\p{Lu}[\p{L}\p{M}.'’-]*|\p{N}{1,3})`;
// Lower-case links inside names and offices: "Secretary of State for Health", "Ursula von der Leyen".
const LINK = String.raw`(?:of|the|for|and|on|de|van|von|der|den|du|da|di|la|le|al|el|bin|zu)`;
const NAME = String.raw`${WORD_PART}(?:[ \t]+(?:${WORD_PART}|${LINK})){0,7}`;
const PAREN = String.raw`[ \t]*[(\[][^()\[\]\n]{1,60}[)\]]`;
// Question number and bracketed id first ("Q1. [903512]"), then the name, its bracketed
// qualifiers (constituency, party, timestamp), an optional ", ROLE" and more qualifiers. Every
// repetition is bounded and the parts start with different characters, so matching is linear.
const HEAD = new RegExp(
  String.raw`^(?:[QT]?\d{1,3}\.[ \t]+)?(?:\[[^\[\]\n]{1,20}\][ \t]+)?(${NAME})((?:${PAREN}){0,3})` +
  String.raw`(?:[ \t]*,[ \t]*([^\p{Ll}()\[\]:\n]{2,60}?))?((?:${PAREN}){0,3})[ \t]*$`,
  'u',
);
const PAREN_INNER = /[([]([^()[\]\n]{1,60})[)\]]/gu;
const TIMESTAMP = /^\d{1,2}(?::\d{2}){1,2}$/u;
const LINK_WORDS = new Set(['of', 'the', 'for', 'and', 'on', 'de', 'van', 'von', 'der', 'den', 'du', 'da', 'di', 'la', 'le', 'al', 'el', 'bin', 'zu']);

/** Offices that run a debate or a sitting: their turns are mostly procedure. */
const CHAIRS = new Set(['moderator', 'moderators', 'anchor', 'host', 'presenter', 'chair', 'chairman', 'chairwoman', 'speaker', 'interviewer', 'moderatorin', 'moderation']);

/** Honorifics before a name that are no part of it (besides the lexicon's titles). */
const HONORIFICS = new Set(['miss', 'mx', 'lady', 'hon', 'rt', 'madam', 'madame', 'herr', 'frau', 'the']);

/** Words that make a label nobody in particular: audience, unidentified voices, numbered speakers. */
const ANONYMOUS = new Set([
  'unidentified', 'unknown', 'audience', 'crowd', 'members', 'member', 'voice', 'voices', 'male', 'female',
  'participant', 'participants', 'caller', 'several', 'multiple', 'protester', 'protesters', 'group',
]);

/** Line heads of news copy that look like labels but never name a speaker. */
const NOT_SPEAKERS = new Set([
  'update', 'updates', 'fazit', 'hinweis', 'anmerkung', 'korrektur', 'quelle', 'quellen', 'foto', 'fotos', 'bild',
  'video', 'audio', 'lesen sie auch', 'mehr zum thema', 'anzeige', 'werbung', 'stand', 'aktualisiert',
  'hintergrund', 'analyse', 'kommentar', 'meinung', 'exklusiv', 'eilmeldung', 'wichtig', 'achtung', 'tipp',
  'correction', 'corrections', 'note', "editor's note", 'editor’s note', 'source', 'sources', 'photo', 'photos',
  'image', 'watch', 'read more', 'read also', 'related', 'see also', 'advertisement', 'disclaimer', 'summary',
  'conclusion', 'background', 'analysis', 'comment', 'opinion', 'exclusive', 'breaking', 'live', 'transcript',
  'warning', 'info', 'tip', 'ps', 'p.s.', 'bottom line', 'key points', 'in brief', 'credit', 'credits',
  // AP's "mover" stories and explainers head their paragraphs so: "THE SPARK:", "THE ANALYSIS:".
  'spark', 'setup', 'outlook', 'details', 'context', 'takeaway', 'takeaways', 'why it matters', "what's next",
  'what’s next', 'big picture', 'by the numbers', 'the numbers', 'catch up quick', 'state of play',
]);

/** A label's head as NOT_SPEAKERS lists it: lower case, without a leading article ("THE BACKGROUND"). */
function plainHead(name: string): string {
  return name.toLowerCase().replace(/^the\s+/u, '');
}

interface RawLabel {
  /** Name part as written. */
  name: string;
  words: string[];
  parens: string[];
  commaRole: string | null;
  timestamp: boolean;
  alone: boolean;
  contentStart: number;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** The label colon: the first ':' of the head outside brackets and not inside a timestamp. */
function labelColon(text: string, para: Span): number {
  const limit = Math.min(para.end, para.start + HEAD_LIMIT);
  // Most paragraphs have no colon in their head: one native search (of a slice, so it stops at the
  // limit) answers them without the loop, which can return nothing but -1 without a colon.
  if (limit <= para.start || text.slice(para.start, limit).indexOf(':') < 0) return -1;
  let depth = 0;
  for (let i = para.start; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28 || c === 0x5b) depth++;
    else if ((c === 0x29 || c === 0x5d) && depth > 0) depth--;
    else if (c === 0x3a && depth === 0 && !(isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)))) return i;
    else if (c === 0x2e && depth === 0 && text.charCodeAt(i + 1) === 0x20 && i - para.start > 60) return -1; // a sentence before any colon
  }
  return -1;
}

/** What a label's head (the text before its colon) gives, read once per distinct head. */
type Head = Pick<RawLabel, 'name' | 'words' | 'parens' | 'commaRole' | 'timestamp'>;
const HEAD_MEMO_MAX = 10000;

function readHead(source: string): Head | null {
  const m = HEAD.exec(source);
  if (!m || m[1] === undefined) return null;
  const words = m[1].split(/[ \t]+/u);
  if (LINK_WORDS.has(words[words.length - 1] ?? '')) return null;
  const commaRole = m[3]?.trim() || null;
  // A role after a comma is the wire-transcript style, upper case throughout ("TAPPER, CNN ANCHOR").
  if (commaRole && /\p{Ll}/u.test(m[1])) return null;
  const parens = [...`${m[2] ?? ''} ${m[4] ?? ''}`.matchAll(PAREN_INNER)].map((p) => (p[1] ?? '').trim());
  return {
    name: m[1],
    words,
    parens: parens.filter((p) => !TIMESTAMP.test(p)),
    commaRole,
    timestamp: parens.some((p) => TIMESTAMP.test(p)),
  };
}

/** `heads` keeps the heads read so far: a transcript repeats the same few labels turn after turn. */
function readLabel(text: string, para: Span, heads: Map<string, Head | null>): RawLabel | null {
  const colon = labelColon(text, para);
  if (colon < 0) return null;
  const alone = colon + 1 === para.end;
  const after = text.charCodeAt(colon + 1);
  if (!alone && after !== 0x20 && after !== 0x09) return null;
  const source = text.slice(para.start, colon);
  let head = heads.get(source);
  if (head === undefined) {
    head = readHead(source);
    if (heads.size < HEAD_MEMO_MAX) heads.set(source, head);
  }
  if (!head) return null;
  let contentStart = colon + 1;
  while (contentStart < para.end && (text[contentStart] === ' ' || text[contentStart] === '\t')) contentStart++;
  return {
    name: head.name,
    words: head.words,
    parens: head.parens,
    commaRole: head.commaRole,
    timestamp: head.timestamp,
    alone,
    contentStart: alone ? para.end : contentStart,
  };
}

/**
 * Answers of isUpper and bare per word: a transcript asks them of the same few labels on every
 * turn. Only short strings are kept (V8 copies a string this short rather than pointing into the
 * text it was cut from), so the memo keeps no article alive.
 */
const upperMemo = new Map<string, boolean>();
const bareMemo = new Map<string, string>();
const WORD_MEMO_MAX = 10000;
const WORD_MEMO_LENGTH = 12;

function isUpper(name: string): boolean {
  let upper = upperMemo.get(name);
  if (upper === undefined) {
    upper = /\p{Lu}.*\p{Lu}/u.test(name) && !/\p{Ll}/u.test(name);
    if (name.length > WORD_MEMO_LENGTH) return upper;
    if (upperMemo.size >= WORD_MEMO_MAX) upperMemo.clear();
    upperMemo.set(name, upper);
  }
  return upper;
}

function bare(word: string): string {
  let out = bareMemo.get(word);
  if (out === undefined) {
    out = word.replace(/[.]+$/u, '').toLowerCase();
    if (word.length > WORD_MEMO_LENGTH) return out;
    if (bareMemo.size >= WORD_MEMO_MAX) bareMemo.clear();
    bareMemo.set(word, out);
  }
  return out;
}

function isHonorific(word: string, lex: Lexicon): boolean {
  const b = bare(word);
  return HONORIFICS.has(b) || lex.titles.has(b);
}

/**
 * Splits the honorifics and offices in front of a name from it: "Mrs Doe" → Doe, "SEN. JANE
 * DOE" → JANE DOE, "VICE PRESIDENT DOE" → DOE with the role VICE PRESIDENT.
 */
function splitName(words: readonly string[], lex: Lexicon): { name: string[]; role: string[] } {
  let i = 0;
  const role: string[] = [];
  while (i < words.length - 1) {
    const w = words[i] ?? '';
    if (isRoleWord(bare(w), lex)) role.push(w);
    else if (!isHonorific(w, lex)) break;
    i++;
  }
  return { name: words.slice(i), role };
}

/** "The Prime Minister", "MODERATOR", "Mr Speaker": an office rather than a name. */
function isRoleHead(raw: RawLabel, lex: Lexicon): boolean {
  const words = raw.words.filter((w) => !isHonorific(w, lex) && !LINK_WORDS.has(w));
  return words.length > 0 && (bare(raw.words[0] ?? '') === 'the' || words.every((w) => isRoleWord(bare(w), lex)));
}

/** A bracket that holds a person's name: two to four capitalised words, no digits. */
function personInParens(parens: readonly string[]): string[] | null {
  for (const p of parens) {
    const words = p.split(/\s+/u);
    if (words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}[\p{L}\p{M}.'’-]*$/u.test(w))) return words;
  }
  return null;
}

function isAnonymous(words: readonly string[]): boolean {
  if (words.length === 1 && (words[0] ?? '').length === 1) return true; // "Q:", "A:"
  return words.some((w) => /\p{N}/u.test(w) || ANONYMOUS.has(bare(w)));
}

function keyOf(words: readonly string[]): string {
  return words.map(bare).join(' ');
}

interface Who {
  person: string[];
  role: string[];
  roleKey: string | null;
  anonymous: boolean;
}

/** What one label says about its speaker, before other labels are consulted. */
function whoOf(raw: RawLabel, lex: Lexicon): Who {
  const commaRole = raw.commaRole ? raw.commaRole.split(/\s+/u) : [];
  if (isAnonymous(raw.words)) return { person: [], role: [], roleKey: null, anonymous: true };
  if (isRoleHead(raw, lex)) {
    const role = raw.words.filter((w) => bare(w) !== 'the');
    return { person: personInParens(raw.parens) ?? [], role: [...role, ...commaRole], roleKey: keyOf(role), anonymous: false };
  }
  const { name, role } = splitName(raw.words, lex);
  return { person: name, role: [...role, ...commaRole], roleKey: null, anonymous: false };
}

/**
 * Upper-case label words in the case the text writes them elsewhere ("DESANTIS" → "DeSantis"),
 * else title case. Looks at a bounded window for a bounded number of words.
 */
class Casing {
  private readonly memo = new Map<string, string>();
  private readonly window: string;

  constructor(text: string) {
    this.window = text.slice(0, 200_000);
  }

  of(word: string, shouted: boolean): string {
    if (!shouted || !isUpper(word)) return word;
    let out = this.memo.get(word);
    if (out !== undefined) return out;
    out = titleCase(word);
    if (this.memo.size < 32) {
      const escaped = word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
      const re = new RegExp(`(?<![\\p{L}\\p{M}])${escaped}(?![\\p{L}\\p{M}])`, 'giu');
      let n = 0;
      for (const m of this.window.matchAll(re)) {
        // The name as the text spells it ("DeSantis", "McCarthy"), never an everyday word that
        // looks the same in lower case ("may", "hunt", "bush").
        if (/^\p{Lu}/u.test(m[0]) && /\p{Ll}/u.test(m[0])) {
          out = m[0];
          break;
        }
        if (++n > 64) break;
      }
    }
    this.memo.set(word, out);
    return out;
  }
}

/** Maps every label to the fullest person the labels give: by office, by surname, by name. */
function resolveLabels(raws: readonly (RawLabel | null)[], lex: Lexicon, casing: Casing): (SpeakerLabel | null)[] {
  // Labels with one head share its words (see readLabel): each head is read for its speaker once.
  const memo = new Map<readonly string[], Who>();
  const whos = raws.map((r) => {
    if (!r) return null;
    let w = memo.get(r.words);
    if (!w) memo.set(r.words, (w = whoOf(r, lex)));
    return w;
  });
  const byRole = new Map<string, string[]>();
  const chairs = new Set<string>();
  const bySurname = new Map<string, string[][]>();
  for (const w of whos) {
    if (w && w.role.some((x) => CHAIRS.has(bare(x)))) chairs.add(keyOf(w.person.length ? w.person : w.role));
    if (!w || w.person.length < 2) continue;
    if (w.roleKey && !byRole.has(w.roleKey)) byRole.set(w.roleKey, w.person);
    const surname = bare(w.person[w.person.length - 1] ?? '');
    const list = bySurname.get(surname) ?? [];
    if (!list.some((p) => keyOf(p) === keyOf(w.person))) list.push(w.person);
    bySurname.set(surname, list);
  }
  return raws.map((raw, i) => {
    const w = whos[i];
    if (!raw || !w) return null;
    let person = w.person;
    if (!person.length && w.roleKey) person = byRole.get(w.roleKey) ?? [];
    else if (person.length === 1) {
      const candidates = bySurname.get(bare(person[0] ?? '')) ?? [];
      if (candidates.length === 1 && candidates[0]) person = candidates[0]; // one full name with that surname
    }
    const full = person.length >= 2;
    const shouted = isUpper(raw.name);
    const chair = chairs.has(keyOf(person.length ? person : w.role)) || w.role.some((x) => CHAIRS.has(bare(x)));
    return {
      name: raw.name,
      // Only a label in capitals is re-cased: "JD Vance" keeps its "JD".
      speaker: (w.anonymous ? anonymousName(raw) : person).map((x) => casing.of(x, shouted)),
      role: w.role.map((x) => casing.of(x, shouted)),
      full,
      anonymous: w.anonymous,
      chair: chair && !w.anonymous,
      alone: raw.alone,
      contentStart: raw.contentStart,
    };
  });
}

/** How an unknown speaker is shown: the label itself ("Speaker 1"), nothing for "Q" or "A". */
function anonymousName(raw: RawLabel): string[] {
  return raw.words.length === 1 && (raw.words[0] ?? '').length === 1 ? [] : raw.words;
}

function endsSentence(text: string, para: Span | undefined): boolean {
  return !!para && terminalOf(text, para) !== '';
}

function isStrong(l: RawLabel, count: number): boolean {
  return isUpper(l.name) || l.timestamp || l.commaRole !== null || count >= 2;
}

/** A one-off label in a transcript counts when it reads like a name and its turn like speech. */
function acceptsOneOff(text: string, l: RawLabel, para: Span | undefined): boolean {
  if (l.alone) return l.words.length <= 4;
  return l.words.length <= 3 + (l.parens.length > 0 ? 1 : 0) && endsSentence(text, para);
}

const OPENING_QUOTES = new Set(['„', '“', '"', '»', '«', '‚', '‘', "'"]);

/**
 * "Lauterbach: „Die Reform darf nicht scheitern“" above an interview is a headline quoting
 * him, not the start of his turn: the content is one quotation with no closing punctuation.
 */
function isQuoteHeadline(text: string, l: RawLabel, para: Span): boolean {
  if (l.alone || !OPENING_QUOTES.has(text[l.contentStart] ?? '')) return false;
  return terminalOf(text, { start: l.contentStart, end: para.end }) === '';
}

/** Past this length a labelled paragraph without closing punctuation is a turn left unpunctuated, not a headline. */
const KICKER_HEADLINE_MAX = 120;

/**
 * "EPL: Klopp reveals Becker's regrets after defeat", "Transfer: Chelsea agree fee for striker":
 * a section kicker before a headline, repeated down a page of news, is no speaker's turn. The
 * headline is short, several words long and has no closing punctuation.
 */
function isKickerHeadline(text: string, l: RawLabel, para: Span): boolean {
  if (l.alone || para.end - l.contentStart > KICKER_HEADLINE_MAX) return false;
  const content = { start: l.contentStart, end: para.end };
  const body = text.slice(l.contentStart, para.end).trim();
  // "We built 20,000 homes. (APPLAUSE)": a sentence ended inside it is a turn.
  return terminalOf(text, content) === '' && !/[.!?]\s/u.test(body) && body.split(/\s+/u).length >= 4;
}

/** One entry per paragraph: its speaker label, or null. */
export function speakerLabels(text: string, paragraphs: readonly Span[], lex: Lexicon): (SpeakerLabel | null)[] {
  const heads = new Map<string, Head | null>();
  const raw: (RawLabel | null)[] = paragraphs.map((p) => {
    const l = readLabel(text, p, heads);
    return l && !NOT_SPEAKERS.has(l.name.toLowerCase()) && !NOT_SPEAKERS.has(plainHead(l.name)) && !isQuoteHeadline(text, l, p) ? l : null;
  });
  // A label every one of whose paragraphs is a headline is a kicker ("EPL: …"), never a speaker;
  // a debate's turns left unpunctuated ("TRUMP: Wrong") sit among that speaker's other turns.
  const spoken = new Set<string>();
  raw.forEach((l, i) => { if (l && !isKickerHeadline(text, l, paragraphs[i]!)) spoken.add(l.name.toLowerCase()); });
  raw.forEach((l, i) => { if (l && !spoken.has(l.name.toLowerCase())) raw[i] = null; });
  const counts = new Map<string, number>();
  for (const l of raw) if (l) counts.set(l.name.toLowerCase(), (counts.get(l.name.toLowerCase()) ?? 0) + 1);
  const strong = raw.map((l) => (l && isStrong(l, counts.get(l.name.toLowerCase()) ?? 0) ? l : null));
  const strongCount = strong.filter(Boolean).length;
  // Two speakers at least, unless the labels are unmistakable (upper case, timestamps, roles).
  const formal = strong.some((l) => l && (isUpper(l.name) || l.timestamp || l.commaRole !== null));
  if (strongCount < 2 || (counts.size < 2 && !formal)) return raw.map(() => null);
  // A heading such as "Debate Transcript: Economy" has no closing punctuation; a turn does.
  const accepted = raw.map((l, i) => strong[i] ?? (l && acceptsOneOff(text, l, l.alone ? paragraphs[i + 1] : paragraphs[i]) ? l : null));
  return resolveLabels(accepted, lex, new Casing(text));
}

// Stage directions: "(APPLAUSE)", "(Laughter)", "[crosstalk 00:01:56]", "[Interruption.]",
// "(COMMERCIAL BREAK)". They are no part of what anyone said: a paragraph of nothing else is
// skipped, and inside a turn they are cut out so that no claim spans or ends with one.
const DIRECTION_WORDS = /^[\p{L}.' -]{1,40}$/u;
const HAS_TIMESTAMP = /\d{1,2}:\d{2}/u;
const MAX_DIRECTION = 60;

function closing(open: number): number {
  return open === 0x28 ? 0x29 : 0x5d;
}

/** End (exclusive) of the bracket opening at `i`, or -1 when it does not close soon. */
function bracketEnd(text: string, i: number, end: number): number {
  const close = closing(text.charCodeAt(i));
  const limit = Math.min(end, i + MAX_DIRECTION);
  for (let k = i + 1; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === close) return k + 1;
    if (c === 0x28 || c === 0x5b || c === 0x0a) return -1;
  }
  return -1;
}

function isDirectionText(inner: string): boolean {
  if (HAS_TIMESTAMP.test(inner)) return true;
  return DIRECTION_WORDS.test(inner) && inner.trim().split(/\s+/u).length <= 4;
}

/** Whether the bracket [s, e) stands where a sentence starts or ends, not inside one. */
function atSentenceEdge(text: string, s: number, e: number, span: Span): boolean {
  let b = s - 1;
  while (b >= span.start && text[b] === ' ') b--;
  let a = e;
  while (a < span.end && text[a] === ' ') a++;
  return b < span.start || a >= span.end || /[.!?…"”’)\]—–-]/u.test(text[b] ?? '');
}

/** A paragraph that is only a stage direction ("(Applause)", "[Interruption.]"). */
export function isDirection(text: string, para: Span): boolean {
  const open = text.charCodeAt(para.start);
  if (open !== 0x28 && open !== 0x5b) return false;
  return bracketEnd(text, para.start, para.end) === para.end && isDirectionText(text.slice(para.start + 1, para.end - 1));
}

/** The span cut into the pieces between stage directions, each trimmed of spaces. */
export function withoutDirections(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let from = span.start;
  // Every turn of a transcript comes here: the brackets are found by indexOf (a native scan) in
  // the span's own slice (a view, not a copy; bounded by the span), not by a loop over its characters.
  const piece = text.slice(span.start, span.end);
  let paren = piece.indexOf('(');
  let square = piece.indexOf('[');
  let i = span.start;
  for (;;) {
    if (paren >= 0 && paren + span.start < i) paren = piece.indexOf('(', i - span.start);
    if (square >= 0 && square + span.start < i) square = piece.indexOf('[', i - span.start);
    if (paren < 0 && square < 0) break;
    i = span.start + (paren < 0 ? square : square < 0 ? paren : Math.min(paren, square));
    const c = text.charCodeAt(i);
    const e = bracketEnd(text, i, span.end);
    if (e < 0) {
      i++;
      continue;
    }
    if (isDirectionText(text.slice(i + 1, e - 1)) && (c === 0x5b && HAS_TIMESTAMP.test(text.slice(i, e)) || atSentenceEdge(text, i, e, span))) {
      push(text, from, i, out);
      from = e;
    }
    i = e;
  }
  push(text, from, span.end, out);
  return out;
}

function push(text: string, start: number, end: number, out: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s] ?? '')) s++;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
  if (e > s) out.push({ start: s, end: e });
}

// Talk that runs a debate rather than making claims. Only sentences without a figure qualify:
// a vocative with a number ("Senator, you voted for it in 2019") is still a claim.
const INTERJECTIONS = new Set(['well', 'look', 'so', 'now', 'and', 'but', 'okay', 'ok', 'yes', 'no', 'oh', 'also', 'und', 'aber', 'also', 'nun', 'ja', 'nein']);
const ADDRESS_NOUNS = new Set(['friend', 'friends', 'member', 'members', 'lady', 'gentleman', 'gentlewoman']);
const CONDITIONALS = new Set(['if', 'whether']);
const { ROLE, TITLE } = WORD;

/** "Governor, thirty seconds." "Well, Jane, I'd say …": the sentence opens by addressing someone. */
function opensWithVocative(tokens: readonly Token[], lex: Lexicon, speakers: ReadonlySet<string>): boolean {
  let i = 0;
  const first = tokens[0];
  if (first && first.word && INTERJECTIONS.has(first.lower) && tokens[1]?.text === ',') i = 2;
  const head = tokens[i];
  if (!head || !head.word || !head.cap) return false;
  if ((tokenInfo(head, lex) & (ROLE | TITLE)) === 0 && !speakers.has(head.lower)) return false;
  for (let k = i + 1; k < tokens.length && k < i + 6; k++) {
    const t = tokens[k];
    if (!t) break;
    if (t.text === ',') return addressesListener(tokens, k + 1);
    if (t.text === '.') continue; // "Mr. President,"
    if (!t.word || !t.cap) return false;
  }
  return false;
}

const SECOND_PERSON = new Set(['you', "you're", 'you’re', 'your', 'yours', "you've", 'you’ve', 'sie', 'ihr', 'ihre', 'du']);
const VOCATIVE_SHORT_REST = 6;

/**
 * After "Governor," the sentence speaks to that person ("you voted …", "thirty seconds") — or
 * about them: "Biden, as vice president, voted for the war" is a claim about Biden.
 */
function addressesListener(tokens: readonly Token[], from: number): boolean {
  let words = 0;
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || !t.word) continue;
    if (SECOND_PERSON.has(t.lower) || t.lower === 'i' || t.lower === "i'd" || t.lower === 'i’d' || t.lower === "i'm" || t.lower === 'i’m') return true;
    words++;
  }
  return words <= VOCATIVE_SHORT_REST;
}

/** Parliamentary third-person address: "my hon. Friend", "the right hon. Lady". */
function hasParliamentaryAddress(tokens: readonly Token[]): boolean {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]?.lower !== 'hon') continue;
    const next = tokens[i + 1]?.text === '.' ? tokens[i + 2] : tokens[i + 1];
    if (next && ADDRESS_NOUNS.has(next.lower)) return true;
  }
  return false;
}

const HANSARD_SUBJECTS = new Set(['he', 'she', 'my', 'the']);
const BARE_CONDITIONAL_MAX_WORDS = 16;

/**
 * "If he will list his official engagements.": the Hansard question form, a short conditional
 * whose subject is the Minister addressed ("he", "she", "my right hon. Friend", "the Minister")
 * followed by "will". "If we raise the wage to $15 …" is an argument, not this.
 */
function isHansardQuestion(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.word);
  const [first, second] = words;
  if (!first || !second || !CONDITIONALS.has(first.lower) || words.length > BARE_CONDITIONAL_MAX_WORDS) return false;
  if (!HANSARD_SUBJECTS.has(second.lower)) return false;
  return words.slice(2, 7).some((t) => t.lower === 'will') && !tokens.some((t) => t.text === ',');
}

/** Whether a sentence of a transcript turn is debate procedure rather than a claim. */
export function isProcedural(tokens: readonly Token[], lex: Lexicon, speakers: ReadonlySet<string>): boolean {
  if (isHansardQuestion(tokens)) return true; // "… engagements for Wednesday 11 June." has a date, and is still the ritual
  if (tokens.some((t) => t.hasDigit)) return false; // otherwise a figure makes it a claim, however it opens
  return opensWithVocative(tokens, lex, speakers) || hasParliamentaryAddress(tokens);
}

/** A conversational opener before a courtesy ("But let's …", "And thank you …") may be skipped. */
export function isDiscourseMarker(lower: string): boolean {
  return INTERJECTIONS.has(lower);
}

/** The lower-cased name words of every labelled speaker, to recognise them when addressed. */
export function speakerWords(labels: readonly (SpeakerLabel | null)[]): Set<string> {
  const out = new Set<string>();
  for (const l of labels) if (l && !l.anonymous) for (const w of l.speaker) out.add(w.toLowerCase());
  return out;
}
