// The extraction pass: paragraphs → sentences → quotations → who speaks → how check-worthy.
// One forward pass keeps the running context a reader keeps (the last speaker, the people
// last named, the speaker of a transcript turn); a final pass swaps every speaker mention for
// the fullest name the article gives, which may come later in the text than the mention.
import type { ClaimKind, Language } from '../../../shared/domain';
import { speechActSubject } from './speech-act-subject';
import { relativeClauseSpeaker } from './speech-relative';
import { accordingAttribution, quotingObject, datelineEnd, forgetSubjectMisses, frameOf, hasAttributionCue, withoutAsides, speechActAuthor, contentClauseSubject, reportingClauseSubject, wordingSubject, hasSubjunctive, introSubject, relativeLeadIn, leadingAttribution, passiveAgent, reportedByForm, opensWithSpeechParticiple, sentenceSubject, trailingAttribution, viewpointHolder, wonachSource } from './attribution';
import { isBareEvaluation, isBoilerplate } from './checkworthiness';
import { sentenceFeatures } from './checkworthiness-features';
import { hasBlankLineParagraphs, isCaption, isTeaserIntro, isTimestampLine, TEASER_MAX_CHARS } from './furniture';
import { lexiconFor, type Gender, type Lexicon } from './lexicon';
import { documentNoun, isInstitutionWord, isRoleWord, namesDocument, readPhrase, type Mention } from './phrases';
import { speechFrameSubject } from './speech-frames';
import { findQuotes, quotationGoesOn, quotedLength, type QuoteSpan } from './quotes';
import { segmentParagraph, sentenceSegmenter, splitParagraphs, terminalOf, type Span } from './segment';
import { isCapitalSubhead, splitSubheads } from './subheads';
import { SpeakerRegistry, titleCase, type ResolvedSpeaker } from './speakers';
import { markQuoted, tokenize, type Token } from './tokens';
import { isDirection, isDiscourseMarker, isProcedural, speakerLabels, speakerWords, withoutDirections, type SpeakerLabel } from './transcript';
import { defaultScorer, type Checkworthiness, type Scorer } from './scorer';
import { anaphoricCompoundSource, continuesInKonjunktiv, knownSurnameOpening, reportsBackward, sourcelessRunBefore, takesSourceNamedAfter } from './discourse';
import { headingAttribution, nameLineSpeaker, quoteThenSpeaker } from './headlines';
import type { ExtractedClaim } from './types';
import { markAcronyms, markNamedMonths, tokenInfo, tokenIs, WORD, adjectiveEnding } from './wordinfo';

const { PAIR_START, SPEECH_VERB } = WORD;

interface Draft {
  start: number;
  end: number;
  kind: ClaimKind;
  mention: Mention | null;
  worth: Checkworthiness;
  /** A transcript turn whose label already names the speaker in full (or names nobody). */
  fixed: ResolvedSpeaker | null;
  /** The sentence's number in the article's running count (see runExtraction). */
  sentenceNo: number;
}

/** One sentence with its tokens; the attribution readings are computed on first use. */
class SentenceView {
  private lead?: Mention | null;
  private trail?: Mention | null;
  private accord?: Mention | null;
  private quotedObject?: Mention | null;
  /** Has a word that may cue an attribution (a verb of saying or stance, "laut", a colon). */
  readonly cue: boolean;

  constructor(
    readonly span: Span,
    readonly tokens: Token[],
    readonly frame: Token[],
    readonly quotes: QuoteSpan[],
    private readonly lex: Lexicon,
    /** German: the sentence has "zitier" in lower case, so quotingObject may find a quoted object (a native substring test spares the token scan). */
    private readonly quoting = false,
  ) {
    this.cue = hasAttributionCue(frame, lex);
  }

  get leading(): Mention | null {
    if (this.lead === undefined) this.lead = this.quoted(this.cue ? leadingAttribution(this.frame, this.lex) : null);
    return this.lead;
  }

  get trailing(): Mention | null {
    if (this.trail === undefined) this.trail = this.cue ? this.quoted(trailingAttribution(this.frame, this.lex), true) : null;
    return this.trail;
  }

  /**
   * The subject of an active "zitiert" quotes someone else: the one quoted speaks (quotingObject),
   * also after an impersonal subject ("„…“, zitierte man den Bürgermeister", read as trailing).
   */
  private quoted(m: Mention | null, trailing = false): Mention | null {
    if ((!m && !trailing) || !this.quoting) return m;
    // (Read once for both readings: most sentences have no "zitiert" and answer null.)
    if (this.quotedObject === undefined) this.quotedObject = quotingObject(this.frame, this.lex);
    return this.quotedObject ?? m;
  }

  /** Offset where the first clause ends (its comma or colon), or the sentence end. */
  get firstClauseEnd(): number {
    for (const t of this.frame) if (t.text === ',' || t.text === ':' || t.text === ';') return t.start;
    return this.span.end;
  }

  get according(): Mention | null {
    if (this.accord === undefined) this.accord = this.cue ? accordingAttribution(this.frame, this.lex) : null;
    return this.accord;
  }
}

/**
 * Whether the quotation is a short name the frame keeps as words (see frameOf): "„Ärzte ohne
 * Grenzen“ kündigte an", with no punctuation inside and a lower-case word (its verb) right
 * after it; not "„Es reicht“, sagte sie" nor "“We lost,” said Roe".
 */
function quotedName(tokens: readonly Token[], frame: readonly Token[], q: QuoteSpan): boolean {
  let kept = false;
  for (const t of frame) {
    if (t.start > q.close) {
      if (!kept || !t.word || t.cap) return false;
      break;
    }
    if (t.fromQuote && t.start > q.open) kept = true;
  }
  if (!kept) return false;
  for (const t of tokens) {
    if (t.start >= q.close) break;
    if (t.start > q.open && !t.word && t.text !== '-') return false;
  }
  return true;
}

/** Of two mentions, the one the article named later. */
function latest(a: Mention | null, b: Mention | null): Mention | null {
  return !a ? b : !b ? a : b.pos > a.pos ? b : a;
}

/** Past this length a "sentence" is not prose; only its ends are read for attribution. */
const LONG_SENTENCE = 20000;
const EDGE = 4000;
const MIN_WORDS = 3;
const HEADING_MAX = 300;

function sentenceTokens(text: string, s: Span): Token[] {
  if (s.end - s.start <= LONG_SENTENCE) return tokenize(text, s.start, s.end);
  return [...tokenize(text, s.start, s.start + EDGE), ...tokenize(text, s.end - EDGE, s.end)];
}

/** Quotations overlapping each sentence, in one sweep over both sorted lists. */
/** The quotations of a sentence that has none: one shared list, which nothing changes. */
const NO_QUOTES: QuoteSpan[] = [];

function quotesPerSentence(sentences: readonly Span[], quotes: readonly QuoteSpan[]): QuoteSpan[][] {
  const out: QuoteSpan[][] = [];
  let q = 0;
  for (const s of sentences) {
    while (q < quotes.length && (quotes[q]?.close ?? 0) < s.start) q++;
    let list = NO_QUOTES;
    for (let k = q; k < quotes.length; k++) {
      const quote = quotes[k];
      if (!quote || quote.open >= s.end) break;
      if (list === NO_QUOTES) list = [];
      list.push(quote);
    }
    out.push(list);
  }
  return out;
}

