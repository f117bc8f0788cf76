// Check-worthiness scorers. A Scorer turns a sentence's features into a calibrated score in
// [0, 1] (0.5 and above: check-worthy) with the reasons that moved it most. The learned linear
// model (weights in checkworthiness.model.json, written by `npm run train:checkworthiness`) is
// the one implementation the app uses; the training script builds others from fold models.
import type { ClaimType, Language } from '../../../shared/domain';
import type { CheckworthinessReason } from '../../../shared/checkworthiness';
import { reasonDirection } from '../../../shared/checkworthiness';
import { FEATURE_HASH, HAND_FEATURES, readerFor, START, wordScale, type HandFeature, type SentenceFeatures } from './checkworthiness-features';
import bundledModel from './checkworthiness.model.json';

export interface Checkworthiness {
  score: number;
  reasons: CheckworthinessReason[];
  type: ClaimType;
}

export interface Scorer {
  /** A short name with the model version, e.g. "linear 1 (ClaimBuster + CheckThat! 2020)". */
  readonly description: string;
  score(features: SentenceFeatures, language: Language): Checkworthiness;
}

/** The model file format this code reads, and the version of the model the app ships. */
export const MODEL_FORMAT = 1;
export const MODEL_VERSION = '1.2.0';

/** One logistic regression with its Platt calibration: p = 1 / (1 + exp(-(a·z + b))). */
export interface LinearModel {
  bias: number;
  hand: Record<HandFeature, number>;
  /** Word (English model) or concept (transfer model) → weight. */
  lexical: { keys: string[]; weights: number[] };
  platt: { a: number; b: number };
}

export interface ModelFile {
  format: number;
  version: string;
  featureHash: string;
  /** What it learned from, and the cross-validated figures of this very recipe. */
  training: Record<string, unknown>;
  /** `words`: English text. `concepts`: any other language (German), through the cue lexicon. */
  models: { words: LinearModel; concepts: LinearModel };
}

export class CheckworthinessModelError extends Error {
  constructor(message: string) {
    super(`Check-worthiness model: ${message}. Retrain it with npm run train:checkworthiness (see docs/model-card-checkworthiness.md).`);
    this.name = 'CheckworthinessModelError';
  }
}

const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

function checkLinear(m: unknown, name: string): LinearModel {
  const fail = (what: string): never => {
    throw new CheckworthinessModelError(`the ${name} model ${what}`);
  };
  if (!m || typeof m !== 'object') return fail('is missing');
  const model = m as Partial<LinearModel>;
  if (!finite(model.bias)) fail('has no finite bias');
  if (!model.hand || typeof model.hand !== 'object') return fail('has no hand-feature weights');
  for (const f of HAND_FEATURES) if (!finite((model.hand as Record<string, unknown>)[f])) fail(`has no finite weight for the feature "${f}"`);
  for (const f of Object.keys(model.hand)) if (!(HAND_FEATURES as readonly string[]).includes(f)) fail(`has a weight for an unknown feature "${f}"`);
  const lexical = model.lexical;
  if (!lexical || !Array.isArray(lexical.keys) || !Array.isArray(lexical.weights) || lexical.keys.length !== lexical.weights.length) {
    return fail('has no lexical weights (keys and weights of equal length)');
  }
  if (!lexical.keys.every((k) => typeof k === 'string')) fail('has a lexical key that is not a string');
  if (!lexical.weights.every(finite)) fail('has a lexical weight that is not a finite number');
  if (!model.platt || !finite(model.platt.a) || !finite(model.platt.b) || model.platt.a <= 0) fail('has no valid calibration (platt.a > 0, platt.b)');
  return model as LinearModel;
}

/** Checks a parsed model file; throws a CheckworthinessModelError that says what is wrong. */
export function checkModel(json: unknown): ModelFile {
  if (!json || typeof json !== 'object') throw new CheckworthinessModelError('the weights file is not a JSON object');
  const file = json as Partial<ModelFile>;
  if (file.format !== MODEL_FORMAT) throw new CheckworthinessModelError(`the weights file has format ${String(file.format)}, this Claimdesk reads format ${MODEL_FORMAT}`);
  if (typeof file.version !== 'string' || !file.version) throw new CheckworthinessModelError('the weights file declares no version');
  if (file.featureHash !== FEATURE_HASH) {
    throw new CheckworthinessModelError(`the weights were trained on features ${String(file.featureHash)}, this Claimdesk computes features ${FEATURE_HASH}`);
  }
  if (!file.models || typeof file.models !== 'object') throw new CheckworthinessModelError('the weights file has no models');
  checkLinear(file.models.words, 'words');
  checkLinear(file.models.concepts, 'concepts');
  return file as ModelFile;
}

