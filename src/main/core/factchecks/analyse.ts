// Turns a claim into the terms matching compares: numbers, dates and names normalised, German
// and English words stemmed (Snowball), stop words dropped, and the two things that make a
// near-identical sentence a different claim kept apart: negation and the direction of a change.
import { newStemmer } from 'snowball-stemmers';
import { deu, eng } from 'stopword';

export type Direction = 'up' | 'down';

export interface Analysis {
  /** Stemmed, folded terms in text order (numbers as n<value>, months as mon<k>, percent as pct). */
  terms: string[];
  /** Lower-case surface words (not numbers) beside their stems, for compound splitting; noun: written with a capital. */
  words: Array<{ word: string; stem: string; noun: boolean }>;
  /** The numbers (and months) the claim states, as their terms. */
  numbers: Set<string>;
  /** How many negations (nicht, kein, not, never, n't …) the claim has. */
  negations: number;
  /** The directions of change the claim states (stieg / rose = up, sank / fell = down). */
  directions: Set<Direction>;
  /** The currencies the claim names, as their terms (curusd, cureur …): $5bn is not €5bn. */
  currencies: Set<string>;
}

type Stemmer = { stem(word: string): string };
const STEMMERS: Record<string, Stemmer> = {
  de: newStemmer('german'),
  en: newStemmer('english'),
};

// Negations are counted before stop words go (the stop word lists hold most of them).
const NEGATIONS = new Set([
  'nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nie', 'niemals', 'nichts', 'niemand', 'weder', 'nirgends',
  'not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'nowhere', 'cannot',
]);

const UP_WORDS = `steigen stieg stiegen steigt gestiegen ansteigen angestiegen anstieg anstiege zunehmen zugenommen nimmt zunahme
  wachsen wuchs wuchsen wächst gewachsen wachstum erhöht erhöhte erhöhten erhöhen erhöhung verdoppelt verdoppelte verdreifacht höher mehr plus gestärkt
  rise rises rose risen rising increase increased increases increasing grow grows grew grown growth higher more doubled tripled soared soar
  jumped jump climbed climb gained gain up surge surged raised raise raises raising hiked angehoben anheben hob`;
const DOWN_WORDS = `sinken sank sanken sinkt gesunken fallen fiel fielen fällt gefallen rückgang abnehmen abgenommen abnahme schrumpfen schrumpfte
  geschrumpft gesenkt senken senkte senkung halbiert halbierte niedriger weniger minus verringert verringerte gesunkene
  fall falls fell falling decrease decreased decreases decreasing decline declined declines declining drop dropped drops shrank shrunk
  shrink shrinks lower less fewer halved plunged plunge down cut cuts reduced reduce lowered lowers lowering`;
const COMPARATIVES = new Set(['mehr', 'weniger', 'more', 'less', 'fewer', 'höher', 'niedriger', 'higher', 'lower', 'plus', 'minus', 'up', 'down', 'cut', 'cuts']);
const UP = new Set(UP_WORDS.split(/\s+/).filter(Boolean));
const DOWN = new Set(DOWN_WORDS.split(/\s+/).filter(Boolean));

// Honorifics say nothing about the claim ("Dr. Merkel" is Merkel).
const EXTRA_STOP = ['dr', 'prof', 'mr', 'mrs', 'ms', 'herr', 'frau', 'sagte', 'said', 'says', 'sagt', 'laut', 'according', 'claims', 'claimed', 'behauptet', 'behauptete'];
const STOP = new Set<string>([...deu, ...eng, ...EXTRA_STOP].map((w) => w.toLowerCase()));

