// The app's search syntax, parsed once; store/sqlite turns the tree into FTS5, store/postgres into tsquery.
import type { SearchHit } from '../../../shared/contract';

/**
 * Search syntax, as a person types it:
 *  - words are all required (`Putin Xi` finds claims with both);
 *  - upper-case AND, OR and NOT are operators (`Putin AND Xi`, `Putin OR Xi`, `Putin NOT Trump`),
 *    parentheses group, and "quoted words" are a phrase;
 *  - every word also matches as a prefix (`Geburt` finds Geburtsstation), and a word of four
 *    letters or more also finds the indexed words it is part of (`Klinik` finds Kinderklinik):
 *    German compounds are found by their parts (see compoundParts);
 *  - numbers match whole: `2` does not find 2023, and `4,2` is the number 4,2 (a phrase of its
 *    parts, as the index splits it), not 4 and any number starting with 2;
 *  - ß and ss find each other (`Hasselmann` finds Haßelmann, `Straße` finds Strasse).
 *  - a bracket holding only a negation subtracts from the words around it (`Putin (NOT Trump)`
 *    is `Putin NOT Trump`);
 *  - `X OR NOT Y` searches for X: FTS5 cannot search for "everything without Y", and X alone
 *    finds only claims that match what was typed and hides none that match X.
 * Anything else is forgiven rather than refused: a stray quote or bracket and an operator with
 * nothing on one side are ignored (a stray `)` is nothing, so `a ) OR b` is `a OR b`),
 * punctuation separates words, and a lone `NOT x` (there is nothing to subtract from) is dropped. Brackets nested deeper than MAX_BRACKET_DEPTH are
 * ignored (their words join the group around them). The output is always a well-formed FTS5
 * expression in which every word is a quoted string, so nothing typed is ever parsed as FTS5
 * syntax, and it stays shallow enough for FTS5's parser: NOTs are subtracted as one group
 * (`a NOT (b OR c)`), never as a chain that nests one level per NOT.
 */
type Token = { t: 'word'; v: string } | { t: 'phrase'; v: string[] } | { t: 'op'; v: 'AND' | 'OR' | 'NOT' } | { t: '(' } | { t: ')' };
/** Words of the query as typed, with numbers kept whole ("4,2", "1.000") so they can be searched as one. */
const TYPED_WORD = /\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{N}]+/gu;
const NUMBER = /^\p{N}/u;
/** The parsed search: what both databases' query builders translate (FTS5 here, tsquery in store/postgres). */
export type SearchNode =
  | { t: 'word'; v: string; prefix: boolean }
  | { t: 'phrase'; v: string[] }
  | { t: 'and' | 'or'; v: SearchNode[] }
  | { t: 'not'; keep: SearchNode; drop: SearchNode[] };
type Node = SearchNode;

const WORD = /[\p{L}\p{N}]+/gu;
/** How many ß/ss spellings of one word or phrase are searched at most. */
const MAX_SPELLINGS = 8;
/**
 * How deep brackets nest at most. FTS5's parser has a fixed stack (it failed with "parser stack
 * overflow" near 17 alternating `AND (… OR (…` levels), and one typed bracket can become up to
 * three in the FTS5 query (`a OR b NOT (…` is `("a" OR ("b" NOT (…`). A bracket opened deeper
 * than this is ignored, together with its closing bracket, so its words join the group around
 * it. At 10, random queries of the longest length allowed left FTS5 room for 16 more brackets
 * at the least; at 12, for 4.
 */
export const MAX_BRACKET_DEPTH = 10;

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  // Typographic quotes („…“, “…”) are quotes too.
  input = input.replace(/[„“”]/gu, '"');
  // A quote opens a phrase only when a closing quote follows; a stray quote is ignored.
  const parts = /"([^"]*)"|([()])|([^"()]+)|"/gu;
  for (const m of input.matchAll(parts)) {
    if (m[1] !== undefined) {
      const words = m[1].match(WORD);
      if (words?.length) tokens.push({ t: 'phrase', v: words });
    } else if (m[2]) {
      tokens.push({ t: m[2] as '(' | ')' });
    } else if (m[3]) {
      for (const w of m[3].match(TYPED_WORD) ?? []) {
        if (w === 'AND' || w === 'OR' || w === 'NOT') tokens.push({ t: 'op', v: w });
        // "4,2" is indexed as 4 and 2 side by side: the phrase of its parts is the number.
        else if (/[.,]/u.test(w)) tokens.push({ t: 'phrase', v: w.match(WORD) ?? [] });
        else tokens.push({ t: 'word', v: w });
      }
    }
  }
  return tokens;
}

/**
 * Drops a closing bracket that closes nothing (at top level a stray `)` is nothing, so in
 * `a ) OR b` the OR still joins a and b), and the brackets nested deeper than
 * MAX_BRACKET_DEPTH, each with its closing bracket.
 */
