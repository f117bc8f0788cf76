import type en from '../en/queue';

const queue: typeof en = {
  filterLabel: 'Behauptungen nach Bewertung zeigen',
  showOnly: 'Nur zeigen: {{verdict}}',
  showAll: 'Wieder alle Behauptungen zeigen',
  resize: 'Höhe der Behauptungsliste (ziehen; Alt+↑/↓ in der Liste)',
  noneLeft: 'In diesem Artikel ist keine Behauptung mehr ungeprüft.',
  hiddenByFilter: 'Keine Behauptung hier ist {{verdict}}.',
  export: {
    article_one: 'Dieser Artikel ({{count}} Behauptung)',
    article_other: 'Dieser Artikel (alle {{count}} Behauptungen)',
    shown_one: 'Die angezeigte Behauptung: {{verdict}} ({{count}})',
    shown_other: 'Die angezeigten Behauptungen: {{verdict}} ({{count}})',
    selected: 'Die ausgewählte Behauptung',
  },
  shortcuts: {
    nextUnreviewed: 'Nächste ungeprüfte Behauptung',
    listHeight: 'Behauptungsliste: eine Zeile kürzer oder länger',
    keys: { altArrows: 'Alt+↑ Alt+↓' },
  },
};
export default queue;
