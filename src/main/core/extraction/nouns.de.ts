// Whether a lower-case word is an inflected form of a German common noun ("zeuge", "trainer",
// "namen", "fahrers"), from a lexicon derived from german-pos-dict (CC BY-SA 4.0; see
// nouns.de.txt and scripts/build-german-nouns.mjs), less every form that is also a German
// first name or surname ("müller", "fischer", "koch" may be names and are not in it).
//
// German capitalises every noun, so the rules cannot tell "Zeuge Max Huber" (a noun, then a name)
// from "Max Huber Müller" by the case of the words; the suffix rules (lexicon.de.ts
// commonNounSuffixes) know "-ung", "-heit" and the like, this list the rest.
//
// The list (640 kB, 139,000 words front-coded in about 4,400 blocks of 32) is a data file, not a
// module: it is read and cut on the first German question (the first German text extracted; it
// takes about 3 ms), then each block is decoded when a question falls into it (wordInfo asks once
// per distinct word). Loading the extraction code (every start-up) and extracting English text
// never read it, parse it or hold it. This is the one file extraction reads: the builds copy it
// beside their chunks (scripts/extraction-data.plugin.ts); from the sources it is beside this file.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const GERMAN_NOUNS_FILE = 'nouns.de.txt';

/** The list cut into its blocks ("|" and a first word in full, then front-coded lines), and each block's first word. */
interface Blocks {
  blocks: readonly string[];
  heads: readonly string[];
}

let cut: Blocks | null = null;

function blocksOf(coded: string): Blocks {
  const blocks = coded.split('|');
  if (blocks[0] === '') blocks.shift();
  const heads = blocks.map((b) => {
    const nl = b.indexOf('\n');
    return nl < 0 ? b : b.slice(0, nl);
  });
  return { blocks, heads };
}

/** Whether the front-coded block (its first word in full, then lines of one prefix-length character and the rest) holds `word`. */
function blockHas(block: string, word: string): boolean {
  let nl = block.indexOf('\n');
  let prev = nl < 0 ? block : block.slice(0, nl);
  if (prev === word) return true;
  while (nl >= 0) {
    const start = nl + 1;
    nl = block.indexOf('\n', start);
    const w = prev.slice(0, block.charCodeAt(start) - 0x30) + block.slice(start + 1, nl < 0 ? block.length : nl);
    if (w === word) return true;
    if (w > word) return false;
    prev = w;
  }
  return false;
}

/** Whether a front-coded list in blocks (as scripts/build-german-nouns.mjs writes it) holds `word`: a binary search over the blocks' first words, then one block. */
export function frontCodedHas(coded: Blocks, word: string): boolean {
  const { heads, blocks } = coded;
  let lo = 0;
  let hi = heads.length - 1;
  if (hi < 0 || word < heads[0]!) return false;
  // The last block whose first word is not after `word`.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (heads[mid]! <= word) lo = mid;
    else hi = mid - 1;
  }
  return blockHas(blocks[lo]!, word);
}

/** Cuts a front-coded list into its blocks, for frontCodedHas. */
export function frontCodedBlocks(coded: string): Blocks {
  return blocksOf(coded);
}

/**
 * Where the list is: beside this module (sources: vitest, tsx), beside the chunk (out/cli) or one
 * folder up (out/main/chunks, whose entries and copied data sit in out/main).
 */
export function germanNounsCandidates(dir: string = __dirname): string[] {
  return [path.join(dir, GERMAN_NOUNS_FILE), path.join(dir, '..', GERMAN_NOUNS_FILE)];
}

/** The front-coded list of a nouns file: everything from the first "|" (the "#" lines before it are its header and licence). */
export function codedListOf(fileText: string): string {
  const at = fileText.indexOf('|');
  return at < 0 ? '' : fileText.slice(at).trimEnd();
}

/**
 * Reads the list. A missing file is an installation fault (a build that did not copy it): it
 * throws, naming where it looked, rather than letting every German claimant quietly change.
 */
function readList(): Blocks {
  const tried = germanNounsCandidates();
  for (const file of tried) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    return blocksOf(codedListOf(text));
  }
  throw new Error(`the German noun list ${GERMAN_NOUNS_FILE} is missing (looked for ${tried.join(', ')}): the build did not copy it`);
}

/** Whether the list has been read (for the tests of its lazy loading). */
export function germanNounsLoaded(): boolean {
  return cut !== null;
}

/**
 * Reads the list if it has not been read. extractClaims calls it before a German text, outside
 * its last-line catch, so a missing file is an error the caller sees, not plain sentences.
 */
export function loadGermanNouns(): void {
  cut ??= readList();
}

/** Whether `lower` (a lower-case word) is a form of a German common noun that is no first name or surname. */
export function isGermanNoun(lower: string): boolean {
  return frontCodedHas((cut ??= readList()), lower);
}