function balanceBrackets(tokens: Token[]): Token[] {
  const out: Token[] = [];
  const open: boolean[] = []; // for each open bracket: was it kept?
  let depth = 0;
  for (const tok of tokens) {
    if (tok.t === '(') {
      const keep = depth < MAX_BRACKET_DEPTH;
      open.push(keep);
      if (keep) {
        depth++;
        out.push(tok);
      }
    } else if (tok.t === ')') {
      if (open.pop()) {
        depth--;
        out.push(tok);
      }
    } else {
      out.push(tok);
    }
  }
  return out;
}

/**
 * While parsing, a part may be only a negation: the `(NOT x)` of `Putin (NOT Trump)`. It is
 * "none of v", and the AND around it subtracts v; on its own it is nothing to search for.
 */
type None = { t: 'none'; v: Node[] };
type Part = Node | None;

/** `a AND (b AND c)` is `a AND b AND c`, and the same for OR: one level less for FTS5's parser. */
const joined = (t: 'and' | 'or', nodes: Node[]): Node =>
  nodes.length === 1 ? nodes[0]! : { t, v: nodes.flatMap((n) => (n.t === t ? n.v : [n])) };

/** All of keep and none of drop, as one `keep NOT (d1 OR d2 …)`: never a chain that nests one level per NOT. */
function conjoin(keep: Node[], drop: Node[]): Part | null {
  // NOT (b OR c) subtracts b and c: one group of alternatives, one level less for FTS5's parser.
  drop = drop.flatMap((n) => (n.t === 'or' ? n.v : [n]));
  if (!keep.length) return drop.length ? { t: 'none', v: drop } : null;
  const node = joined('and', keep);
  if (!drop.length) return node;
  // `(a NOT b) NOT c` is `a NOT (b OR c)` too.
  return node.t === 'not' ? { t: 'not', keep: node.keep, drop: [...node.drop, ...drop] } : { t: 'not', keep: node, drop };
}

function parse(tokens: Token[]): Node | null {
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];

  const primary = (): Part | null => {
    const tok = tokens[pos++];
    if (!tok) return null;
    // Every word is a prefix (search as you type, and "Geburt" finds Geburtsstation); a number is whole.
    if (tok.t === 'word') return { t: 'word', v: tok.v, prefix: !NUMBER.test(tok.v) };
    if (tok.t === 'phrase') return { t: 'phrase', v: tok.v };
    if (tok.t === '(') {
      const inner = or();
      if (peek()?.t === ')') pos++;
      return inner;
    }
    return null; // an operator or ')' out of place: skipped
  };
  const and = (): Part | null => {
    const keep: Node[] = [];
    const drop: Node[] = [];
    for (;;) {
      const tok = peek();
      if (!tok || tok.t === ')' || (tok.t === 'op' && tok.v === 'OR')) break;
      if (tok.t === 'op' && tok.v === 'AND') {
        pos++;
        continue;
      }
      if (tok.t === 'op' && tok.v === 'NOT') {
        pos++;
        const next = peek();
        if (next && next.t !== ')' && next.t !== 'op') {
          const operand = primary();
          // NOT (NOT b NOT c) is "b or c".
          if (operand?.t === 'none') keep.push(joined('or', operand.v));
          else if (operand) drop.push(operand);
        }
        continue;
      }
      const part = primary();
      // Putin (NOT Trump) is Putin NOT Trump: the bracket's negation goes to this AND.
      if (part?.t === 'none') drop.push(...part.v);
      else if (part) keep.push(part);
    }
    return conjoin(keep, drop);
  };
  const or = (): Part | null => {
    const alternatives: Part[] = [];
    for (;;) {
      const part = and();
      if (part) alternatives.push(part);
      const tok = peek();
      if (tok?.t === 'op' && tok.v === 'OR') {
        pos++;
        continue;
      }
      break;
    }
    // `X OR NOT Y` (everything without Y, and X as well) is not something FTS5 can search: it
    // searches for X. Every claim found matches what was typed, and none that matches X is
    // hidden, which `X NOT Y` would do.
    const positive = alternatives.filter((a): a is Node => a.t !== 'none');
    if (positive.length) return joined('or', positive);
    // Only negations: (NOT a) OR (NOT b) is NOT (a AND b).
    const negations = alternatives as None[];
    if (negations.length <= 1) return negations[0] ?? null;
    return { t: 'none', v: [joined('and', negations.map((n) => joined('or', n.v)))] };
  };

  const keep: Node[] = [];
  const drop: Node[] = [];
  while (pos < tokens.length) {
    const part = or();
    if (part?.t === 'none') drop.push(...part.v);
    else if (part) keep.push(part);
    if (pos < tokens.length) pos++; // a token or() could not take (balanceBrackets leaves none)
  }
  // A lone negation (NOT x, or (NOT x)) has nothing to subtract from: nothing to search for.
  const top = conjoin(keep, drop);
  return top && top.t !== 'none' ? top : null;
}

