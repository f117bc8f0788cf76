// German attribution verbs as lemmas, and the few rules that give their forms in every tense
// the rules meet in news copy (present, preterite, Konjunktiv I, perfect participle; a separable
// verb split in the main clause and joined at the end of a subordinate one). A linguist adds a
// verb by adding its lemma here, not by listing its forms.
//
// Entry syntax, one per line or separated by spaces:
//   sagen                        weak verb: every form follows from the stem
//   mit|teilen                   separable: particle before the bar
//   zurück|weisen:wies:gewiesen  strong: preterite (3rd person singular) and participle, without particle
//   an|geben:gab:gegeben:gibt    strong with a changed present (3rd person singular)
//   bestätigen!                  a verb whose bare object is an act, not a message ("bestätigte den
//                                Unfall"): it attributes only with a clause, quotation or Konjunktiv after it
import type { VerbForms } from './lexicon';

/** Verbs of saying: their subject makes the claim that follows. */
const SPEECH = `
  sagen erklären! betonen ergänzen berichten meinen behaupten versichern warnen kritisieren! bekräftigen
  wiederholen unterstreichen:unterstrich:unterstrichen schreiben:schrieb:geschrieben antworten entgegnen
  erwidern bestätigen! dementieren! bestreiten:bestritt:bestritten mahnen beklagen verkünden erläutern
  argumentieren twittern kommentieren verlauten verlautbaren  melden beziffern mit|teilen hinzu|fügen
  an|geben:gab:gegeben:gibt klar|stellen bekannt|geben:gab:gegeben:gibt!
  bekannt|machen präzisieren zitieren! bilanzieren resümieren unterstellen beteuern
  monieren bemängeln beanstanden rügen loben prophezeien vorher|sagen
  erzählen verraten:verriet:verraten:verrät
  ein|gestehen:gestand:gestanden zu|geben:gab:gegeben:gibt
  zurück|weisen:wies:gewiesen:weist nach|legen an|merken fort|fahren:fuhr:gefahren:fährt
  skandieren! aus|sagen
  deutlich|machen klar|machen äußern!
  urteilen!
`;

/**
 * Verbs of stance, cognition and demand: an attribution only with content after them (a comma,
 * a colon, "dass", a quotation) or a quotation in the sentence ("wies dies als „…“ zurück").
 */
const CONTENT = `
  fordern verlangen hoffen befürchten fürchten glauben vermuten bezweifeln an|nehmen:nahm:genommen:nimmt
  erwarten drohen hin|weisen:wies:gewiesen:weist verweisen:verwies:verwiesen:verweist
  verteidigen bedauern begrüßen ab|lehnen an|kündigen vor|werfen:warf:geworfen:wirft bezeichnen
  aus|gehen:ging:gegangen:geht schätzen prognostizieren vorher|sehen:sah:gesehen:sieht befürworten
  appellieren an|regen empfehlen:empfahl:empfohlen:empfiehlt raten:riet:geraten:rät auf|fordern
  ein|schätzen zweifeln beschuldigen vor|schlagen:schlug:geschlagen:schlägt fest|halten:hielt:gehalten:hält
  überzeugen folgern mutmaßen spekulieren an|deuten
  sich|zeigen zu|stimmen widersprechen:widersprach:widersprochen:widerspricht entgegen|halten:hielt:gehalten:hält
  auf|stellen begründen ab|streiten:stritt:gestritten nennen:nannte:genannt konstatieren würdigen schildern beschreiben:beschrieb:beschrieben
  versprechen:versprach:versprochen:verspricht fest|stellen ein|räumen zu|sichern
  hervor|heben:hob:gehoben:hebt beschließen:beschloss:beschlossen entscheiden:entschied:entschieden
  zu|sagen plädieren erwägen:erwog:erwogen:erwägt drängen
  auf|rufen:rief:gerufen:ruft aus|führen an|prangern
  erhoffen signalisieren errechnen aus|rechnen berechnen
  bemerken klagen beharren pochen ein|schränken
  an|sehen:sah:gesehen:sieht nach|denken:dachte:gedacht benennen:benannte:benannt
  bitten:bat:gebeten:bittet! ersuchen beantragen vereinbaren ab|raten:riet:geraten:rät
  heraus|finden:fand:gefunden:findet erinnern beschweren verdeutlichen geltend|machen
  sprechen:sprach:gesprochen:spricht an|weisen:wies:gewiesen:weist
`;

