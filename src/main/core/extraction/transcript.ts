// Speaker labels of transcripts ("TRUMP: …", "Biden: …", "MODERATOR (Lester Holt): …").
// A document is a transcript when at least two lines carry a strong label (upper case, or one
// that recurs); a one-off "Fazit: …" or "Update: …" in a news article makes no transcript.
import { terminalOf, type Span } from './segment';

export interface SpeakerLabel {
  /** The label as written, without the colon ("TRUMP", "Vice President Harris"). */
  name: string;
  /** Where the spoken text starts. */
  contentStart: number;
}

const LABEL = /^(\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}.'’-]*){0,3})(?:[ \t]*\([^()\n]{0,40}\))?[ \t]*:[ \t]+(?=\S)/u;

function readLabel(text: string, para: Span): SpeakerLabel | null {
  const limit = Math.min(para.end, para.start + 80);
  // Every label has its colon in the head; most paragraphs have none there.
  let colon = false;
  for (let i = para.start; i < limit && !colon; i++) colon = text.charCodeAt(i) === 0x3a;
  if (!colon) return null;
  const head = text.slice(para.start, limit);
  const m = LABEL.exec(head);
  if (!m || m[1] === undefined) return null;
  return { name: m[1], contentStart: para.start + m[0].length };
}

function endsSentence(text: string, para: Span | undefined): boolean {
  return !!para && terminalOf(text, para) !== '';
}

function isUpper(name: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(name) && !/\p{Ll}/u.test(name);
}

/** One entry per paragraph: its speaker label, or null. */
export function speakerLabels(text: string, paragraphs: readonly Span[]): (SpeakerLabel | null)[] {
  const raw = paragraphs.map((p) => readLabel(text, p));
  const counts = new Map<string, number>();
  for (const l of raw) if (l) counts.set(l.name.toLowerCase(), (counts.get(l.name.toLowerCase()) ?? 0) + 1);
  const strong = raw.map((l) => (l && (isUpper(l.name) || (counts.get(l.name.toLowerCase()) ?? 0) >= 2) ? l : null));
  if (strong.filter(Boolean).length < 2) return raw.map(() => null);
  // In a transcript, a one-off "Clinton:" is a speaker too, as long as it reads like a name.
  // A heading such as "Debate Transcript: Economy" has no closing punctuation; a turn does.
  return raw.map((l, i) => strong[i] ?? (l && l.name.split(/\s+/u).length <= 3 && endsSentence(text, paragraphs[i]) ? l : null));
}
