// Texte der Faktencheck-Bibliothek (Namensraum 'factchecks').
import { DOMAIN_WORDS } from '../../../../shared/words';
import type en from '../en/factchecks';
const factchecks = {
  stance: DOMAIN_WORDS.de.stances,
  heading: 'Frühere Faktenchecks',
  loading: 'Suche nach früheren Faktenchecks…',
  none: 'Kein früherer Faktencheck passt zu dieser Behauptung.',
  emptyLibrary: 'Die Faktencheck-Bibliothek ist leer: Faktenchecks importieren (ClaimReview-JSON-LD, Feeds, HTML-Seiten, CSV) oder Behauptungen prüfen.',
  error: 'Frühere Faktenchecks konnten nicht gesucht werden: {{message}}',
  similarity: '{{percent}} % ähnlich',
  sameClaim: 'Dieselbe Behauptung',
  thisDesk: 'Dieser Desk',
  deskReview: 'Hier geprüft',
  openReview: 'Prüfung öffnen',
  openClaim: 'Behauptung öffnen',
  claimant: 'von {{name}}',
  conflict: {
    number: 'Andere Zahl: nicht dieselbe Behauptung',
    negation: 'Verneint: nicht dieselbe Behauptung',
    direction: 'Umgekehrte Richtung: nicht dieselbe Behauptung',
  },
  citeAs: 'Zitieren als',
  cite: 'Zitieren',
  citeNamed: 'Den Faktencheck von {{organisation}} als Quelle zitieren',
  cited: 'Als Quelle zitiert',
  citeHint: 'c zitiert den besten Treffer',
  checkedBefore: 'Schon geprüft',
  checkedBeforeMark: 'Schon geprüft: ein früherer Faktencheck passt',
  import: {
    button: 'Faktenchecks importieren…',
    title: 'Faktenchecks importieren',
    running: '{{file}}: {{percent}} %',
    counts: '{{imported}} neu, {{updated}} aktualisiert, {{unchanged}} unverändert, {{refused}} abgelehnt',
    done: '{{file}}: fertig',
    failed: '{{file}}: abgebrochen. {{error}}',
    refused: 'Abgelehnte Zeilen',
    tooLarge: '{{file}} ist größer als 20 MB: bitte über die Kommandozeile importieren (claimdesk factchecks import DATEI), die Dateien jeder Größe streamt.',
  },
  filter: 'Schon geprüft',
  filterBusy: 'Behauptungen werden mit der Faktencheck-Bibliothek abgeglichen…',
} satisfies typeof en;
export default factchecks;
