// Strings of the review queue in the workspace: verdict filter, next unreviewed, list height.
const queue = {
  filterLabel: 'Show claims by verdict',
  showOnly: 'Show only: {{verdict}}',
  showAll: 'Show all claims again',
  resize: 'Claims list height (drag; Alt+↑/↓ in the list)',
  noneLeft: 'No unreviewed claim left in this article.',
  loadingMore: 'Reading claims… {{loaded}} of {{total}}',
  stillLoading: 'The rest of the claims are still being read: try again in a moment.',
  hiddenByFilter: 'No claim here is {{verdict}}.',
  export: {
    article_one: 'This article ({{count}} claim)',
    article_other: 'This article (all {{count}} claims)',
    shown_one: 'The claim shown: {{verdict}} ({{count}})',
    shown_other: 'The claims shown: {{verdict}} ({{count}})',
    marked_one: 'The selected claim ({{count}})',
    marked_other: 'The {{count}} selected claims',
    selected: 'The current claim',
  },
  marks: {
    label: 'Selected claims',
    count_one: '{{count}} claim selected',
    count_other: '{{count}} claims selected',
    export: 'Export selected…',
    clear: 'Clear selection',
    hint: 'Ctrl+click or x: add or remove · Shift+click or Shift+j/k: a range',
  },
  shortcuts: {
    toggleMark: 'Select the current claim for export, or unselect it',
    extendMarks: 'Select the next (previous) claim too',
    keys: { altArrows: 'Alt+↑ Alt+↓', shiftJK: 'Shift+j Shift+k' },
    nextUnreviewed: 'Next unreviewed claim',
    listHeight: 'Claims list: one row shorter or taller',
  },
};
export default queue;