/** Parses the text of a weights file (as read from disk) and checks it. */
export function parseModel(text: string): ModelFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new CheckworthinessModelError(`the weights file is not valid JSON (${(e as Error).message})`);
  }
  return checkModel(json);
}

/** What each hand feature is called when it pushes the score its usual way; others are no reason. */
const HAND_REASON: Record<HandFeature, CheckworthinessReason> = {
  number: 'number', quantity: 'number', symbol: 'number', date: 'date', entity: 'named entity', comparison: 'comparison',
  cause: 'cause', law: 'law or rule', prediction: 'prediction', evaluative: 'evaluative wording', hedge: 'hedged',
  opinion: 'opinion or intention', first_person: 'personal', question: 'question', exclamation: 'exclamation', short: 'brief', long: 'detail',
};

/** Every reason a feature can give, in a fixed order (ties between equal contributions go by it). */
const REASON_CODES: readonly CheckworthinessReason[] = [...new Set([...HAND_FEATURES.map((f) => HAND_REASON[f]), 'factual wording', 'conversational wording'] as CheckworthinessReason[])];
const REASON_OF_HAND = HAND_FEATURES.map((f) => REASON_CODES.indexOf(HAND_REASON[f]));
const FACTUAL = REASON_CODES.indexOf('factual wording');
const CONVERSATIONAL = REASON_CODES.indexOf('conversational wording');
const REASON_UP = REASON_CODES.map((code) => reasonDirection(code) === 'up');

/** A contribution below this (in logits) is no reason worth showing. */
const MIN_REASON = 0.15;
const MAX_REASONS = 3;

interface WordEntry {
  single: number | undefined;
  /** The pairs the word opens: the second word's number (see CompiledModel.secondWords) → index. */
  seconds: Map<number, number> | undefined;
  /** The word's number as the second word of some pair, or -1 when it closes none. */
  second: number;
}
const NO_ENTRY: WordEntry = Object.freeze({ single: undefined, seconds: undefined, second: -1 });
const WORD_CACHE_LIMIT = 100000;

class CompiledModel {
  private readonly hand: Float64Array;
  /** Single keys (words, concepts) and word pairs (first word → second word) → index into weights. */
  private readonly singles = new Map<string, number>();
  private readonly pairs = new Map<string, Map<number, number>>();
  /**
   * Every word that closes a pair, numbered: a pair is looked up by the second word's small
   * integer, not by its string (hashing and comparing a string cost more, in the hottest loop).
   */
  private readonly secondWords = new Map<string, number>();
  /**
   * Per word seen: its single key's index and the pairs it opens, found by one look-up (see
   * lexicalSum). Filled on use, not at start-up (the model loads at start-up), and bounded.
   */
  private readonly words = new Map<string, WordEntry>();
  private readonly weights: Float64Array;
  /** Per key, the last sentence that counted it: each key counts once per sentence. */
  private readonly counted: Uint32Array;
  private sentence = 0;
  private readonly contributions = new Float64Array(REASON_CODES.length);

  constructor(private readonly model: LinearModel) {
    this.hand = Float64Array.from(HAND_FEATURES, (f) => model.hand[f]);
    const { keys, weights } = model.lexical;
    this.weights = Float64Array.from(weights);
    this.counted = new Uint32Array(keys.length);
    keys.forEach((k, i) => {
      const space = k.indexOf(' ');
      if (space < 0) this.singles.set(k, i);
      else {
        const first = k.slice(0, space);
        let seconds = this.pairs.get(first);
        if (!seconds) this.pairs.set(first, (seconds = new Map()));
        const second = k.slice(space + 1);
        let id = this.secondWords.get(second);
        if (id === undefined) this.secondWords.set(second, (id = this.secondWords.size));
        seconds.set(id, i);
      }
    });
  }

  private entry(form: string): WordEntry {
    let entry = this.words.get(form);
    if (entry === undefined) {
      const single = this.singles.get(form);
      const seconds = this.pairs.get(form);
      const second = this.secondWords.get(form) ?? -1;
      entry = single === undefined && seconds === undefined && second < 0 ? NO_ENTRY : { single, seconds, second };
      if (this.words.size >= WORD_CACHE_LIMIT) this.words.clear();
      this.words.set(form, entry);
    }
    return entry;
  }