const SMALL_NUMBERS: Record<string, number> = {
  null: 0, zero: 0, eins: 1, ein: 1, eine: 1, one: 1, zwei: 2, two: 2, drei: 3, three: 3, vier: 4, four: 4, fünf: 5, five: 5,
  sechs: 6, six: 6, sieben: 7, seven: 7, acht: 8, eight: 8, neun: 9, nine: 9, zehn: 10, ten: 10, elf: 11, eleven: 11,
  zwölf: 12, twelve: 12, dreizehn: 13, thirteen: 13, vierzehn: 14, fourteen: 14, fünfzehn: 15, fifteen: 15, sechzehn: 16, sixteen: 16,
  siebzehn: 17, seventeen: 17, achtzehn: 18, eighteen: 18, neunzehn: 19, nineteen: 19,
  zwanzig: 20, twenty: 20, dreißig: 30, thirty: 30, vierzig: 40, forty: 40, fünfzig: 50, fifty: 50, sechzig: 60, sixty: 60,
  siebzig: 70, seventy: 70, achtzig: 80, eighty: 80, neunzig: 90, ninety: 90, hundert: 100, hundred: 100,
  tausend: 1000, thousand: 1000, dutzend: 12, dozen: 12, half: 0.5, hälfte: 0.5, quarter: 0.25, viertel: 0.25, drittel: 0.3333,
};
const UNITS = ['ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];
const ENGLISH_UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TENS = new Set([20, 30, 40, 50, 60, 70, 80, 90]);

/**
 * A number written as a word: the table above, German compounds of a unit and a ten
 * ("einundzwanzig" = 21), and an English ten followed by a unit ("twenty-one", "twenty one": the
 * tokenizer gives two words). Answers the value and how many tokens it took, or null.
 */
function numberWord(word: string, next: string | undefined): { value: number; tokens: number } | null {
  const german = /^(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)$/u.exec(word);
  if (german) return { value: UNITS.indexOf(german[1]!) + 1 + SMALL_NUMBERS[german[2]!]!, tokens: 1 };
  const value = SMALL_NUMBERS[word];
  if (value === undefined) return null;
  const unit = next === undefined ? undefined : ENGLISH_UNITS[next];
  if (TENS.has(value) && unit !== undefined) return { value: value + unit, tokens: 2 };
  return { value, tokens: 1 };
}
// Only a stated count is a number: "ein"/"eine"/"one" alone are articles or pronouns, not figures.
const ARTICLE_LIKE = new Set(['ein', 'eine', 'one']);

const MULTIPLIERS: Record<string, { de: number; en: number }> = {
  hundert: { de: 1e2, en: 1e2 }, hundred: { de: 1e2, en: 1e2 },
  tausend: { de: 1e3, en: 1e3 }, thousand: { de: 1e3, en: 1e3 }, tsd: { de: 1e3, en: 1e3 },
  million: { de: 1e6, en: 1e6 }, millionen: { de: 1e6, en: 1e6 }, mio: { de: 1e6, en: 1e6 }, millions: { de: 1e6, en: 1e6 }, m: { de: 1e6, en: 1e6 },
  milliarde: { de: 1e9, en: 1e9 }, milliarden: { de: 1e9, en: 1e9 }, mrd: { de: 1e9, en: 1e9 }, bn: { de: 1e9, en: 1e9 },
  // German "Billion" is a million million; English "billion" a thousand million.
  billion: { de: 1e12, en: 1e9 }, billionen: { de: 1e12, en: 1e12 }, billions: { de: 1e9, en: 1e9 }, trillion: { de: 1e18, en: 1e12 },
};
const PERCENT = new Set(['%', 'prozent', 'percent', 'pct', 'prozentpunkte', 'prozentpunkt', 'percentage']);

const MONTHS: Record<string, number> = {
  januar: 1, jänner: 1, jaenner: 1, january: 1, jan: 1, februar: 2, feber: 2, february: 2, feb: 2, märz: 3, maerz: 3, march: 3, mär: 3, mar: 3, april: 4, apr: 4,
  mai: 5, may: 5, juni: 6, june: 6, jun: 6, juli: 7, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  oktober: 10, october: 10, okt: 10, oct: 10, november: 11, nov: 11, dezember: 12, december: 12, dez: 12, dec: 12,
};

// Currencies as one term whether written as a symbol, a code or a word, in either language:
// "$5bn", "5 billion dollars" and "5 Milliarden US-Dollar" state the same sum.
const CURRENCIES: Record<string, string> = {
  $: 'curusd', usd: 'curusd', dollar: 'curusd', dollars: 'curusd', 'us$': 'curusd',
  '€': 'cureur', eur: 'cureur', euro: 'cureur', euros: 'cureur',
  '£': 'curgbp', gbp: 'curgbp', pound: 'curgbp', pounds: 'curgbp', pfund: 'curgbp', sterling: 'curgbp',
  '¥': 'curjpy', jpy: 'curjpy', yen: 'curjpy',
  chf: 'curchf', franken: 'curchf', franc: 'curchf', francs: 'curchf',
};

// Qualifiers of a figure say how exact it is, not what is claimed: "about 40,000", "nearly
// 40,000" and "rund 40.000" are one claim (a different figure still is not). The unambiguous ones
// are dropped anywhere; the others ("gut", "fast", "some", "over" …) only right before a number.
// "more than" / "mehr als" / "fewer than" stay comparatives (a direction, see COMPARATIVES).
const QUALIFIERS = new Set([
  'approximately', 'approx', 'roughly', 'nearly', 'almost', 'circa', 'ca', 'estimated', 'ungefähr', 'etwa', 'annähernd',
  'beinahe', 'nahezu', 'zirka', 'rd', 'schätzungsweise',
]);
const QUALIFIERS_BEFORE_NUMBER = new Set([
  'about', 'around', 'some', 'over', 'just', 'under', 'least', 'rund', 'gut', 'knapp', 'fast', 'über', 'unter', 'mindestens',
  'höchstens', 'bis', 'zu', 'gerade', 'einmal',
]);
// "5th", "21st", "3rd": the suffix of an English ordinal says nothing the number does not.
const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th']);

/** "5.3.2024" (de) and "2024-03-05" (ISO) as "5 march 2024", so that they meet "5. März 2024". */
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
function spellDates(text: string): string {
  const spell = (match: string, d: string, m: string, y: string) => {
    const day = Number(d);
    const month = Number(m);
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? ` ${day} ${MONTH_NAMES[month - 1]} ${y} ` : match;
  };
  return text
    .replace(/(?<![\p{N}.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\p{N}])/gu, spell)
    .replace(/(?<![\p{N}-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?![\p{N}])/gu, (match, y: string, m: string, d: string) => spell(match, d, m, y));
}

// Numbers: "400 000" (space-grouped thousands) first, then "1.000,5" / "1,000.5" / "3"; currency signs.
const TOKEN = /\p{N}{1,3}(?:[ \u00a0\u202f]\p{N}{3})+(?!\p{N})|\p{N}+(?:[.,]\p{N}+)*|%|\p{Sc}|[\p{L}\p{M}]+(?:['’][\p{L}]+)?/gu;

/** Removes diacritics and folds ß, so "Öl" and "Oel" meet after stemming. */
export function fold(term: string): string {
  return term.normalize('NFD').replace(/\p{M}+/gu, '').replace(/ß/g, 'ss');
}

/** Parses a written number in the text's convention: 1.000,5 (de) or 1,000.5 (en). */
export function parseNumber(raw: string, language: string): number | null {
  let s = raw.replace(/[ \u00a0\u202f]/g, '');
  const thousands = language === 'de' ? '.' : ',';
  const decimal = language === 'de' ? ',' : '.';
  // A separator followed by exactly three digits in a group chain is a thousands mark in either convention
  // ("1,000,000" in a German text, "1.000.000" in an English one).
  if (/^\d{1,3}([.,]\d{3})+$/.test(s) && !(s.split(/[.,]/).length === 2 && s.includes(decimal) && !s.startsWith('0'))) {
    s = s.replace(/[.,]/g, '');
  } else {
    s = s.split(thousands).join('').replace(decimal, '.');
  }
  const value = Number(s);
  return Number.isFinite(value) ? value : null;
}

/** n<value> with at most four decimals, '.' written as 'p' so the FTS tokenizer keeps it whole. */
export function numberTerm(value: number): string {
  const rounded = Math.round(value * 10_000) / 10_000;
  return `n${String(rounded).replace('.', 'p').replace('-', 'm')}`;
}

// Words repeat (Zipf): a bulk import stems the same few thousand words again and again.
const stemCache = new Map<string, string>();
const STEM_CACHE_MAX = 200_000;

export function stemWord(word: string, language: string): string {
  const key = `${language}\u0000${word}`;
  let stem = stemCache.get(key);
  if (stem === undefined) {
    const stemmer = STEMMERS[language];
    stem = fold(stemmer ? stemmer.stem(word) : word);
    if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
    stemCache.set(key, stem);
  }
  return stem;
}

/** True if a number follows the word at `i`, perhaps after more qualifiers or a currency ("about $5bn", "bis zu 40"). */
function beforeNumber(raw: readonly string[], i: number): boolean {
  for (let j = i + 1; j < raw.length && j <= i + 3; j++) {
    const t = raw[j]!;
    if (/^\p{N}/u.test(t) || (numberWord(t, raw[j + 1]) !== null && !ARTICLE_LIKE.has(t))) return true;
    if (!(QUALIFIERS_BEFORE_NUMBER.has(t) || QUALIFIERS.has(t) || CURRENCIES[t] !== undefined || t === 'than' || t === 'als' || t === 'at')) return false;
  }
  return false;
}

export function analyse(text: string, language: string): Analysis {
  const original = spellDates(text.normalize('NFKC')).match(TOKEN) ?? [];
  const raw = original.map((t) => t.toLowerCase());
  const terms: string[] = [];
  const words: Analysis['words'] = [];
  const numbers = new Set<string>();
  const directions = new Set<Direction>();
  const currencies = new Set<string>();
  let negations = 0;

  const pushNumber = (value: number, index: number): number => {
    let v = value;
    let next = raw[index + 1];
    const multiplier = next ? MULTIPLIERS[next] : undefined;
    if (multiplier) {
      v *= language === 'de' ? multiplier.de : multiplier.en;
      index++;
      next = raw[index + 1];
    }
    const term = numberTerm(v);
    terms.push(term);
    numbers.add(term);
    if (next && (PERCENT.has(next) || (next === 'per' && raw[index + 2] === 'cent'))) {
      terms.push('pct');
      index += next === 'per' ? 2 : 1;
    }
    return index;
  };

  for (let i = 0; i < raw.length; i++) {
    const token = raw[i]!;
    if (/^\p{N}/u.test(token)) {
      const value = parseNumber(token, language);
      if (value !== null) i = pushNumber(value, i);
      if (ORDINAL_SUFFIX.has(raw[i + 1] ?? '')) i++;
      continue;
    }
    if (PERCENT.has(token)) {
      terms.push('pct');
      continue;
    }
    const currency = CURRENCIES[token];
    if (currency !== undefined) {
      terms.push(currency);
      currencies.add(currency);
      continue;
    }
    if (token === 'us' && CURRENCIES[raw[i + 1] ?? ''] === 'curusd') continue; // "US-Dollar", "US $" 
    if (/^\p{Sc}$/u.test(token)) continue; // a sign of no currency above: no term
    if (QUALIFIERS.has(token) || (QUALIFIERS_BEFORE_NUMBER.has(token) && beforeNumber(raw, i))) continue;
    // "didn't", "isn't", "can't": the negation is in the contraction.
    let word = token.replace(/’/g, "'");
    if (/n't$/.test(word)) {
      negations++;
      continue;
    }
    word = word.replace(/'s?$/, '');
    if (NEGATIONS.has(word)) {
      negations++;
      continue;
    }
    // "stieg", "gestiegen", "rose", "increased" are one term: the direction (comparatives only guard).
    const up = UP.has(word);
    const down = DOWN.has(word);
    if (up) directions.add('up');
    if (down) directions.add('down');
    if ((up || down) && !COMPARATIVES.has(word)) {
      terms.push(up ? 'dirup' : 'dirdown');
      continue;
    }
    const small = numberWord(word, raw[i + 1]);
    if (small !== null && !(ARTICLE_LIKE.has(word) && !MULTIPLIERS[raw[i + 1] ?? ''])) {
      i = pushNumber(small.value, i + small.tokens - 1);
      continue;
    }
    const month = MONTHS[word];
    // "Mai" is a month in German ("May" in English is a verb as often): short names only beside a number.
    if (month !== undefined && (word.length > 3 || (word === 'mai' && language === 'de') || /^\p{N}/u.test(raw[i + 1] ?? '') || /^\p{N}/u.test(raw[i - 1] ?? ''))) {
      // A month is a figure of the claim too: "in March" and "in April" are two claims.
      terms.push(`mon${month}`);
      numbers.add(`mon${month}`);
      continue;
    }
    if (STOP.has(word) || word.length < 2) continue;
    const stem = stemWord(word, language);
    terms.push(stem);
    words.push({ word, stem, noun: /^\p{Lu}/u.test(original[i]!) });
  }
  return { terms, words, numbers, negations, directions, currencies };
}

/** The distinct terms of an analysis, as stored in the search index. */
export function indexTerms(analysis: Analysis): string {
  return [...new Set(analysis.terms)].join(' ');
}
