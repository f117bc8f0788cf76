import type en from '../en/queue';

const queue: typeof en = {
  filterLabel: 'Behauptungen nach Bewertung zeigen',
  showOnly: 'Nur zeigen: {{verdict}}',
  showAll: 'Wieder alle Behauptungen zeigen',
  resize: 'Höhe der Behauptungsliste (ziehen; Alt+↑/↓ in der Liste)',
  noneLeft: 'In diesem Artikel ist keine Behauptung mehr ungeprüft.',
  loadingMore: 'Behauptungen werden gelesen … {{loaded}} von {{total}}',
  stillLoading: 'Die übrigen Behauptungen werden noch gelesen: bitte gleich noch einmal.',
  hiddenByFilter: 'Keine Behauptung hier ist {{verdict}}.',
  export: {
    article_one: 'Dieser Artikel ({{count}} Behauptung)',
    article_other: 'Dieser Artikel (alle {{count}} Behauptungen)',
    shown_one: 'Die angezeigte Behauptung: {{verdict}} ({{count}})',
    shown_other: 'Die angezeigten Behauptungen: {{verdict}} ({{count}})',
    marked_one: 'Die ausgewählte Behauptung ({{count}})',
    marked_other: 'Die {{count}} ausgewählten Behauptungen',
    selected: 'Die aktuelle Behauptung',
  },
  marks: {
    label: 'Ausgewählte Behauptungen',
    count_one: '{{count}} Behauptung ausgewählt',
    count_other: '{{count}} Behauptungen ausgewählt',
    export: 'Auswahl exportieren…',
    clear: 'Auswahl aufheben',
    hint: 'Strg+Klick oder x: auf- oder abwählen · Umschalt+Klick oder Umschalt+j/k: Bereich',
  },
  shortcuts: {
    toggleMark: 'Aktuelle Behauptung für den Export auswählen oder abwählen',
    extendMarks: 'Auch die nächste (vorige) Behauptung auswählen',
    keys: { altArrows: 'Alt+↑ Alt+↓', shiftJK: 'Umschalt+j Umschalt+k' },
    nextUnreviewed: 'Nächste ungeprüfte Behauptung',
    listHeight: 'Behauptungsliste: eine Zeile kürzer oder länger',
  },
};
export default queue;
