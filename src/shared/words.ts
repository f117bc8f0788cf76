// The words for verdicts, claim kinds, source stances and claim types, in each UI language.
// The app (renderer i18n) and the verdict report both take them from here, so what a reviewer
// clicks is what the published report says.
import type { UiLanguage } from './domain';

export interface DomainWords {
  verdicts: { verified: string; disputed: string; inconclusive: string; unreviewed: string };
  kinds: { statement: string; reported: string; quote: string };
  stances: { supports: string; refutes: string; context: string };
  claimTypes: { quantity: string; correlation_causation: string; prediction: string; law_rule: string; personal_experience: string; other: string };
}

export const DOMAIN_WORDS: Record<UiLanguage, DomainWords> = {
  en: {
    verdicts: { verified: 'Verified', disputed: 'Disputed', inconclusive: 'Inconclusive', unreviewed: 'Unreviewed' },
    kinds: { statement: 'Statement', reported: 'Reported speech', quote: 'Quote' },
    stances: { supports: 'Supports', refutes: 'Refutes', context: 'Context' },
    claimTypes: {
      quantity: 'Quantity',
      correlation_causation: 'Correlation or causation',
      prediction: 'Prediction',
      law_rule: 'Law or rule',
      personal_experience: 'Personal experience',
      other: 'Other',
    },
  },
  de: {
    verdicts: { verified: 'Bestätigt', disputed: 'Widerlegt', inconclusive: 'Unklar', unreviewed: 'Ungeprüft' },
    kinds: { statement: 'Aussage', reported: 'Indirekte Rede', quote: 'Zitat' },
    // "Spricht dagegen", not "Widerlegt": that is the verdict's word.
    stances: { supports: 'Stützt', refutes: 'Spricht dagegen', context: 'Kontext' },
    claimTypes: {
      quantity: 'Menge',
      correlation_causation: 'Zusammenhang oder Ursache',
      prediction: 'Vorhersage',
      law_rule: 'Gesetz oder Regel',
      personal_experience: 'Persönliche Erfahrung',
      other: 'Sonstiges',
    },
  },
};
