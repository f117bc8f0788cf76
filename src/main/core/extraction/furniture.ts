// Article furniture: the lines around a news text that belong to the page, not to the report:
// photo captions and credits, "Lesen Sie auch" / "Read more" teasers, time stamps ("Updated
// March 12, 2025, 6:40 p.m."), bylines. They are never claims, and recognising one never hides
// the text beside it: only the furniture line itself (and a caption bound to its credit) is
// passed over.
import { isCreditLine } from './checkworthiness';
import type { Lexicon } from './lexicon';
import { trimSpan, type Span } from './segment';
import { tokenize } from './tokens';

/** A blank line (paragraph break) somewhere in `text` between two positions. */
function blankLineBetween(text: string, from: number, to: number): boolean {
  return /\n[^\S\n]*(?:\r?\n)/u.test(text.slice(from, to));
}

const CAPTION_MAX_CHARS = 300;

/**
 * A photo caption: a short paragraph on the line directly above its credit ("Foto: dpa").
 * A paragraph separated from the credit by a blank line is the article's own text (the credit
 * belongs to a picture that is no longer there), and in a text that never separates paragraphs
 * by blank lines a caption cannot be told from the last paragraph: both keep their claims.
 */
export function isCaption(text: string, para: Span, next: Span | undefined, lex: Lexicon, blankLineParagraphs: boolean): boolean {
  if (!next || !blankLineParagraphs || para.end - para.start > CAPTION_MAX_CHARS) return false;
  if (blankLineBetween(text, para.end, next.start)) return false;
  return isCreditLine(tokenize(text, next.start, Math.min(next.end, next.start + 40)), lex);
}

/** Whether the text separates its paragraphs by blank lines (computed once per text). */
export function hasBlankLineParagraphs(text: string): boolean {
  return /\n[^\S\n]*\r?\n/u.test(text);
}

// Words a time stamp line is made of besides dates, times and numbers.
const STAMP_OPENERS = new Set([
  'updated', 'update', 'published', 'posted', 'last', 'modified', 'first', 'aktualisiert', 'veröffentlicht',
  'erschienen', 'stand', 'zuletzt', 'geändert', 'erstellt',
]);
const STAMP_WORDS = new Set([
  'am', 'um', 'uhr', 'on', 'at', 'a', 'p', 'm', 'pm', 'den', 'the', 'of', 'and', 'und', 'mez', 'mesz', 'cet', 'cest',
  'utc', 'gmt', 'bst', 'edt', 'est', 'cdt', 'cst', 'pdt', 'pst', 'mdt', 'mst', 'et', 'pt', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'okt', 'nov', 'dec', 'dez', 'mo', 'di', 'mi', 'do', 'fr', 'sa', 'so',
  'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'today', 'yesterday', 'heute', 'gestern',
]);
const STAMP_MAX_WORDS = 14;

/**
 * A time stamp line: "Updated March 12, 2025, 6:40 p.m.", "Stand: 12.03.2025, 18:40 Uhr",
 * "Aktualisiert am 3. März 2025", a bare "12. März 2025" (an HTML <time> element on its own
 * line). Every word is a date, a time, a month or weekday, or one of the stamp words above.
 */
export function isTimestampLine(text: string, para: Span, lex: Lexicon): boolean {
  if (para.end - para.start > 120) return false;
  let words = 0;
  let dated = false;
  // Read a stretch between spaces at a time: nearly every short line fails at its first word or
  // two, so the rest is never tokenised. No token spans a space, so the stretches give exactly
  // the tokens of the whole line, in order.
  for (let from = para.start; from < para.end;) {
    let to = text.indexOf(' ', from);
    if (to < 0 || to > para.end) to = para.end;
    for (const t of tokenize(text, from, to)) {
      if (!t.word) continue;
      if (++words > STAMP_MAX_WORDS) return false;
      if (t.hasDigit) {
        if (!/^\d[\d.:,/-]*$/u.test(t.text)) return false;
        dated = true;
      } else if (lex.months.has(t.lower) || lex.weekdays.has(t.lower)) dated = true;
      else if (!STAMP_OPENERS.has(t.lower) && !STAMP_WORDS.has(t.lower) && !/^[ap]\.m$/u.test(t.lower)) return false;
    }
    from = to + 1;
  }
  return dated;
}

/**
 * A line that only announces a teaser ("Lesen Sie auch:", "Read more:", "Mehr zum Thema:"):
 * the short line after it is the teaser's headline, not a quotation it introduces.
 */
export function isTeaserIntro(text: string, para: Span, lex: Lexicon): boolean {
  if (text[para.end - 1] !== ':' || para.end - para.start > 40) return false;
  const words = tokenize(text, para.start, para.end).filter((t) => t.word).map((t) => t.lower).join(' ');
  return lex.boilerplateOpeners.some((opener) => opener === words);
}

export const TEASER_MAX_CHARS = 200;

// "Von Katrin Albers", "By Daniel Okafor and Mia Chen", "Von Katrin Albers, dpa": the names
// after "Von"/"By", each one to four capitalised words, joined by commas, "und", "and" or "&".
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}'’.-]*|van|von|de|der|da|di|du|la|le))*`;
const BYLINE = new RegExp(String.raw`^(?:Von|VON|By|BY)[ \t]+(${NAME}(?:[ \t]*(?:,|&|und|and)[ \t]*${NAME})*)[ \t]*(?:[,|·/–-][^\n.!?]{0,30})?$`, 'u');
const BYLINE_SEARCH_LINES = 8;

/**
 * The author named by a byline near the top of the text ("Von Katrin Albers" → "Katrin
 * Albers"; several names are joined with ", "), or null. A short tail after a separator that
 * is no name ("Von Katrin Albers, dpa", "By Mia Chen | Reuters") is left out.
 */
export function bylineAuthor(text: string): string | null {
  let lines = 0;
  let start = 0;
  while (start < text.length && lines < BYLINE_SEARCH_LINES) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const span = trimSpan(text, start, end);
    start = end + 1;
    if (span.end === span.start) continue;
    lines++;
    const line = text.slice(span.start, span.end);
    if (line.length > 120) continue;
    const m = BYLINE.exec(line);
    if (!m?.[1]) continue;
    const names = m[1]
      .split(/[ \t]*(?:,|&|\bund\b|\band\b)[ \t]*/u)
      .map((n) => n.trim().replace(/[.]$/u, ''))
      .filter((n) => n.length > 1);
    if (names.length) return names.join(', ');
  }
  return null;
}