/** Every spelling of a word with ß and ss exchanged (the tokenizer folds neither into the other). */
export function sharpSSpellings(word: string): string[] {
  const folded = word.toLowerCase().replaceAll('ß', 'ss');
  const out = new Set<string>([folded]);
  const walk = (from: number, text: string) => {
    for (let i = text.indexOf('ss', from); i >= 0 && out.size < MAX_SPELLINGS; i = text.indexOf('ss', i + 1)) {
      const next = text.slice(0, i) + 'ß' + text.slice(i + 2);
      out.add(next);
      walk(i + 1, next);
    }
  };
  walk(0, folded);
  return [...out];
}

const alternatives = (options: string[]): string => (options.length === 1 ? options[0]! : `(${options.join(' OR ')})`);

/** Every ß/ss spelling of a phrase (at most MAX_SPELLINGS), each as its list of words; both dialects quote them their way. */
export function phraseSpellingCombinations(words: string[]): string[][] {
  let phrases: string[][] = [[]];
  for (const word of words) {
    const next: string[][] = [];
    for (const phrase of phrases) for (const spelling of sharpSSpellings(word)) if (next.length < MAX_SPELLINGS) next.push([...phrase, spelling]);
    phrases = next;
  }
  return phrases;
}

const phraseSpellings = (words: string[]): string[] => phraseSpellingCombinations(words).map((p) => `"${p.join(' ')}"`);

/** Search hits in the contract's shape, articles first, from either dialect's rows. */
export function toSearchHits(
  articles: ReadonlyArray<{ id: string; title: string; snip: string }>,
  claims: ReadonlyArray<{ id: string; article_id: string; title: string; verdict: string; snip: string }>,
): SearchHit[] {
  return [
    ...articles.map((r) => ({ type: 'article' as const, articleId: r.id, articleTitle: r.title, claimId: null, verdict: null, snippet: r.snip })),
    ...claims.map((r) => ({ type: 'claim' as const, articleId: r.article_id, articleTitle: r.title, claimId: r.id, verdict: r.verdict as SearchHit['verdict'], snippet: r.snip })),
  ];
}

/** The indexed words that hold a query word inside them (compounds), as exact FTS5 strings; none by default. */
export type PartsOf = (spelling: string) => string[];
const noParts: PartsOf = () => [];

function toFts(node: Node, partsOf: PartsOf): string {
  const inner = (n: Node) => toFts(n, partsOf);
  switch (node.t) {
    case 'word': {
      const spellings = sharpSSpellings(node.v);
      const own = spellings.map((w) => `"${w}"${node.prefix ? '*' : ''}`);
      const parts = node.prefix ? spellings.flatMap(partsOf).map((w) => `"${w}"`) : [];
      return alternatives([...own, ...parts]);
    }
    case 'phrase':
      return alternatives(phraseSpellings(node.v));
    case 'and':
      return `(${node.v.map(inner).join(' AND ')})`;
    case 'or':
      return `(${node.v.map(inner).join(' OR ')})`;
    case 'not':
      return `(${inner(node.keep)} NOT ${node.drop.length === 1 ? inner(node.drop[0]!) : `(${node.drop.map(inner).join(' OR ')})`})`;
  }
}

/** Turns whatever a person typed into a safe FTS5 query (see above), or null when there is nothing to search for. */
export function toFtsQuery(input: string, partsOf: PartsOf = noParts): string | null {
  const tree = parseSearchQuery(input);
  return tree ? toFts(tree, partsOf) : null;
}

/** The search as typed, parsed (see above), or null when there is nothing to search for. */
export function parseSearchQuery(input: string): SearchNode | null {
  return parse(balanceBrackets(tokenize(input)));
}

/** The FTS5 expression of a parsed search. */
export function searchNodeToFts(tree: SearchNode, partsOf: PartsOf = noParts): string {
  return toFts(tree, partsOf);
}

/** Words shorter than this find only themselves and their prefixes: "Rat" is in too many words. */
export const MIN_PART_LENGTH = 4;
/** Compounds searched per word at most (the most frequent first), and per query. */
const MAX_PARTS_PER_WORD = 24;
const MAX_PARTS_PER_QUERY = 240;

/** Folds a word as the index's tokenizer does (unicode61, remove_diacritics 2): lower case, no diacritics. */
const foldLikeIndex = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * German compounds by their parts: the indexed words that contain a query word without
 * starting with it (those the prefix finds already): "klinik" → kinderklinik, uniklinikum.
 * Only the index's own words are looked at, so a query stays a plain FTS5 query over one
 * index, ranked and highlighted as before. Numbers and short words are left alone.
 */
export function compoundParts(terms: readonly string[]): PartsOf {
  const seen = new Map<string, string[]>();
  let budget = MAX_PARTS_PER_QUERY;
  return (spelling) => {
    const part = foldLikeIndex(spelling);
    if (part.length < MIN_PART_LENGTH || NUMBER.test(part)) return [];
    let found = seen.get(part);
    if (!found) {
      found = [];
      for (const term of terms) {
        if (found.length >= Math.min(MAX_PARTS_PER_WORD, budget)) break;
        if (term.length > part.length && term.includes(part) && !term.startsWith(part) && !/["\s]/u.test(term)) found.push(term);
      }
      budget -= found.length;
      seen.set(part, found);
    }
    return found;
  };
}