const INSEPARABLE = /^(?:be|emp|ent|er|ge|miss|ver|zer|hinter|wider)/u;

interface Entry {
  particle: string;
  lemma: string;
  preterite: string | null;
  participle: string | null;
  present: string | null;
  needsMessage: boolean;
}

function parse(list: string): Entry[] {
  return list.split(/\s+/).filter(Boolean).map((raw) => {
    const needsMessage = raw.endsWith('!');
    const [verb = '', preterite, participle, present] = (needsMessage ? raw.slice(0, -1) : raw).split(':');
    const bar = verb.indexOf('|');
    return {
      particle: bar >= 0 ? verb.slice(0, bar) : '',
      lemma: bar >= 0 ? verb.slice(bar + 1) : verb,
      preterite: preterite ?? null,
      participle: participle ?? null,
      present: present ?? null,
      needsMessage,
    };
  });
}

/** The finite forms of the third person (and the first person singular, for quotes), and the participle. */
function formsOf(e: Entry): { finite: string[]; participle: string } {
  const lemma = e.lemma;
  const stem = lemma.endsWith('en') ? lemma.slice(0, -2) : lemma.replace(/n$/u, '');
  // "antwortet", "rechnet", "widmet": an e before t after t, d or a consonant + m/n.
  const e_ = /(?:[td]|[^aeiouäöülr][mn])$/u.test(stem) ? 'e' : '';
  const weakParticiple = (INSEPARABLE.test(lemma) || lemma.endsWith('ieren') ? '' : 'ge') + stem + e_ + 't';
  const finite = [lemma, `${stem}e`, `${stem}${e_}t`];
  if (e.preterite) finite.push(e.preterite, e.preterite.endsWith('e') ? `${e.preterite}n` : `${e.preterite}en`);
  else finite.push(`${stem}${e_}te`, `${stem}${e_}ten`);
  if (e.present) finite.push(e.present);
  return { finite: [...new Set(finite)], participle: e.participle ?? weakParticiple };
}

function collect(list: string, into: VerbForms): void {
  for (const e of parse(list)) {
    if (e.lemma === 'zeigen' && e.particle === 'sich') continue; // a stance predicate, read by copulas
    const { finite, participle } = formsOf(e);
    if (e.needsMessage) for (const f of [...finite, participle]) into.needsMessage.add(e.particle ? e.particle + f : f);
    if (e.particle) {
      // Main clause: the particle closes the clause ("teilte … mit"); subordinate: joined ("mitteilte").
      for (const f of finite) {
        const had = into.separable.get(f);
        into.separable.set(f, had && had !== e.particle && !had.split('|').includes(e.particle) ? `${had}|${e.particle}` : had ?? e.particle);
        into.finite.add(e.particle + f);
      }
      into.participles.add(e.particle + participle);
    } else {
      for (const f of finite) into.finite.add(f);
      into.participles.add(participle);
    }
  }
}

function build(): { speech: VerbForms; content: VerbForms } {
  const speech: VerbForms = { finite: new Set(), participles: new Set(), separable: new Map(), needsMessage: new Set() };
  const content: VerbForms = { finite: new Set(), participles: new Set(), separable: new Map(), needsMessage: new Set() };
  collect(SPEECH, speech);
  collect(CONTENT, content);
  return { speech, content };
}

export const GERMAN_VERBS = build();
