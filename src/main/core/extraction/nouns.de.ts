// Whether a lower-case word is an inflected form of a German common noun ("zeuge", "trainer",
// "namen", "fahrers"), from a lexicon derived from german-pos-dict (CC BY-SA 4.0; see
// nouns.de.data.ts and scripts/build-german-nouns.mjs), less every form that is also a German
// first name or surname ("müller", "fischer", "koch" may be names and are not in it).
//
// German capitalises every noun, so the rules cannot tell "Zeuge Max Huber" (a noun, then a name)
// from "Max Huber Müller" by the case of the words; the suffix rules (lexicon.de.ts
// commonNounSuffixes) know "-ung", "-heit" and the like, this list the rest. The list is cut on
// the first question (the first German text extracted): about 4,400 blocks of 32 words, each
// decoded when a question falls into it (wordInfo asks once per distinct word). English extraction
// never pays for it.
import { germanNounFormsText } from './nouns.de.data';

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

/** Whether `lower` (a lower-case word) is a form of a German common noun that is no first name or surname. */
export function isGermanNoun(lower: string): boolean {
  return frontCodedHas((cut ??= blocksOf(germanNounFormsText())), lower);
}
