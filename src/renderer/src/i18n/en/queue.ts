// Strings of the review queue in the workspace: verdict filter, next unreviewed, list height.
const queue = {
  filterLabel: 'Show claims by verdict',
  showOnly: 'Show only: {{verdict}}',
  showAll: 'Show all claims again',
  resize: 'Claims list height (drag; Alt+↑/↓ in the list)',
  noneLeft: 'No unreviewed claim left in this article.',
  hiddenByFilter: 'No claim here is {{verdict}}.',
  export: {
    article_one: 'This article ({{count}} claim)',
    article_other: 'This article (all {{count}} claims)',
    shown_one: 'The claim shown: {{verdict}} ({{count}})',
    shown_other: 'The claims shown: {{verdict}} ({{count}})',
    selected: 'The selected claim',
  },
  shortcuts: {
    nextUnreviewed: 'Next unreviewed claim',
    listHeight: 'Claims list: one row shorter or taller',
    keys: { altArrows: 'Alt+↑ Alt+↓' },
  },
};
export default queue;
