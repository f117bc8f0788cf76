// Strings of the fact-check library: earlier fact-checks in the claim panel, the "checked
// before" mark and filter, and importing fact-check files (namespace 'factchecks').
import { DOMAIN_WORDS } from '../../../../shared/words';
const factchecks = {
  stance: DOMAIN_WORDS.en.stances,
  heading: 'Earlier fact-checks',
  loading: 'Looking for earlier fact-checks…',
  none: 'No earlier fact-check matches this claim.',
  emptyLibrary: 'The fact-check library is empty: import fact-checks (ClaimReview JSON-LD, feeds, HTML pages, CSV) or review claims.',
  error: 'Earlier fact-checks could not be looked up: {{message}}',
  similarity: '{{percent}} % alike',
  sameClaim: 'Same claim',
  thisDesk: 'This desk',
  deskReview: 'Reviewed here',
  openReview: 'Open review',
  openClaim: 'Open claim',
  claimant: 'by {{name}}',
  conflict: {
    number: 'Different number: not the same claim',
    negation: 'Negated: not the same claim',
    direction: 'Opposite direction: not the same claim',
  },
  citeAs: 'Cite as',
  cite: 'Cite',
  citeNamed: 'Cite the fact-check by {{organisation}} as a source',
  cited: 'Cited as a source',
  citeHint: 'c cites the best match',
  checkedBefore: 'Checked before',
  checkedBeforeMark: 'Checked before: an earlier fact-check matches',
  import: {
    button: 'Import fact-checks…',
    title: 'Import fact-checks',
    running: '{{file}}: {{percent}} %',
    counts: '{{imported}} new, {{updated}} updated, {{unchanged}} unchanged, {{refused}} refused',
    done: '{{file}}: done',
    failed: '{{file}}: stopped. {{error}}',
    refused: 'Refused rows',
    tooLarge: '{{file}} is larger than 20 MB: import it with the command line (claimdesk factchecks import FILE), which streams files of any size.',
  },
  filter: 'Checked before',
  filterBusy: 'Matching claims against the fact-check library…',
};
export default factchecks;