  private count(i: number | undefined): number {
    if (i === undefined || this.counted[i] === this.sentence) return 0;
    this.counted[i] = this.sentence;
    return this.weights[i] ?? 0;
  }

  /**
   * The sum of the weights of the sentence's lexical keys, each counted once: the words and
   * word pairs of `forms` (as wordKeys() lists them), scaled by wordScale(), or the given keys
   * (concepts), as they are.
   */
  private lexicalSum(lexical: { forms: readonly string[] } | { keys: readonly string[] }): number {
    this.sentence = (this.sentence + 1) >>> 0 || 1;
    let sum = 0;
    if ('keys' in lexical) {
      for (const k of lexical.keys) sum += this.count(this.singles.get(k));
      return sum;
    }
    // The pairs the previous form opens are carried over: two look-ups a form instead of three.
    let seconds = this.pairs.get(START);
    for (const form of lexical.forms) {
      const entry = this.entry(form);
      sum += this.count(entry.single);
      sum += entry.second < 0 || seconds === undefined ? 0 : this.count(seconds.get(entry.second));
      seconds = entry.seconds;
    }
    return sum * wordScale(lexical.forms.length);
  }

  /** The score with the reasons: the features that pushed it up or down most. */
  run(hand: readonly number[], lexical: { forms: readonly string[] } | { keys: readonly string[] }): { p: number; reasons: CheckworthinessReason[] } {
    const contributions = this.contributions.fill(0);
    let z = this.model.bias;
    for (let i = 0; i < this.hand.length; i++) {
      const v = hand[i] ?? 0;
      if (v === 0) continue;
      const c = (this.hand[i] ?? 0) * v;
      z += c;
      contributions[REASON_OF_HAND[i]!]! += c;
    }
    const words = this.lexicalSum(lexical);
    z += words;
    contributions[words >= 0 ? FACTUAL : CONVERSATIONAL] = words;
    const { a, b } = this.model.platt;
    const p = 1 / (1 + Math.exp(-(a * z + b)));
    const reasons: CheckworthinessReason[] = [];
    // Up to three, largest first, each pointing the way its code says (a few passes over ~15 numbers).
    let taken = 0; // a bit per reason code (fewer than 32)
    while (reasons.length < MAX_REASONS) {
      let best = -1;
      for (let r = 0; r < contributions.length; r++) {
        const c = contributions[r]!;
        if (taken & (1 << r) || Math.abs(c) < MIN_REASON || c > 0 !== REASON_UP[r]) continue;
        if (best < 0 || Math.abs(c) > Math.abs(contributions[best]!)) best = r;
      }
      if (best < 0) break;
      taken |= 1 << best;
      reasons.push(REASON_CODES[best]!);
    }
    return { p: Number.isFinite(p) ? p : z > 0 ? 1 : 0, reasons };
  }
}

/** The learned linear model: words for English, cue concepts for German (and anything else). */
export class LinearScorer implements Scorer {
  readonly description: string;
  private readonly words: CompiledModel;
  private readonly concepts: CompiledModel;

  constructor(readonly file: ModelFile) {
    this.words = new CompiledModel(file.models.words);
    this.concepts = new CompiledModel(file.models.concepts);
    this.description = `linear ${file.version}`;
  }

  score(features: SentenceFeatures, language: Language): Checkworthiness {
    const { p, reasons } = readerFor(language) === 'words' ? this.words.run(features.hand, { forms: features.forms }) : this.concepts.run(features.hand, { keys: features.concepts });
    return { score: Math.round(p * 10000) / 10000, reasons, type: features.type };
  }
}

let shipped: Scorer | null = null;
let loadMs = 0;

/**
 * The scorer the app uses, from the weights shipped with it; checked on first use. The app calls
 * this at start-up so a bad weights file stops it there with a clear message, never a silent 0.
 */
export function defaultScorer(): Scorer {
  if (!shipped) {
    const t0 = performance.now();
    shipped = new LinearScorer(checkModel(bundledModel as unknown));
    loadMs = performance.now() - t0;
  }
  return shipped;
}

/** How long the shipped model took to check and compile, in milliseconds (0 before it is loaded). */
export function modelLoadMs(): number {
  return loadMs;
}
