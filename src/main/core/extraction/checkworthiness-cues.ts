// Cue concepts: the words the English model leans on most, grouped by meaning and given in
// English and German, so a model that reads concepts instead of words can be trained on the
// English corpora and applied to German text (no labelled German data exists). The concepts
// were chosen from the strongest word weights of the English model (the training script prints
// them) and translated by hand; none was picked by looking at a German article.
//
// German entries starting with '-' are compound heads: any longer word ending so counts
// ("-steuer" finds "Einkommensteuer"). English entries are whole words.
import type { Language } from '../../../shared/domain';

interface Concept {
  en: readonly string[];
  de: readonly string[];
}

const CONCEPTS: Record<string, Concept> = {
  // Pushing up: the subjects and verbs of checkable statements.
  jobs: { en: ['jobs', 'job', 'unemployment', 'unemployed', 'employment', 'workers', 'wages'], de: ['arbeitsplätze', 'arbeitslosigkeit', 'arbeitslose', 'arbeitslosen', 'beschäftigte', 'beschäftigten', 'löhne', '-arbeitsplätze', '-löhne', 'jobs', 'stellen'] },
  money: { en: ['tax', 'taxes', 'budget', 'deficit', 'debt', 'spending', 'dollars', 'cost', 'costs', 'paid', 'pay', 'money', 'funding', 'income', 'prices', 'price'], de: ['steuer', 'steuern', '-steuer', 'haushalt', '-haushalt', 'defizit', 'schulden', '-schulden', 'ausgaben', 'euro', 'kosten', 'gezahlt', 'zahlen', 'geld', 'finanzierung', 'einkommen', 'preise', '-preise', 'preis', '-preis'] },
  economy: { en: ['economy', 'growth', 'inflation', 'trade', 'percent', 'rate', 'rates', 'gdp'], de: ['wirtschaft', 'wachstum', 'inflation', 'handel', 'prozent', 'quote', '-quote', 'rate', '-rate', 'zinsen', 'bip'] },
  public: { en: ['health', 'insurance', 'medicare', 'social', 'security', 'energy', 'oil', 'military', 'nuclear', 'crime', 'immigrants', 'schools'], de: ['gesundheit', 'versicherung', '-versicherung', 'rente', 'renten', 'energie', 'öl', 'militär', 'bundeswehr', 'atomwaffen', 'kriminalität', 'migranten', 'flüchtlinge', 'schulen'] },
  did: { en: ['voted', 'passed', 'signed', 'cut', 'raised', 'lost', 'created', 'increased', 'reduced', 'spent'], de: ['stimmte', 'stimmten', 'beschloss', 'beschlossen', 'verabschiedete', 'verabschiedet', 'unterzeichnete', 'unterzeichnet', 'kürzte', 'gekürzt', 'erhöhte', 'erhöht', 'verlor', 'verloren', 'schuf', 'geschaffen', 'stieg', 'stiegen', 'gestiegen', 'senkte', 'gesenkt', 'sank', 'sanken', 'gesunken', 'ausgegeben'] },
  has: { en: ['has', 'have', 'had', 'there', 'was', 'were'], de: ['hat', 'haben', 'hatte', 'hatten', 'gibt', 'gab', 'war', 'waren'] },
  country: { en: ['america', 'american', 'americans', 'country', 'nation', 'world', 'states', 'government', 'administration'], de: ['deutschland', 'land', 'landes', 'welt', 'staat', 'länder', 'regierung', 'bundesregierung'] },
  // Pushing down: talk, opinion, intention, address.
  think: { en: ['think', 'believe', 'feel', 'hope', 'want', 'wants', 'should', 'must', 'need'], de: ['denke', 'glaube', 'finde', 'fühle', 'hoffe', 'will', 'wollen', 'sollte', 'sollten', 'muss', 'müssen', 'brauchen'] },
  talk: { en: ['say', 'talk', 'talking', 'question', 'answer', 'thank', 'thanks', 'let', 'mr', 'senator', 'governor', 'president'], de: ['sagen', 'reden', 'rede', 'frage', 'antwort', 'danke', 'lassen', 'herr', 'frau'] },
  you: { en: ['you', 'your'], de: ['ihnen', 'du', 'dein', 'dich', 'dir', 'euch'] },
  we: { en: ['we', 'our', 'us'], de: ['wir', 'unser', 'unsere', 'uns'] },
  future: { en: ['will', 'going', 'gonna', "i'll", "we'll", 'plan', 'promise'], de: ['werden', 'wird', 'werde', 'plan', 'versprechen', 'verspreche'] },
  value: { en: ['right', 'wrong', 'good', 'great', 'best', 'important', 'people', 'values', 'fair'], de: ['richtig', 'falsch', 'gut', 'großartig', 'wichtig', 'menschen', 'werte', 'fair'] },
};

/** Bump when the concepts change: the model's feature hash includes it. */
export const CUE_LEXICON_VERSION = 'cues-1:' + Object.entries(CONCEPTS).map(([k, c]) => `${k}=${c.en.join('/')}|${c.de.join('/')}`).join(';');

interface Index {
  words: Map<string, string>;
  heads: [string, string][];
}

const indexes = new Map<Language, Index>();

function indexFor(language: Language): Index {
  let index = indexes.get(language);
  if (!index) {
    const words = new Map<string, string>();
    const heads: [string, string][] = [];
    for (const [name, concept] of Object.entries(CONCEPTS)) {
      for (const entry of concept[language]) {
        if (entry.startsWith('-')) heads.push([entry.slice(1), `c:${name}`]);
        else if (!words.has(entry)) words.set(entry, `c:${name}`);
      }
    }
    index = { words, heads };
    indexes.set(language, index);
  }
  return index;
}

function lookUp(word: string, index: Index): string | null {
  const hit = index.words.get(word);
  if (hit) return hit;
  if (word.length < 6) return null; // no compound that short
  for (const [head, concept] of index.heads) if (word.length >= head.length + 3 && word.endsWith(head)) return concept;
  return null;
}

const CACHE_LIMIT = 100000;
const caches = new Map<Language, Map<string, string | null>>();

/** The concept a lower-case word stands for in its language, if any (cached: the same words come back). */
export function conceptOf(word: string, language: Language): string | null {
  let cache = caches.get(language);
  if (!cache) {
    cache = new Map();
    caches.set(language, cache);
  }
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const concept = lookUp(word, indexFor(language));
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, concept);
  return concept;
}

/** Every concept's key by a small number, 0 for none: wordInfo keeps a word's concept in its flags (wordinfo.ts, CONCEPT_SHIFT). */
export const CONCEPT_KEYS: readonly (string | null)[] = [null, ...Object.keys(CONCEPTS).map((name) => `c:${name}`)];

/** conceptOf as its number in CONCEPT_KEYS. */
export function conceptNumber(word: string, language: Language): number {
  const concept = conceptOf(word, language);
  return concept === null ? 0 : CONCEPT_KEYS.indexOf(concept);
}