function sentenceIndexAt(sentences: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (!s) break;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function previousNonSpace(text: string, i: number, floor: number): string {
  let k = i - 1;
  while (k >= floor && /\s/u.test(text[k] ?? '')) k--;
  return k >= floor ? (text[k] ?? '') : '';
}

/** Only closing marks and sentence punctuation after position `i` up to the sentence end. */
function closesSentence(text: string, i: number, end: number): boolean {
  for (let k = i + 1; k < end && k < i + 6; k++) if (!/[\s"'“”„‘’»«›‹.!?…)]/u.test(text[k] ?? '')) return false;
  return end - i <= 6;
}

function wordCount(tokens: readonly Token[], atLeast: number): number {
  let n = 0;
  for (const t of tokens) if (t.word && ++n >= atLeast) break;
  return n;
}

/** "Thank you", "Let's …"; in a transcript also after a spoken "But" or "And" ("But let's …"). */
function opensWithCourtesy(tokens: readonly Token[], lex: Lexicon, spoken: boolean): boolean {
  let a: string | undefined;
  let skipped = !spoken;
  for (const t of tokens) {
    if (!t.word) continue;
    if (!skipped && a === undefined) {
      skipped = true;
      if (isDiscourseMarker(t.lower) && !lex.nonClaimOpeners.has(t.lower)) continue;
    }
    if (a === undefined) {
      a = t.lower;
      if (lex.nonClaimOpeners.has(a)) return true;
      if ((tokenInfo(t, lex) & PAIR_START) === 0) return false;
      continue;
    }
    return lex.nonClaimOpeners.has(`${a} ${t.lower}`);
  }
  return false;
}

/** Words of this length or more are all capitalised in an English title-case heading, verbs and adjectives too. */
const TITLE_CASE_MIN_LENGTH = 4;

/**
 * "Judge Peeved At Jackson Attorney": an English heading in title case capitalises every longer word,
 * so its capitals say nothing about names; its words are not registered as people (the body names
 * them again in sentence case). A heading in sentence case ("Senate inches toward vote") is read.
 */
function titleCaseHeading(tokens: readonly Token[], lex: Lexicon): boolean {
  if (lex.language !== 'en') return false;
  let long = 0;
  for (const t of tokens) {
    if (!t.word || t.text.length < TITLE_CASE_MIN_LENGTH || t.hasDigit) continue;
    if (!t.cap) return false;
    long++;
  }
  return long >= 3;
}

/**
 * "X sagte: „… (no closing mark)": a paragraph that introduces a quotation still open at its
 * end is speech going on, not a heading. A headline "Name: „quote“" closes its quotation.
 */
function opensQuoteAfterColon(text: string, para: Span): boolean {
  if (!/:\s*["„“«»‚‘]/u.test(text.slice(para.start, para.end))) return false;
  return findQuotes(text, para).some((q) => q.close >= para.end);
}
type Turn = { mention: Mention; fixed: ResolvedSpeaker | null };

/**
 * turnOf for a transcript's labels, each distinct label read once (tokenised and read as a
 * phrase) and copied for every turn it heads: a debate repeats a few labels hundreds of times.
 * The copies are fresh objects (the rules set a mention's antecedent, and a turn's mention goes
 * on into the drafts), made from a copy kept apart, so nothing done to one turn reaches another.
 */
class Turns {
  private readonly read = new Map<string, Turn>();

  constructor(private readonly lex: Lexicon) {}

  of(label: SpeakerLabel, pos: number): Turn {
    // Everything turnOf reads of the label besides `pos`.
    const key = `${label.full ? 1 : 0}${label.anonymous ? 1 : 0}\u0000${label.name}\u0000${label.speaker.join('\u0001')}\u0000${label.role.join('\u0001')}`;
    let kept = this.read.get(key);
    if (!kept) {
      const turn = turnOf(label, pos, this.lex);
      kept = copyTurn(turn, pos);
      this.read.set(key, kept);
      return turn;
    }
    return copyTurn(kept, pos);
  }
}

function copyTurn(turn: Turn, pos: number): Turn {
  const m = turn.mention;
  return { mention: { ...m, name: [...m.name], role: [...m.role], pos }, fixed: turn.fixed ? { ...turn.fixed } : null };
}

/** The speaker of a labelled turn as a mention, and the claimant when the label settles it. */
function turnOf(label: SpeakerLabel, pos: number, lex: Lexicon): Turn {
  const source = label.speaker.length ? label.speaker.join(' ') : label.name;
  const mention = labelMention(source, pos, lex);
  if (label.full || label.anonymous) {
    // The labels give the whole name (or nobody): no need to guess from the prose, where a
    // longer capitalised run ("I'm Jane Doe") could pass for a fuller name.
    mention.name = [...label.speaker];
    if (label.role.length) mention.role = [...label.role];
    const role = label.role.length ? lex.normalizeRole(label.role) : null;
    return { mention, fixed: { claimant: label.speaker.length ? label.speaker.join(' ') : null, role } };
  }
  if (label.role.length && !mention.role.length) mention.role = [...label.role];
  return { mention, fixed: null };
}

function labelMention(name: string, pos: number, lex: Lexicon): Mention {
  const tokens = tokenize(name, 0, name.length);
  const read = readPhrase(tokens, 0, lex, false);
  const m: Mention = read?.mention ?? {
    name: [], role: [], phrase: name, pronoun: false, definite: false, gender: null, pos, antecedent: null, document: false,
  };
  if (!m.name.length && !m.role.length) m.name = tokens.filter((t) => t.word).map((t) => t.text);
  m.name = m.name.map(titleCase); // "TRUMP:" is Trump
  m.pos = pos;
  return m;
}

/** Who a mention names, for telling two people apart. */
function nameKey(m: Mention): string {
  return (m.name.length ? m.name : m.role).join(' ').toLowerCase() || m.phrase.toLowerCase();
}

const ROLE_TAIL_LINKS = new Set(['des', 'der', 'von', 'vom', 'für', 'of', 'at', 'for']);

// Unicode-property regexes used in hot code are module constants: esbuild (tsx, electron-vite,
// the CLI build) turns a /\p{…}/u literal into `new RegExp(…)`, built again at every evaluation
// (about 250 ns each) when it stands inside a function.
const HAS_CAPITAL = /\p{Lu}/u;
/** The letters opening a text (a module constant: see HAS_CAPITAL's note on \p{…} literals). */
const LEADING_WORD = /^\p{L}+/u;

/** How many document nouns with their owners an article keeps (Context.noteDocumentOwner). */
const MAX_DOCUMENT_NOUNS = 32;

class Context {
  lastSpeaker: Mention | null = null;
  lastQuoteSpeaker: Mention | null = null;
  /** The person who opened the last sentence that was no quotation as its subject, with the number of the sentence after it. */
  subjectBefore: { mention: Mention; next: number; cue: boolean } | null = null;
  /** The sentence number right after the last reported claim with a speaker. */
  reportedBefore = -1;
  turnSpeaker: Mention | null = null;
  turnFixed: ResolvedSpeaker | null = null;
  /** The turn is a moderator's or chair's, or nobody's in particular: only check-worthy lines count. */
  turnMinor = false;
  private persons: { mention: Mention; sentence: number }[] = [];
  /** The last speaker introduced by a role without a name ("a senior official", "a spokesman for the ministry"). */
  unnamedSpeaker: Mention | null = null;
  /** The body (company, agency, group) last named or last speaking: "the company", "it" point back to it. */
  private lastBody: { mention: Mention; spoke: boolean } | null = null;
  /**
   * The last sentence subject named by capitalised words that reads as no person ("Ryanair has
   * cancelled 400 flights"): what "the budget airline said" points back to when no body word or
   * acronym names a body (English, where bodies are looked for at all).
   */
  subjectBody: Mention | null = null;
  /** The news outlet last named ("The Washington Post", "Sky News"): "the newspaper" points back to it (lex.mediaNouns). */
  private lastMedia: Mention | null = null;
  /** German: the owner last given for a document noun ("laut einem Bericht der UNO" → 'bericht' → the UNO); see ownerOfDocument. */
  private readonly documentOwners = new Map<string, Mention>();

  /** Notes the owner of a document the speaker was named with ("nach einer Studie der Stiftung …"). */
  noteDocumentOwner(m: Mention | null): void {
    // Bounded: ownerOfDocument walks the map, and a hostile text could name endless compounds.
    if (m?.documentHead && (this.documentOwners.size < MAX_DOCUMENT_NOUNS || this.documentOwners.has(m.documentHead))) this.documentOwners.set(m.documentHead, m);
  }

  /**
   * "Der Bericht stellt fest …" (German): the owner the article gave a document of that noun
   * ("laut einem Bericht des Amtes" → the Amt; "Jahresbericht" → "Bericht" too), else null: the
   * document itself speaks, never the last speaker (who may have been quoted about something else).
   */
  private ownerOfDocument(m: Mention): Mention | null {
    if (this.documentOwners.size === 0) return null;
    const head = documentNoun(m);
    const exact = this.documentOwners.get(head);
    if (exact) return exact;
    for (const [noun, owner] of this.documentOwners) if (noun.length > head.length && noun.endsWith(head)) return owner;
    return null;
  }

  constructor(private readonly registry: SpeakerRegistry, private readonly lex: Lexicon) {}

  /**
   * The person a pronoun points back to: the last one named whose gender does not contradict
   * the pronoun's. When the sentence that named them also named another who fits as well ("Merz
   * traf Scholz. Er sagte …"), the pronoun is resolved only to the one who spoke last; otherwise
   * it stays unresolved rather than guessed.
   */
  antecedent(gender: Gender, prefer: Gender = gender): Mention | null {
    // "Employees say … “…,” she said.": "he" and "she" are one person, never a group.
    // German "sie" (prefer 'f', gender open for the plural) is a woman or a group, never one man.
    const fits = (p: Mention): boolean => !(gender === 'm' && p.gender === 'f') && !(gender === 'f' && p.gender === 'm') && !(gender !== null && p.plural) &&
      !(gender === null && prefer === 'f' && p.gender === 'm' && !p.plural);
    for (let i = this.persons.length - 1; i >= 0; i--) {
      const p = this.persons[i];
      if (!p || !fits(p.mention)) continue;
      const rivals = this.persons.filter((q) => q.sentence === p.sentence && fits(q.mention) && nameKey(q.mention) !== nameKey(p.mention));
      if (rivals.length === 0) return p.mention;
      // "sie" may be plural, but of a woman and a man named together it is the woman.
      const marked = prefer ? [p, ...rivals].filter((q) => q.mention.gender === prefer) : [];
      if (marked.length === 1) return marked[0]!.mention;
      const speaker = this.lastSpeaker && !this.lastSpeaker.pronoun ? nameKey(this.lastSpeaker) : null;
      const spoke = [p, ...rivals].find((q) => speaker !== null && nameKey(q.mention) === speaker);
      // The subject of that sentence (noted first) when it also spoke; else, where the language
      // reads a pronoun as the last subject ("Jones contradicted Haley. “…,” he said."), that
      // subject; else nobody.
      if (spoke) return spoke.mention;
      return this.lex.pronounsFollowSubject ? this.firstNotedIn(p.sentence) : null;
    }
    return null;
  }

  /**
   * "Gruber traf Maier. Danach sagte dieser …": the person named last whose gender does not
   * contradict the demonstrative's, whoever was the subject (a demonstrative points past it).
   */
  private lastPersonNamed(pos: number, gender: Gender): Mention | null {
    const p = this.registry.personNamedBefore(pos, gender);
    return p ? { name: [...p.name], role: [], phrase: p.name.join(' '), pronoun: false, definite: false, gender: p.gender, pos: p.pos, antecedent: null, document: false } : null;
  }

  /**
   * The subject of the latest sentence that named a person (not a club or a rocket named like
   * one: "Ronaldo claims he was betrayed by Manchester United. … the Portuguese said").
   */
  private lastSubjectPerson(): Mention | null {
    for (let i = this.persons.length - 1; i >= 0; i--) {
      const first = this.firstNotedIn(this.persons[i]!.sentence);
      if (first && (this.registry.isPerson(first) || this.spoke(first))) return first;
      const p = this.persons[i]!.mention;
      if (this.registry.isPerson(p) || this.spoke(p)) return p;
    }
    return null;
  }

  /** The first person noted for a sentence: its speaker, or else the first it named. */
  private firstNotedIn(sentence: number): Mention | null {
    return this.persons.find((q) => q.sentence === sentence)?.mention ?? null;
  }

  /**
   * The person a bare definite role ("sagte der Präsident") points back to: the last one named,
   * unless the genders contradict. "der Präsident" after "die Fraktionschefin Britta Haßelmann"
   * is someone else, whose name the article does not give. (Roles do not decide it: "der
   * SPD-Politiker" is the Verteidigungsminister named just before.)
   */
  lastPersonFitting(m: Mention): Mention | null {
    const lastEntry = this.persons[this.persons.length - 1];
    // English reads a description as the last sentence's subject ("Ronaldo claims he was betrayed
    // by Manchester United. The Portugal forward said …"), as it reads a pronoun.
    const p = (this.lex.pronounsFollowSubject ? this.lastSubjectPerson() : null) ?? lastEntry?.mention;
    // Only a named person: "der Präsident" after an unnamed "der Verkehrsminister" is not him.
    if (!p || !p.name.length || m.plural) return null;
    // "der Chef der Behörde", "the head of the agency" say whose role it is; without a role
    // match (the registry's business) it is not simply whoever was named last.
    if (m.role.length > 1 && m.role.some((w) => ROLE_TAIL_LINKS.has(w.toLowerCase()))) return null;
    if (m.gender && p.gender && m.gender !== p.gender) return null;
    // "The GOP presidential candidate says" after "Governor Tom Hale spoke": a description of
    // its own whose role the last person is not known to hold stays as given.
    // "Wie der Bundeswahlleiter mitteilte" after "Kanzler Schröder": a role the last person is
    // known not to hold names someone else, even in one word.
    const descriptive = m.role.some((w) => this.lex.descriptiveRoleSuffixes.some((d) => w.toLowerCase().endsWith(d)));
    // "The Illinois Democrat", "the Texas Republican": a description after a state or party name
    // (capitalised words only before it) still fits whoever was named, whatever their office.
    const placed = descriptive && m.role.slice(0, -1).every((w) => /^\p{Lu}/u.test(w));
    if (((m.role.length > 1 && !placed) || !descriptive) && this.registry.holdsOtherRole(p, m.role)) return null;
    return p;
  }

  notePerson(m: Mention, sentence: number): void {
    // (The new mention's key is built once, and only when someone was noted in the same sentence.)
    let key: string | null = null;
    if (this.persons.some((p) => p.sentence === sentence && nameKey(p.mention) === (key ??= nameKey(m)))) return;
    this.persons.push({ mention: m, sentence });
    if (this.persons.length > 12) this.persons.shift();
  }

  /**
   * Notes the body a sentence names or lets speak. A body is a name with a body word or an
   * acronym in it ("Acme Corp", "CNN"), a name seen only where no person stands, or a speaker
   * named by one word the article never gives a person ("Starbucks said").
   */
  noteBodies(speaker: Mention | null, observed: readonly Mention[], sentenceNo: number): void {
    this.noteBodiesIn(speaker, observed);
    if (speaker && this.lastBody?.spoke) this.bodySpokeIn = sentenceNo;
    this.notedSentence = sentenceNo;
  }

  /** The sentence in which the last body spoke, and the last sentence noteBodies saw. */
  private bodySpokeIn = -1;
  private notedSentence = -1;

  private noteBodiesIn(speaker: Mention | null, observed: readonly Mention[]): void {
    // Bodies are looked for only where something points back at them: a body pronoun, or a body
    // noun in lower case ("the company"), which English has and German (capitalised nouns) has not.
    if (this.lex.bodyPronouns.size === 0) return;
    // "The US Centers for Disease Control and Prevention": a named body with its article.
    const named = (m: Mention): readonly string[] => (m.name.length ? m.name : m.definite && !m.role.length && HAS_CAPITAL.test(m.phrase) ? m.phrase.split(' ') : []);
    const isBody = (m: Mention): boolean => {
      if (m.role.length || m.gender) return false;
      const words = named(m); // once: it splits the phrase
      return words.length > 0 &&
        (words.some((w) => (w.length > 1 && w === w.toUpperCase() && HAS_CAPITAL.test(w)) || isInstitutionWord(w.toLowerCase(), this.lex)) || this.registry.isImpersonal(m));
    };
    for (const o of observed) if (isBody(o)) this.lastBody = { mention: o, spoke: false };
    const media = this.lex.mediaNameWords;
    if (media) {
      for (const o of observed) if (!o.role.length && !o.gender && named(o).some((w) => HAS_CAPITAL.test(w) && media.has(w.toLowerCase()))) this.lastMedia = o;
      if (speaker && !speaker.pronoun && !speaker.role.length && named(speaker).some((w) => HAS_CAPITAL.test(w) && media.has(w.toLowerCase()))) this.lastMedia = speaker;
    }
    // "“…,” the statement said. It said …": a document that spoke for its author is what "it" is next.
    if (speaker?.document && speaker.antecedent) {
      this.lastBody = { mention: speaker, spoke: true };
      return;
    }
    if (speaker && !speaker.pronoun && (isBody(speaker) || (speaker.name.length === 1 && !speaker.role.length && !this.registry.isPerson(speaker)))) {
      this.lastBody = { mention: speaker, spoke: true };
    } else if (speaker && this.lastBody && (speaker.antecedent ?? speaker) === this.lastBody.mention) this.lastBody.spoke = true;
    else if (speaker && this.lastBody) this.lastBody.spoke = false;
  }

  /**
   * "the commission said" after "the Independent Electoral Commission", "police said" after "the
   * Harbour City Police Department": the one body the article named with the phrase's head word
   * in its name (SpeakerRegistry.bodyByWord), as a mention of its own.
   */
  private bodyNamedBy(word: string, pos: number): Mention | null {
    const name = this.registry.bodyByWord(word);
    if (!name) return null;
    return { name: name.split(' '), role: [], phrase: name, pronoun: false, definite: false, gender: null, pos, antecedent: null, document: false };
  }

  /** A body the registry knows by its full name, as a mention of its own. */
  private bodyMention(name: string | undefined, pos: number): Mention | null {
    return name ? { name: name.split(' '), role: [], phrase: name, pronoun: false, definite: false, gender: null, pos, antecedent: null, document: false } : null;
  }

  /**
   * "The regulator said", "the body said", "the watchdog added" (lex.genericBodyNouns): the body
   * that spoke right before, else the one the article last named in full; never a person.
   */
  private genericBody(m: Mention): Mention | null {
    const nouns = this.lex.genericBodyNouns;
    // "the body", "the world police body", "the anti-doping watchdog": the noun after words in lower case.
    if (!nouns || !m.definite || m.name.length || m.role.length > 1 || m.plural || HAS_CAPITAL.test(m.phrase) || !nouns.has(m.phrase.slice(m.phrase.lastIndexOf(' ') + 1).toLowerCase())) return null;
    return this.lastBody?.spoke ? this.lastBody.mention : this.bodyMention(this.registry.namedBodyBefore(m.pos), m.pos);
  }

  /** "the company", "the agency": a definite phrase headed by a body word, naming no one. */
  private isBodyPhrase(m: Mention): boolean {
    // "The Brookfield Institute website" names its body itself.
    if (!m.definite || m.name.length || m.role.length || m.document || HAS_CAPITAL.test(m.phrase)) return false;
    const head = m.phrase.split(' ').pop() ?? '';
    return head !== '' && head === head.toLowerCase() && isInstitutionWord(head, this.lex);
  }

  /** Links pronouns, documents and definite roles to whoever they point back to. */
  link(m: Mention | null, language: Language): void {
    if (!m || m.antecedent) return;
    if (m.pronoun && this.lex.bodyPronouns.has(m.phrase.toLowerCase())) {
      // "It now says …" only right after the body itself spoke; otherwise "it" is anything.
      m.antecedent = this.lastBody?.spoke ? this.lastBody.mention : null;
      return;
    }
    if (m.pronoun && this.lex.groupPronouns?.has(m.phrase.toLowerCase())) {
      // "The prosecutors said … They said …": a group, or a role without a name, that spoke last.
      const last = this.lastSpeaker;
      m.antecedent = last && !last.pronoun && !last.name.length && (last.role.length > 0 || last.plural) ? last : null;
      // "…, ONS figures showed. They also found …": a body that spoke in the sentence right before
      // (British usage gives a body plural verbs and pronouns).
      if (!m.antecedent && this.lastBody?.spoke && this.bodySpokeIn === this.notedSentence && !this.lastBody.mention.document) m.antecedent = this.lastBody.mention;
      return;
    }
    // "The operator said" after "the California Grid Operator", "the regulator" after "Ofcom, the media
    // regulator": the one name the article gave with that noun, before the body that spoke last.
    // (Not when a body spoke in the sentence right before: "… the alliance accused the Greenfield Party
    // …. Its leader was stopped, the party said." is still the alliance.)
    const spokeJustBefore = !!this.lastBody?.spoke && this.bodySpokeIn === this.notedSentence;
    const described = this.lex.describedNames && !m.pronoun && !m.document && !spokeJustBefore ? this.registry.describedBy(m, m.role.length ? m.role : m.phrase.split(' ')) : undefined;
    if (described) {
      m.antecedent = this.bodyMention(described, m.pos);
      return;
    }
    const generic = this.genericBody(m);
    if (generic) {
      m.antecedent = generic;
      return;
    }
    if (this.isBodyPhrase(m)) {
      // "the newspaper says": the outlet named before, not the last body ("NASA said …"). "The
      // commission said": the body that spoke right before, else the one named with that word.
      const head = m.phrase.slice(m.phrase.lastIndexOf(' ') + 1);
      // (English: a body that spoke right before without the head word in its name gives way to the one
      // body the article named with that word: "The agency said" after the Met Office spoke is the
      // Environment Agency named before.)
      const spoke = this.lastBody?.spoke ? this.lastBody.mention : null;
      // (Not when that body spoke in the sentence right before: "… the alliance accused the Greenfield
      // Party …. Its leader was stopped, the party said." is still the alliance.)
      const byWord = spoke && this.lex.genericBodyNouns && this.bodySpokeIn !== this.notedSentence && !spoke.phrase.toLowerCase().split(' ').includes(head) ? this.bodyNamedBy(head, m.pos) : null;
      m.antecedent = this.lex.mediaNouns?.has(head) ? this.lastMedia ?? this.bodyMention(this.registry.namedBodyBefore(m.pos, true), m.pos) : byWord ?? spoke ??
        this.bodyNamedBy(head, m.pos) ?? latest(this.lastBody?.mention ?? null, this.subjectBody);
      return;
    }
    // "…, police said." after "the Harbour City Police Department": a group in lower case that a body named before has in its name.
    if (this.lex.pronounsFollowSubject && !m.definite && !m.name.length && !m.role.length && !m.pronoun && !m.document && this.lex.bareGroups?.has(m.phrase)) {
      m.antecedent = this.bodyNamedBy(m.phrase, m.pos);
      if (m.antecedent) return;
    }
    if (m.demonstrative) m.antecedent = this.lastPersonNamed(m.pos, m.gender);
    else if (m.pronoun && language === 'de' && m.gender === 'f') m.antecedent = this.antecedent(null, 'f'); // "sie" may be plural
    else if (m.pronoun) m.antecedent = this.antecedent(m.gender);
    else if (m.document) m.antecedent = language === 'de' && namesDocument(m, this.lex) ? this.ownerOfDocument(m) : this.lastSpeaker;
    else if (m.definite && m.role.length && !m.name.length) m.antecedent = this.sameUnnamed(m) ?? this.lastPersonFitting(m);
  }

  /**
   * "A Ruritanian official close to the group told AFP … Netanyahu rejected … The Ruritanian official
   * said …": a definite role with the head noun (and no other capitalised qualifier) of the last
   * speaker introduced without a name is that speaker, not the person named last.
   */
  private sameUnnamed(m: Mention): Mention | null {
    const u = this.unnamedSpeaker;
    if (!u || m.plural || m.role.length > 3) return null;
    // The head stands before a tail ("a spokesperson for the airline" … "the spokesperson said").
    const head = (r: readonly string[]): string => {
      const tail = r.findIndex((x) => ROLE_TAIL_LINKS.has(x.toLowerCase()));
      const w = (r[(tail > 0 ? tail : r.length) - 1] ?? '').toLowerCase();
      return this.lex.roleSynonyms?.get(w) ?? w;
    };
    if (head(m.role) !== head(u.role)) return null;
    const qualifiers = new Set(u.role.filter((w) => /^\p{Lu}/u.test(w)));
    return m.role.every((w) => !/^\p{Lu}/u.test(w) || qualifiers.has(w)) ? u : null;
  }

  isPerson(m: Mention): boolean {
    return this.registry.isPerson(m);
  }

  /** Surnames (last name words) of the people who spoke so far. */
  private readonly speakers = new Set<string>();

  noteSpoke(m: Mention): void {
    const last = m.name[m.name.length - 1];
    if (last && this.speakers.size < 1000) this.speakers.add(last.toLowerCase());
  }

  /** Whether a name is that of someone who spoke earlier ("Nelson" after "Nelson said …"). */
  spoke(m: Mention): boolean {
    const last = m.name[m.name.length - 1];
    return !!last && !m.role.length && this.speakers.has(last.toLowerCase()) && speakerByName(m, this.registry, this.lex);
  }
}

/**
 * "While Elder urged his supporters to be gracious, he said …": a person named as the subject of a
 * clause that opens the sentence with a subordinator is who the main clause's pronoun is (where a
 * pronoun reads as the subject, English), not someone named in an earlier sentence.
 */
/**
 * German: "Der frühere Berater Webers, Paul Linde, wandte sich an die Presse; er habe …": a personal
 * pronoun further on in a sentence whose main clause opens with a named person as its subject is
 * that person when the genders fit, before anyone named in earlier sentences (or in the genitive
 * inside the subject's own phrase).
 */
function ownSubjectBefore(frame: readonly Token[], pronoun: Mention, lex: Lexicon): Mention | null {
  if (lex.language !== 'de' || !lex.personPronouns.has(pronoun.phrase.toLowerCase()) || !frame[0] || pronoun.pos <= frame[0].start) return null;
  const subject = sentenceSubject(frame, lex);
  if (!subject || subject.pronoun || !subject.name.length || subject.plural || subject.document || subject.pos >= pronoun.pos) return null;
  return pronoun.gender && subject.gender && pronoun.gender !== subject.gender ? null : subject;
}

function subordinateSubject(frame: readonly Token[], observed: readonly Mention[], pronoun: Mention, ctx: Context, lex: Lexicon): Mention | null {
  const opener = frame[0];
  if (!lex.pronounsFollowSubject || !opener?.word || !lex.subordinators.has(opener.lower) || !lex.personPronouns.has(pronoun.phrase.toLowerCase())) return null;
  const at = frame[1]?.start;
  const o = observed.find((q) => q.pos === at);
  if (!o || !o.name.length || o.pos >= pronoun.pos || !(ctx.isPerson(o) || ctx.spoke(o))) return null;
  return pronoun.gender && o.gender && pronoun.gender !== o.gender ? null : o;
}

/** "…, then joked, “…”": the words before a quotation end in a comma after a speech verb. */
function speechVerbBeforeComma(tokens: readonly Token[], open: number, lex: Lexicon): boolean {
  let k = tokens.findIndex((t) => t.start >= open);
  if (k < 0) k = tokens.length;
  const comma = tokens[k - 1];
  if (comma?.text !== ',') return lex.language === 'en' && speechVerbRightBefore(tokens, k, lex);
  // "said of the process, “…”", "told the Fifth Committee, “…”", "said in a statement Tuesday, “…”":
  // a short adjunct or addressee may stand between the verb and the comma, but no clause.
  // "bekräftigte auch, „…“", "sagte dazu, „…“": in German only adverbs between the verb and the comma.
  let adverbs = true;
  for (let v = k - 2; v >= Math.max(0, k - 9); v--) {
    const verb = tokens[v]!;
    if (!verb.word || verb.quoted || lex.complementizers.has(verb.lower) || lex.relativePronouns.has(verb.lower)) return false;
    // "…, declaring, “…”": a speech participle right before the comma.
    if (v === k - 2 && !verb.cap && lex.speechParticiples.has(verb.lower)) return true;
    if (!verb.cap && tokenIs(verb, SPEECH_VERB, lex) && !lex.speechNeedsMessage.has(verb.lower)) {
      if (v === k - 2 || (adverbs && lex.language === 'de')) return true;
      const next = tokens[v + 1]!;
      return lex.language === 'en' && (lex.prepositions.has(next.lower) || lex.affiliationPrepositions.has(next.lower) || lex.determiners.has(next.lower) || next.cap || lex.addresseeVerbs.has(verb.lower));
    }
    adverbs &&= !verb.cap && (lex.verbAdverbs.has(verb.lower) || lex.midfieldWords.has(verb.lower)) && !lex.anaphoricObjects.has(verb.lower);
    if (!adverbs && lex.language !== 'en') return false;
  }
  return false;
}

/**
 * English with no comma: "told Blitzer “…”", "says of Pelosi “…”", "he said “…”": a verb of saying
 * (not one that characterises, "called X “…”") right before the quotation at `k`, or with only its
 * addressee's or subject's name, or "of" and a name, between.
 */
function speechVerbRightBefore(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  let v = k - 1;
  while (v > k - 4 && tokens[v]?.word && tokens[v]!.cap && !tokens[v]!.quoted) v--;
  if (v < k - 1 && tokens[v]?.lower === 'of') v--;
  const verb = tokens[v];
  if (!verb?.word || verb.cap || verb.quoted || !tokenIs(verb, SPEECH_VERB, lex) || lex.speechNeedsMessage.has(verb.lower)) return false;
  // After the verb: nothing, a name (its addressee) only after "told", or "of" and a name.
  if (v === k - 1) return !CHARACTERISING_EN.has(verb.lower);
  return lex.addresseeVerbs.has(verb.lower) || tokens[v + 1]?.lower === 'of';
}

/**
 * English capitalises a sentence's first word: "Local roads will close.", "Regional buses are late."
 * A one-word "name" opening the sentence, then a word in lower case that is no verb, then a verb
 * (an auxiliary or a verb of saying) is an adjective before its noun, not a body "the council" may
 * point back to.
 */
function capitalisedModifier(frame: readonly Token[], subject: Mention, lex: Lexicon): boolean {
  const [first, noun, verb] = frame;
  if (lex.language !== 'en' || subject.name.length !== 1 || !first || first.start !== subject.pos || !noun?.word || noun.cap || !verb?.word) return false;
  if (tokenIs(noun, SPEECH_VERB, lex) || tokenIs(noun, WORD.AUXILIARY, lex) || tokenIs(noun, WORD.CONTENT_VERB, lex) || (tokenInfo(noun, lex) & (WORD.CLOSED | WORD.FUNCTION)) !== 0) return false;
  return tokenIs(verb, WORD.AUXILIARY, lex) || tokenIs(verb, SPEECH_VERB, lex) || lex.progressiveAuxiliaries.has(verb.lower) || lex.copulas.has(verb.lower);
}

/** How many paragraphs a statement set as a block (no quotation marks) may run over. */
const BLOCK_REACH = 3;

/** A statement introduced by a paragraph closing with a colon, and set after it without quotation marks. */
interface Block {
  mention: Mention;
  /** The frame noun of the introduction ("statement", "letter"), when it names one. */
  noun: string | null;
  /** Paragraphs the block may still run over. */
  left: number;
  first: boolean;
}

/**
 * "Boeing issued the following statement:", "The FAA's statement:", "Captain Ann Roe remarked:"
 * closing its paragraph: what follows is the speaker's text, set as a block even without
 * quotation marks. The introduction must say so: a noun of a speech act (lex.speechFrame.nouns)
 * or a verb of saying right before the colon. "The plan has three parts:" introduces no one's words.
 */
function blockIntro(frame: readonly Token[], mention: Mention, lex: Lexicon): Block | null {
  const nouns = lex.speechFrame?.nouns;
  if (!nouns || mention.pronoun) return null;
  const last = frame[frame.length - 2];
  if (last?.word && tokenIs(last, SPEECH_VERB, lex)) return { mention, noun: null, left: BLOCK_REACH, first: true };
  for (const t of frame) if (t.word && nouns.has(t.lower)) return { mention, noun: t.lower, left: BLOCK_REACH, first: true };
  return null;
}

/** An acronym with a possessive or plural s ("FAA's", "FAA’s", "FAAs"). */
const ACRONYM_S = /^(\p{Lu}{2,})(?:['’]?s)$/u;
/** A name word with a possessive ("Boeing's", "Boeing’s"). */
const POSSESSIVE = /^(.+)['’]s$/u;

/**
 * The speaker of a block introduction that introSubject does not read: its owner when the
 * introduction is only a noun phrase ("The FAA's statement:", "Boeing’s full statement:"), or
 * the subject after an opening adverbial up to its comma ("In relation to the FAA action, Boeing
 * issued the following statement:", "Later that day, X issued …"). English; null otherwise.
 */
function blockSpeaker(frame: readonly Token[], lex: Lexicon): Mention | null {
  const nouns = lex.speechFrame?.nouns;
  if (!nouns || lex.language !== 'en') return null;
  // A noun phrase alone: [the] Owner's [adjectives] noun ":".
  let k = frame[0]?.word && lex.determiners.has(frame[0].lower) ? 1 : 0;
  const owner = frame[k];
  const nounAt = frame.length - 2;
  if (owner?.word && owner.cap && nounAt > k && nouns.has(frame[nounAt]!.lower) && frame.slice(k + 1, nounAt).every((t) => t.word && !t.cap)) {
    const m = ACRONYM_S.exec(owner.text) ?? POSSESSIVE.exec(owner.text);
    if (m) return { name: [m[1]!], role: [], phrase: m[1]!, pronoun: false, definite: false, gender: null, pos: owner.start, antecedent: null, document: false };
    return null;
  }
  // An opening adverbial up to its comma, then the subject and its verb.
  const opener = frame[0]?.word ? frame[0].lower : '';
  if (!lex.prepositions.has(opener) && !lex.timeAdjunctWords?.has(opener) && !lex.verbAdverbs.has(opener)) return null;
  k = frame.findIndex((t) => t.text === ',');
  if (k < 0 || k > BLOCK_OPENER_REACH) return null;
  return introSubject(frame.slice(k + 1), lex);
}

/** How far (in tokens) an opening adverbial before a block introduction's subject may run. */
const BLOCK_OPENER_REACH = 12;

/**
 * Whether a paragraph without quotation marks goes on a block statement (blockIntro). The first
 * paragraph after the introduction always does, and so does one opening with an ellipsis; a
 * later one only when nothing in it turns back to the article's voice: no common verb of saying
 * (lex.headSpeechVerbs: "Roe said …"), no mention of the statement itself ("The statement came
 * after …"), no colon introducing something else.
 */
function blockGoesOn(text: string, para: Span, block: Block, lex: Lexicon): boolean {
  if (hasMarkIn(text, para)) return false;
  // "… Boeing makes this recommendation": a paragraph opening with an ellipsis is the text going on.
  if (block.first || text.startsWith('…', para.start) || text.startsWith('...', para.start)) return true;
  if (text[para.end - 1] === ':') return false;
  for (const t of tokenize(text, para.start, para.end)) if (t.word && (lex.headSpeechVerbs?.has(t.lower) || t.lower === block.noun)) return false;
  return true;
}

/** Whether a paragraph has a quotation mark: a double one, or a single one that only opens (’ is an apostrophe too). */
function hasMarkIn(text: string, para: Span): boolean {
  for (let i = para.start; i < para.end; i++) if (BLOCK_MARKS.has(text[i]!)) return true;
  return false;
}
const BLOCK_MARKS = new Set(['"', '“', '”', '„', '«', '»', '‘']);

const CLOSING_MARKS = new Set(['"', '”', '“', '»', '«', '’']);

/**
 * Carries a quotation run over paragraphs: "“It has not sunk in yet. … / “I am not saying …,”
 * Sam Allardyce said." The drafts of the first paragraph had only the last speaker to go by;
 * when the paragraph that closes the run names its speaker, they take that speaker. Returns the
 * drafts still waiting (empty when no run is open at the end of this paragraph).
 */
function quoteRun(text: string, para: Span, quotes: readonly QuoteSpan[], drafts: Draft[], from: number, run: Draft[], carried: ReadonlySet<Draft>): Draft[] {
  const here = drafts.slice(from);
  const first = text.slice(para.start, para.end).trimStart()[0] ?? '';
  // A paragraph inside the run that lost its opening mark (quotationGoesOn), or that closes the
  // run with a mark that opens nothing, goes on the run as one opening with a mark does.
  const opensWithMark = OPENING_MARKS.has(first) || (run.length > 0 && quotes[0]?.open === para.start);
  const unclosed = unclosedAtEnd(text, para, quotes);
  const waiting = here.filter((d) => carried.has(d));
  const named = here.filter((d) => d.kind === 'quote' && !carried.has(d));
  if (run.length > 0 && opensWithMark) {
    const joined = [...run, ...waiting];
    if (unclosed) return joined;
    const speaker = named[named.length - 1]?.mention;
    if (speaker) for (const d of joined) d.mention = speaker;
    return [];
  }
  return unclosed && opensWithMark && named.length === 0 ? waiting : [];
}

const OPENING_MARKS = new Set(['"', '“', '„', '«', '»', '‘']);

/** Whether a paragraph's last quotation runs to its end with no closing mark (it goes on in the next). */
function unclosedAtEnd(text: string, para: Span, quotes: readonly QuoteSpan[]): boolean {
  const last = quotes[quotes.length - 1];
  return !!last && last.close >= para.end - 1 && !CLOSING_MARKS.has(text[last.close] ?? '');
}

/** English verbs whose quotation names something ("called it “a hoax”", "described as “…”"): no direct speech. */
const CHARACTERISING_EN: ReadonlySet<string> = new Set(['called', 'calls', 'call', 'described', 'describes', 'describe', 'dubbed', 'labelled', 'labeled', 'termed']);

/** A speaker named by a name that reads as a person's: no acronym ("CNN"), no body word ("Office"), never seen as a place. */
function speakerByName(m: Mention, registry: SpeakerRegistry, lex: Lexicon): boolean {
  if (!m.name.length || m.document || registry.isImpersonal(m)) return false;
  return !m.name.some((w) => (w.length > 1 && w === w.toUpperCase()) || isInstitutionWord(w.toLowerCase(), lex));
}

/** A letter or a digit; a lower-case letter (module constants: see HAS_CAPITAL's note on \p{…} literals). */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LOWER_CASE_LETTER = /\p{Ll}/u;

/** What the reading of one sentence settled: its kind, who speaks, and where a lead-in ends. */
class Reading {
  kind: ClaimKind = 'statement';
  /** The speaker the quotation's own sentences give (null: the speaker was carried over). */
  quoteOwn: Mention | null = null;
  mention: Mention | null = null;
  fixed: ResolvedSpeaker | null = null;
  /** Where a reported lead-in before a colon ends ("Er glaubt, dass … sei: „…“"), when it is a claim of its own. */
  introEnd = -1;
  /** "Das hat X gesagt.": a speaker read only as the source of the sentence before (discourse.ts). */
  compoundSource: Mention | null = null;
}

/**
 * One run of the extraction over a text: the running context (speaker, named people, pending
 * introduction, quotation runs) as fields, and the paragraph, the sentence and its readings as
 * small methods (one long loop was deoptimised and re-optimised by V8 several times a run).
 */
class Extraction {
  private readonly lex: Lexicon;
  private readonly segmenter: Intl.Segmenter;
  private readonly registry: SpeakerRegistry;
  private readonly ctx: Context;
  private readonly paragraphs: Span[];
  private readonly labels: (SpeakerLabel | null)[];
  private readonly transcript: boolean;
  private readonly speakers: Set<string>;
  private readonly drafts: Draft[] = [];
  private pendingIntro: Mention | null = null;
  private sentenceNo = 0;
  private afterTeaserIntro = false;
  private readonly blankLineParagraphs: boolean;
  private readonly isKnown: (lower: string) => boolean;
  // A quotation that runs over paragraphs (each opening with a mark, only the last closing) and
  // names its speaker only at its end: the drafts whose speaker was merely carried over wait for it.
  private waiting: Draft[] = [];
  private readonly carried = new Set<Draft>();
  // The paragraph before ended inside a quotation (its last one has no closing mark).
  private openAtEnd = false;
  // "Boeing issued the following statement:" closing its paragraph: the paragraphs after it, set
  // without quotation marks, are the statement's words (blockIntro below).
  private block: Block | null = null;
  private readonly turns: Turns;
  // A person the article has named (for discourse.ts strategies that read a lone surname).
  private readonly known: (m: Mention) => boolean;
  // The speaker of the article's first sentence of prose (its lede), and whether that sentence was read.
  private ledeMention: Mention | null = null;
  private ledeRead = false;
  private ledeEnd = 0;

  constructor(private readonly text: string, private readonly language: Language, private readonly scorer: Scorer) {
    const lex = lexiconFor(language);
    this.lex = lex;
    this.segmenter = sentenceSegmenter(language);
    const registry = new SpeakerRegistry(lex);
    this.registry = registry;
    const ctx = new Context(registry, lex);
    this.ctx = ctx;
    this.paragraphs = splitParagraphs(text);
    this.labels = speakerLabels(text, this.paragraphs, lex);
    this.transcript = this.labels.some((l) => l !== null);
    this.speakers = speakerWords(this.labels);
    this.blankLineParagraphs = hasBlankLineParagraphs(text);
    this.isKnown = (lower: string): boolean => registry.known(lower);
    this.turns = new Turns(lex);
    this.known = (m: Mention): boolean => ctx.isPerson(m) || ctx.spoke(m);
  }

  run(): ExtractedClaim[] {
    for (let p = 0; p < this.paragraphs.length; p++) {
      const para = this.paragraphs[p];
      if (para) this.paragraph(para, p);
    }
    forgetSubjectMisses();
    const { text, registry } = this;
    const lede = this.identifiedLater();
    return this.drafts.map((d) => {
      const who = d.kind === 'statement' ? { claimant: null, role: null } : d.fixed ?? (lede && d.mention && (d.mention === lede.mention || d.mention.antecedent === lede.mention) ? lede.who : registry.resolve(d.mention));
      return {
        start: d.start,
        end: d.end,
        text: text.slice(d.start, d.end),
        claimant: who.claimant,
        claimantRole: who.role,
        kind: d.kind,
        checkworthiness: d.worth.score,
        reasons: d.worth.reasons,
        type: d.worth.type,
      };
    });
  }

  /**
   * Discourse strategy "identified later": a news lede often gives its speaker by a description
   * alone ("A top health official said Monday …", "…, the country's environment minister said.")
   * and names that person in the sentences after it. When the lede's speaker is one person
   * described by a role that nothing in the article resolves, the first person the article names
   * in full after the lede, within the next few sentences (lex.ledeReach characters), is that
   * speaker. Only a definite description ("the transport secretary", "Madagascar's frontrunner"):
   * "a Hamas official" may stay anonymous. Returns the lede's mention with who it is, or null.
   */
  private identifiedLater(): { mention: Mention; who: ResolvedSpeaker } | null {
    const m = this.ledeMention;
    const reach = this.lex.ledeReach;
    // "A Hamas official", "a Downing Street source": an indefinite description may stay anonymous; a definite one is an office someone holds.
    if (!m || !reach || m.name.length || m.pronoun || m.document || m.plural || m.oblique) return null;
    const body = this.ledeBodyNamedLater(m, reach);
    if (body) return { mention: m, who: { claimant: body, role: null } };
    if (m.indefinite) return null;
    // A role ("the transport secretary"), or a phrase a role word heads ("the country's farm minister").
    const head = m.phrase.slice(m.phrase.lastIndexOf(' ') + 1).toLowerCase();
    if (!m.role.length && !isRoleWord(head, this.lex)) return null;
    // Only a description nothing in the article resolved: it stays as written.
    const resolved = this.registry.resolve(m);
    if (resolved.claimant !== resolved.role && resolved.claimant !== m.phrase) return null;
    // After the lede: a person the lede itself names ("… a bid led by Elon Musk") is someone else.
    const who = this.registry.personNamedAfter(this.ledeEnd, this.ledeEnd + reach, m.role.length ? m.role : m.phrase.split(' '));
    return who ? { mention: m, who } : null;
  }

  /**
   * "A public spending watchdog has warned …" then "The Harbour Audit Office said …": a body the
   * lede only describes (in lower case, headed by a noun of lex.genericBodyNouns, with or without
   * an article) is the first body the article names in full in the next few sentences.
   */
  private ledeBodyNamedLater(m: Mention, reach: number): string | undefined {
    const nouns = this.lex.genericBodyNouns;
    if (!nouns || m.role.length || HAS_CAPITAL.test(m.phrase) || !nouns.has(m.phrase.slice(m.phrase.lastIndexOf(' ') + 1).toLowerCase())) return undefined;
    // Only a description nothing in the article resolved: "the regulator" after the body was named is that body.
    const resolved = this.registry.resolve(m);
    if (resolved.claimant !== m.phrase) return undefined;
    return this.registry.namedBodyAfter(this.ledeEnd, this.ledeEnd + reach);
  }

  private paragraph(para: Span, p: number): void {
    const { text, lex, ctx, registry, paragraphs, transcript } = this;
    const label = this.labels[p] ?? null;
    const content: Span = label ? { start: label.contentStart, end: para.end } : para;
    if (label) {
      const turn = this.turns.of(label, para.start);
      ctx.turnSpeaker = turn.mention;
      ctx.turnFixed = turn.fixed;
      ctx.turnMinor = label.chair || label.anonymous;
      if (!label.anonymous) registry.add(turn.mention.name, turn.mention.role.length ? turn.mention.role : null, turn.mention.gender, true, para.start);
      if (label.alone) return; // the turn is in the paragraphs that follow
    }
    // Stage directions belong to nobody; the turn goes on after them.
    if (transcript && isDirection(text, para)) return;
    // Shouted boilerplate before the first turn ("THIS IS A RUSH TRANSCRIPT.") says nothing.
    if (transcript && !ctx.turnSpeaker && !LOWER_CASE_LETTER.test(text.slice(para.start, para.end))) return;
    const inTurn = transcript && ctx.turnSpeaker !== null;
    const lastChar = text[para.end - 1] ?? '';
    // Furniture lines (time stamps, teasers) are passed over one by one; the text beside them stays.
    const teaser = this.afterTeaserIntro && para.end - para.start <= TEASER_MAX_CHARS;
    this.afterTeaserIntro = false;
    if (!label && (teaser || isTimestampLine(text, para, lex))) return;
    if (!label && isTeaserIntro(text, para, lex)) {
      this.afterTeaserIntro = true;
      return;
    }
    if (!label && isCaption(text, para, paragraphs[p + 1], lex, this.blankLineParagraphs)) {
      // A photo caption describes the picture; the credit line under it ("Foto: dpa") gives it away.
      registry.observe(tokenize(text, para.start, Math.min(para.end, para.start + 300)));
      return;
    }
    if (!label && !terminalOf(text, para) && lastChar !== ':' && para.end - para.start < HEADING_MAX && !opensQuoteAfterColon(text, para) && !quoteThenSpeaker(text, para, lex)) {
      if (this.heading(para, p, inTurn)) return;
    }
    // In a transcript no sentence runs across a stage direction: each piece is read on its own.
    const pieces = transcript ? withoutDirections(text, content) : [content];
    // (One piece, nearly always: no flatMap, whose generic copying cost more than the call.)
    // A subhead in capitals run into the prose is a sentence of its own (subheads.ts).
    const sentences = splitSubheads(text, pieces.length === 1 ? segmentParagraph(text, pieces[0]!, this.segmenter, lex) : pieces.flatMap((piece) => segmentParagraph(text, piece, this.segmenter, lex)));
    if (!label && sentences.length === 1 && terminalOf(text, para) === '?') return; // question heading
    let quotes = pieces.length === 1 ? findQuotes(text, pieces[0]!) : pieces.flatMap((piece) => findQuotes(text, piece));
    // A paragraph with no mark inside a quotation that a later paragraph closes: all of it is quoted.
    if (!label && quotes.length === 0 && quotationGoesOn(text, paragraphs, p, this.openAtEnd)) quotes = [{ open: content.start, close: content.end }];
    // A statement set as a block after its introduction ("The FAA's statement:"): all of it is quoted.
    const block = this.block;
    this.block = null;
    const inBlock = !label && !!block && quotes.length === 0 && blockGoesOn(text, para, block, lex);
    if (inBlock) {
      quotes = [{ open: content.start, close: content.end }];
      this.pendingIntro = block.mention;
    }
    this.openAtEnd = !label && !inBlock && unclosedAtEnd(text, content, quotes);
    const views = this.views(sentences, quotes);

    const paraDrafts = this.drafts.length;
    for (let i = 0; i < views.length; i++) {
      const v = views[i];
      if (v) this.sentence(v, i, views, sentences, inTurn);
    }
    if (!label) this.waiting = quoteRun(text, para, quotes, this.drafts, paraDrafts, this.waiting, this.carried);
    // The block goes on into the next paragraph unless this one introduced something else.
    if (inBlock && block.left > 1 && text[para.end - 1] !== ':') this.block = { ...block, left: block.left - 1, first: false };
  }

  /**
   * A heading (no closing punctuation). Still learn the names in it; headings are short, and a
   * long paragraph that merely ends without a period (text pasted without line breaks, a heading
   * run into the prose) is prose. Returns whether the paragraph is done with (false: a heading
   * inside a transcript turn, read on as the turn's sentences).
   */
  private heading(para: Span, p: number, inTurn: boolean): boolean {
    const { text, lex, ctx, registry } = this;
    const heading = tokenize(text, para.start, para.end);
    const titled = titleCaseHeading(heading, lex);
    if (!titled) registry.observe(heading);
    // "Dr. Ana Ruiz, Director of Public Health" over a quotation paragraph: she speaks in it.
    const nameLine = !inTurn && lex.headlineCredit ? nameLineSpeaker(text, heading, this.paragraphs[p + 1], lex) : null;
    if (nameLine) {
      if (titled) registry.observe(heading);
      ctx.link(nameLine, this.language);
      this.pendingIntro = nameLine;
      return true;
    }
    if (inTurn) return false;
    // "Lula says he will not back down", "Rail strikes will punish millions: transport secretary":
    // a headline that names who said it is their claim; one that names nobody is the article's title.
    const said = headingAttribution(text, para, heading, titled, lex);
    if (said) {
      ctx.link(said.mention, this.language);
      this.drafts.push({ start: para.start, end: para.end, kind: said.kind, mention: said.mention, worth: this.scorer.score(sentenceFeatures(heading, lex, this.isKnown), this.language), fixed: null, sentenceNo: this.sentenceNo });
      this.sentenceNo++;
    }
    return true;
  }

  /** The paragraph's sentences with their tokens, quotations and frames. */
  private views(sentences: readonly Span[], quotes: readonly QuoteSpan[]): SentenceView[] {
    const { text, lex } = this;
    const perSentence = quotesPerSentence(sentences, quotes);
    const views: SentenceView[] = [];
    for (let i = 0; i < sentences.length; i++) {
      const span = sentences[i]!;
      const tokens = sentenceTokens(text, span);
      markNamedMonths(tokens, lex);
      markAcronyms(tokens, lex);
      const qs = perSentence[i] ?? NO_QUOTES;
      if (qs.length) markQuoted(tokens, qs);
      const quoting = lex.language === 'de' && text.slice(span.start, span.end).includes('zitier');
      views.push(new SentenceView(span, tokens, withoutAsides(qs.length ? frameOf(tokens, lex) : tokens, lex), qs, lex, quoting));
    }
    return views;
  }

  /** Reads one sentence: who speaks in it, what the context learns from it, and its claim. */
  private sentence(v: SentenceView, i: number, views: readonly SentenceView[], sentences: readonly Span[], inTurn: boolean): void {
    const { text, lex, ctx, registry } = this;
    const s = v.span;
    // A subhead in capitals ("PRESIDENTIAL HOPEFULS SPEAK OUT") is nobody's claim and names no speaker.
    if (isCapitalSubhead(text, s)) return;
    // "ISLAMABAD (Dunya News) – …": the agency of a dateline is nobody a later "he" points back to.
    const dateline = datelineEnd(v.frame);
    // (Without a dateline, nearly always, the registry's fresh list as it is: no copy.)
    const seen = registry.observe(v.tokens);
    const observed = dateline === 0 ? seen : seen.filter((o) => o.pos >= v.frame[dateline]!.start);
    const terminal = terminalOf(text, s);
    const endsWithColon = text[s.end - 1] === ':';
    if (endsWithColon) {
      // "Trump schrieb:" introduces the quotation in the next paragraph; it is no claim itself.
      this.pendingIntro = v.leading ?? v.trailing ?? introSubject(v.frame, lex) ?? knownSurnameOpening(v.frame, lex, this.known) ?? wordingSubject(v.frame, lex);
      ctx.link(this.pendingIntro, this.language);
      if (i === views.length - 1) {
        // "In relation to the FAA action, Boeing issued the following statement:", "The FAA's statement:".
        const speaker = this.pendingIntro ?? blockSpeaker(v.frame, lex);
        this.block = speaker ? blockIntro(v.frame, speaker, lex) : null;
        if (speaker && !this.pendingIntro && this.block) {
          this.pendingIntro = speaker;
          ctx.link(speaker, this.language);
        }
      }
      return;
    }
    const r = new Reading();
    if (inTurn) {
      r.kind = 'quote';
      r.mention = ctx.turnSpeaker;
      r.fixed = ctx.turnFixed;
    } else this.read(v, i, views, sentences, r);
    this.remember(v, i, r, observed);
    if (terminal === '?' || terminal === '？' || terminal === '؟') return; // questions claim nothing
    this.claim(v, r, inTurn);
  }

  /** Who speaks in a sentence outside a transcript turn, and whether it quotes or reports. */
  private read(v: SentenceView, i: number, views: readonly SentenceView[], sentences: readonly Span[], r: Reading): void {
    const { text, lex } = this;
    const s = v.span;
    const length = s.end - s.start;
    const covered = quotedLength(v.quotes, s);
    // Starting inside a quotation that opened in an earlier sentence, or opening with one that
    // carries an attribution, makes the sentence direct speech however short the quote.
    // ("„Ärzte ohne Grenzen“ kündigte an, …": a short quoted name the frame keeps is the subject, no quotation.)
    const startsInQuote = v.quotes.length > 0 && v.quotes.some((q) => q.open <= s.start + 1 && q.close > s.start && !quotedName(v.tokens, v.frame, q) &&
      (q.open < s.start || quotedLength([q], s) >= 0.3 * (s.end - s.start) || v.trailing !== null ||
        // "“…,” he told reporters, noting that …": its speaker right after the quotation, then more.
        (lex.language === 'en' && v.leading !== null && v.leading.pos >= q.close && v.leading.pos - q.close <= 4)));
    // "he said: “…”" and "then joked, “…”": a quotation introduced by its speech verb that closes the sentence.
    const colonIntro = v.quotes.length > 0 && v.quotes.some((q) => q.open > s.start && (q.close >= s.end - 1 || closesSentence(text, q.close, s.end)) &&
      (previousNonSpace(text, q.open, s.start) === ':' || speechVerbBeforeComma(v.tokens, q.open, lex)));
    // A quotation that goes on from a word of the frame ("said that “…”", "sagte, er sei „…“")
    // is words quoted inside reported speech, however long: only a quotation set off by
    // punctuation (or opening the sentence) is direct speech.
    const embedded = v.quotes.length > 0 && v.quotes.every((q) => q.open > s.start && LETTER_OR_DIGIT.test(previousNonSpace(text, q.open, s.start)));
    const isQuote = (covered >= 0.5 * length && !embedded) || startsInQuote || colonIntro;
    if (isQuote) this.readQuote(v, i, views, sentences, colonIntro, r);
    else this.readReported(v, r);
  }

  /** A sentence of direct speech: its speaker, from its own sentences, the context or the lead-in. */
  private readQuote(v: SentenceView, i: number, views: readonly SentenceView[], sentences: readonly Span[], colonIntro: boolean, r: Reading): void {
    const { text, lex, ctx, sentenceNo } = this;
    const s = v.span;
    r.kind = 'quote';
    if (colonIntro && lex.language === 'de') r.introEnd = reportedLeadIn(text, v, lex);
    const main = v.quotes.reduce<QuoteSpan | undefined>((a, b) => (!a || quotedLength([b], s) > quotedLength([a], s) ? b : a), undefined);
    const closeView = main ? views[sentenceIndexAt(sentences, main.close)] : undefined;
    const openView = main ? views[sentenceIndexAt(sentences, main.open)] : undefined;
    r.quoteOwn = (closeView && closeView !== v ? closeView.trailing ?? closeView.leading : null) ??
      (openView && openView !== v ? openView.leading : null) ?? v.leading ?? v.trailing ?? v.according;
    r.mention = (closeView && closeView !== v ? closeView.trailing ?? closeView.leading : null) ??
      (openView && openView !== v ? openView.leading : null) ??
      v.leading ?? v.trailing ?? v.according ??
      // "Speaking at a lunch, X … said: “…”": the subject of a speech frame (speech-frames.ts).
      (lex.speechFrame ? speechFrameSubject(v.frame, lex) : null) ??
      (i === 0 || lex.language === 'de' ? this.pendingIntro : null) ??
      (colonIntro ? introSubject(v.frame, lex) ?? knownSurnameOpening(v.frame, lex, this.known) ?? wordingSubject(v.frame, lex) : null) ??
      // "…, die Kanzler X zum Ziel erklärt hatte: „…“ und „…“": a lead-in closed by a relative clause of saying (also before two quotations).
      relativeLeadIn(v.frame, lex) ??
      // "Roe said the bill went too far. / “It is a disgrace …”": a quotation right after
      // reported speech goes on in that speaker's voice, not in the last one quoted.
      (ctx.reportedBefore === sentenceNo ? ctx.lastSpeaker : null) ??
      // "Sadiq Khan verurteilte die Haltung der Regierung. „…“": a quotation opening right
      // after a sentence whose subject is a person is that person's.
      (ctx.subjectBefore?.next === sentenceNo && main && main.open >= s.start ? ctx.subjectBefore.mention : null) ??
      ctx.lastQuoteSpeaker ?? ctx.lastSpeaker;
  }

  /** A sentence that is no direct speech: reported with its source, or a statement. */
  private readReported(v: SentenceView, r: Reading): void {
    const { lex, ctx, sentenceNo } = this;
    // A source named before the first comma ("Nach Angaben von X …", "Laut Y …") frames the
    // whole sentence; one further on competes only when no speech verb has a subject.
    const according = v.according;
    const early = according !== null && according.pos < v.firstClauseEnd;
    // "Analysts expected …, according to First Harbor": a named source over unnamed speakers.
    const lead = v.leading;
    const unnamedLead = !!lead && !lead.name.length && !lead.definite && !lead.pronoun && !lead.document;
    const namedSource = according !== null && according.name.length > 0;
    // "Für X ist die Lage „ernst“": a viewpoint whose message is quoted words is X's quotation.
    let viewpoint: Mention | null = null;
    // "Das Amt wies Meldungen der Zeitung X zurück, wonach …": what "wonach" gives is the document's.
    let mention = (lex.language === 'de' ? wonachSource(v.frame, lex) : null) ??
      (early || (unnamedLead && namedSource) ? according : null) ?? lead ?? v.trailing ?? according ??
      (lex.language === 'de' ? contentClauseSubject(v.frame, lex) ?? speechActAuthor(v.frame, lex) ?? passiveAgent(v.frame, lex) ?? (viewpoint = viewpointHolder(v.frame, lex)) : null) ??
      // "The council announced the closure of the depot": the subject of a speech act, as a last resort (speech-act-subject.ts).
      (v.cue && !(lex.speechFrame && speechFrameSubject(v.frame, lex)) ? speechActSubject(v.frame, lex) ?? relativeClauseSpeaker(v.frame, lex) : null) ??
      // "… Ofgem analysis suggests that …. Also stating that …": a subjectless participle goes on in the voice of reported speech right before.
      (ctx.reportedBefore === sentenceNo && opensWithSpeechParticiple(v.frame, lex) ? ctx.lastSpeaker : null);
    // "In a statement, X commended Y" (speech-frames.ts): the main clause's subject, over a
    // reading found inside the opener ("In a letter to the chief, Ann Roe, members of …").
    const framed = lex.speechFrame ? speechFrameSubject(v.frame, lex) : null;
    if (framed && (!mention || mention.pos < framed.pos)) mention = framed;
    // "Das musste X einräumen.": X is the source of the sentence before; this one, with no content of its own, stays a statement.
    if (!mention) r.compoundSource = anaphoricCompoundSource(v.frame, lex);
    // Only a speaker's verb quotes its words: after "nach Angaben von X" the marks are the article's.
    if (mention) r.kind = (mention === viewpoint && v.quotes.length > 0) || (mention !== according && lex.characterisingWords && characterisingQuote(v, lex)) ? 'quote' : 'reported';
    else if ((hasSubjunctive(v.frame, lex, true) || continuesInKonjunktiv(v.frame, lex, ctx.reportedBefore === sentenceNo)) && ctx.lastSpeaker) {
      r.kind = 'reported';
      // "Anna Berg widersprach. Die Planung sei mangelhaft.": the Konjunktiv goes on in the
      // voice of the subject right before it, not of the last one heard.
      // A clause of its own before the Konjunktiv names who speaks: a new subject breaks the run
      // ("Die Verbände hatten Einspruch erhoben, weil die Stadt … habe", "Die Anwohner beabsichtigten, …").
      mention = reportingClauseSubject(v.frame, lex) ??
        (ctx.subjectBefore?.next === sentenceNo && ctx.subjectBefore.cue ? ctx.subjectBefore.mention : null) ?? ctx.lastSpeaker;
    }
    // Speech with its source left open ("Ihm wird vorgeworfen, …"): reported, by nobody named;
    // a quoted name after a verb of naming ("wurde als „…“ bezeichnet") is quoted all the same.
    else if (reportedByForm(v.frame, lex)) {
      r.kind = lex.characterisingWords && characterisingQuote(v, lex, true) ? 'quote' : 'reported';
      mention = reportingClauseSubject(v.frame, lex);
    }
    r.mention = mention;
  }

  /** What the context keeps of a sentence: who spoke and who was named, for the pronouns and quotations that follow. */
  private remember(v: SentenceView, i: number, r: Reading, observed: readonly Mention[]): void {
    const { text, lex, ctx, registry, language, drafts } = this;
    let mention = r.mention;
    const { kind, compoundSource } = r;
    if (mention?.pronoun && !mention.antecedent) mention.antecedent = subordinateSubject(v.frame, observed, mention, ctx, lex) ?? ownSubjectBefore(v.frame, mention, lex);
    ctx.link(mention, language);
    // "“…,” it said." with no body speaking before: the quotation goes on as if unattributed.
    if (kind === 'quote' && mention?.pronoun && !mention.antecedent && lex.bodyPronouns.has(mention.phrase.toLowerCase())) {
      mention = ctx.lastQuoteSpeaker ?? ctx.lastSpeaker;
      r.mention = mention;
    }
    if (i === 0 || lex.language === 'de') this.pendingIntro = null;
    // Discourse strategy "source named after" (discourse.ts): "Die Pauschale ist rechtswidrig. Dies urteilte das Gericht."
    const before = drafts[drafts.length - 1];
    if (compoundSource) ctx.link(compoundSource, language);
    const namedAfter = compoundSource ?? (kind === 'reported' && mention && reportsBackward(v.frame, mention, [v.leading, v.according], lex) ? mention : null);
    if (namedAfter && takesSourceNamedAfter(before, this.sentenceNo, (m) => registry.resolve(m).claimant !== null, !!before && before.kind === 'quote' && this.carried.has(before))) {
      if (before.kind === 'statement') before.kind = 'reported';
      before.mention = namedAfter;
      for (let k = sourcelessRunBefore(drafts, drafts.length - 1), d = drafts.length - 2; k > 0; k--, d--) drafts[d]!.mention = namedAfter;
    }

    // Remember who spoke and who was named, for the pronouns and quotations that follow.
    if (mention) {
      ctx.noteDocumentOwner(mention);
      ctx.lastSpeaker = mention;
      if (kind === 'quote') ctx.lastQuoteSpeaker = mention;
    } else if (compoundSource) ctx.lastSpeaker = compoundSource;
    const person = mention && (mention.pronoun ? mention.antecedent : mention);
    // Everyone this sentence names is a candidate for the pronouns that follow; its speaker
    // first, who is someone a later "he" may point back to when named as a person would be.
    const sentenceNo = ++this.sentenceNo;
    if (kind === 'reported' && mention) ctx.reportedBefore = sentenceNo;
    const subject = kind === 'statement' ? sentenceSubject(v.frame, lex) : null;
    if (subject) ctx.link(subject, language);
    // English capitalises a sentence's first word, so there the subject must read as a person ("Legislative text is …" is not).
    const personSubject = !!subject && (subject.pronoun ? !!subject.antecedent : lex.language !== 'en' || ctx.isPerson(subject));
    ctx.subjectBefore = subject && personSubject ? { mention: subject, next: sentenceNo, cue: v.cue } : null;
    if (subject && !personSubject && !subject.pronoun && !subject.role.length && subject.name.length && lex.bodyPronouns.size && !capitalisedModifier(v.frame, subject, lex)) ctx.subjectBody = subject;
    // "“…,” the president told supporters, a swipe at former president X": where a pronoun reads as the
    // last subject (English), a singular role that spoke is the person a later "he" points back to.
    // So is one introduced without a name ("…, a Ruritanian official told AFP. “…,” he said.").
    // (The article is read from the text only for such a role: a match and a slice per sentence otherwise.)
    const singleRole = !!person && lex.pronounsFollowSubject && !person.plural && person.role.length > 0 && !person.name.length && !person.pronoun;
    const indefinite = singleRole && !person.definite && !!lex.indefiniteArticles?.has(LEADING_WORD.exec(text.slice(person.pos, person.pos + 4))?.[0]?.toLowerCase() ?? '');
    const roleSpoke = singleRole && (person.definite || indefinite);
    if (roleSpoke && indefinite) ctx.unnamedSpeaker = person;
    if (person && (ctx.isPerson(person) || speakerByName(person, registry, lex) || roleSpoke)) {
      ctx.notePerson(person, sentenceNo);
      ctx.noteSpoke(person);
      registry.noteSpeaker(person);
    } else {
      // A place or a body named in passing ("in South Carolina") is no one a pronoun points back to;
      // a name that spoke before ("Nelson said …" earlier) is someone.
      // "He returned to the fold and played against West Ham": a pronoun subject keeps its person first.
      const opener = v.tokens[0];
      const subject = lex.pronounsFollowSubject && opener?.word && lex.personPronouns.has(opener.lower) ? ctx.antecedent(lex.personPronouns.get(opener.lower) ?? null) : null;
      const named = subject ?? observed.find((o) => ctx.isPerson(o) || ctx.spoke(o)) ?? observed.find((o) => !registry.isImpersonal(o));
      if (named) ctx.notePerson(named, sentenceNo);
    }
    for (const o of observed) if (o.name.length && (ctx.isPerson(o) || ctx.spoke(o))) ctx.notePerson(o, sentenceNo);
    ctx.noteBodies(mention, observed, sentenceNo);
  }

  /** The sentence's claim (or two, a reported lead-in and its quotation), unless it is no claim. */
  private claim(v: SentenceView, r: Reading, inTurn: boolean): void {
    const { lex, ctx, language, scorer, drafts } = this;
    const s = v.span;
    const { kind, mention, fixed, introEnd } = r;
    // (Its number in the running count, which remember() has already moved on.)
    const sentenceNo = this.sentenceNo;
    if (wordCount(v.tokens, MIN_WORDS) < MIN_WORDS || opensWithCourtesy(v.tokens, lex, inTurn) || isBoilerplate(v.tokens, lex) || isBareEvaluation(v.tokens, lex)) return;
    if (!this.ledeRead) {
      this.ledeRead = true;
      if (kind !== 'statement' && !inTurn) {
        this.ledeMention = mention;
        this.ledeEnd = s.end;
      }
    }
    if (inTurn && isProcedural(v.tokens, lex, this.speakers)) return;
    const worth = scorer.score(sentenceFeatures(v.tokens, lex, this.isKnown), language);
    // A moderator's or an unknown voice's remark is a claim only when it is worth checking.
    if (inTurn && ctx.turnMinor && worth.score < 0.5) return;
    if (introEnd > s.start) {
      // The lead-in is reported speech of its own; the quotation after the colon is the quote.
      const intro = v.tokens.filter((t) => t.end <= introEnd);
      drafts.push({ start: s.start, end: introEnd, kind: 'reported', mention, worth: scorer.score(sentenceFeatures(intro, lex, this.isKnown), language), fixed, sentenceNo });
      const open = v.quotes.find((q) => q.open >= introEnd);
      drafts.push({ start: open ? open.open : introEnd + 1, end: s.end, kind, mention, worth, fixed, sentenceNo });
      return;
    }
    const draft: Draft = { start: s.start, end: s.end, kind, mention, worth, fixed, sentenceNo };
    drafts.push(draft);
    if (kind === 'quote' && !inTurn && r.quoteOwn === null) this.carried.add(draft);
  }
}

export function runExtraction(text: string, language: Language, scorer: Scorer = defaultScorer()): ExtractedClaim[] {
  return new Extraction(text, language, scorer).run();
}

/**
 * "Er glaubt, dass das Team gestärkt sei: „…“", "Sie warnte vor einer Katastrophe, wenn die Hilfe
 * ende: „…“": a lead-in before the colon that reports speech itself (a "dass" clause or the
 * Konjunktiv I outside the quotation) is a claim apart from the quotation it introduces. Returns
 * the offset just after the colon, or -1.
 */
function reportedLeadIn(text: string, v: SentenceView, lex: Lexicon): number {
  const q = v.quotes.find((x) => x.open > v.span.start && previousNonSpace(text, x.open, v.span.start) === ':');
  if (!q) return -1;
  let colon = q.open - 1;
  while (colon > v.span.start && text[colon] !== ':') colon--;
  if (text[colon] !== ':') return -1;
  const before = v.frame.filter((t) => t.end <= colon && !t.quoted);
  if (before.length < 6) return -1;
  const reported = before.some((t) => t.word && lex.complementizers.has(t.lower)) || hasSubjunctive(before, lex, true);
  return reported ? colon + 1 : -1;
}

/**
 * "nannte die Zahlen „aus der Luft gegriffen“", "bezeichnete sie als „Zeitungsente“", "sprach von
 * einer „Provokation“": the speaker's own words, quoted as what they called something, are a
 * direct quote even inside a reported sentence; words quoted inside a clause of reported speech
 * ("sagte, die Lage sei „ernst“") are not.
 */
function characterisingQuote(v: SentenceView, lex: Lexicon, unnamed = false): boolean {
  const words = lex.characterisingWords!;
  if (v.frame.some((t) => t.word && !t.quoted && lex.complementizers.has(t.lower))) return false;
  if (hasSubjunctive(v.frame.filter((t) => !t.quoted), lex, false)) return false;
  return v.quotes.some((q) => {
    const at = v.tokens.findIndex((t) => t.start > q.open);
    for (let k = at - 1, seen = 0; k >= 0 && seen < 3; k--) {
      const t = v.tokens[k]!;
      if (!t.word) continue;
      // With no speaker found, a preposition right before a quoted name ("von „Omni-Sport“", "zu
      // „YouTube“") marks a title, not a judgement: only "als", a verb of naming or an article counts.
      if (words.has(t.lower)) return !unnamed || seen > 0 || t.lower === 'als' || !!lex.namingVerbs?.has(t.lower);
      if (!lex.determiners.has(t.lower) && !adjectiveEnding(t.lower)) return namesWithNoun(v.tokens[at], lex) && namingVerbBefore(v.tokens, k, lex);
      seen++;
    }
    return false;
  });
}

const NAMING_REACH = 6;

/** The quoted name is a noun phrase ("eine „Zeitungsente“", "„eine schlechte Wahl“"); an adjective ("„viel zu gering“") is a judgement, reported. */
function namesWithNoun(first: Token | undefined, lex: Lexicon): boolean {
  return !!first && first.word && (first.cap || lex.determiners.has(first.lower));
}

/**
 * "nannte den Bericht eine „Zeitungsente“", "nannte Patersons Entscheidung „eine schlechte
 * Wahl“": a verb of naming (`lex.namingVerbs`) with its object before the quoted name it gives.
 * Read back from `k` over a few words of the same clause; a capitalised word ends the object.
 */
function namingVerbBefore(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const verbs = lex.namingVerbs;
  if (!verbs) return false;
  for (let i = k, seen = 0; i >= 0 && seen < NAMING_REACH; i--) {
    const t = tokens[i]!;
    if (!t.word) return false;
    if (verbs.has(t.lower)) return true;
    seen++;
  }
  return false;
}
