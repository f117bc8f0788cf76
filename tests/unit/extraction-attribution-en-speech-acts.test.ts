// English attribution, session 25 (issue #20): the subject of a speech act whose object is what was said
// ("The council announced the closure of the depot", "Tom Hale, …, cited rising costs"), read only where no
// other reading found a speaker (speech-act-subject.ts). Verbs that are as often acts keep needing a content
// clause. Sentences and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

describe('English attribution: the subject of a speech act with a noun object', () => {
  it('reads a body or a person that discloses, criticises or slams something', () => {
    const council = claims('Greyhill Council disclosed the cost of closing two bus depots in the valley.', 'en');
    expect(claimWith(council, 'bus depots')).toMatchObject({ kind: 'reported', claimant: 'Greyhill Council' });
    const grower = claims('Tom Hale, who chairs the growers’ association, criticised the slow payments to farmers after the wet spring.', 'en');
    expect(claimWith(grower, 'slow payments')).toMatchObject({ kind: 'reported', claimant: 'Tom Hale' });
    const union = claims('On Monday, the Ferry Workers Union slammed the operator for cutting winter sailings.', 'en');
    expect(claimWith(union, 'winter sailings')).toMatchObject({ kind: 'reported', claimant: 'Ferry Workers Union' });
  });

  it('reads names joined by "and" as one subject', () => {
    const joined = claims('Brandmart and Vosco slammed the new packaging levy as a tax on shoppers.', 'en');
    expect(claimWith(joined, 'packaging levy').claimant).toMatch(/Brandmart|Vosco/);
  });

  it('reads "commented that …", "advised residents to …" and "voiced anger at …"', () => {
    const commented = claims('Anna Berg commented that the new timetable was a step backwards for the valley.', 'en');
    expect(claimWith(commented, 'new timetable')).toMatchObject({ kind: 'reported', claimant: 'Anna Berg' });
    const advised = claims('The Kellerby water board advised residents to boil their tap water until Friday.', 'en');
    expect(claimWith(advised, 'boil their tap water')).toMatchObject({ kind: 'reported', claimant: 'Kellerby water board' });
    const dismay = claims('The Harbour Trust voiced anger at the slow pace of the repairs to the pier.', 'en');
    expect(claimWith(dismay, 'slow pace')).toMatchObject({ kind: 'reported', claimant: 'Harbour Trust' });
  });

  it('reads the subject past an apposition and an auxiliary', () => {
    const list = claims('Mara Quint, head of the regional water board, has demanded an inquiry into the burst mains.', 'en');
    expect(claimWith(list, 'burst mains')).toMatchObject({ kind: 'reported', claimant: 'Mara Quint' });
  });

  // Session 26 convention (the lead's decision): a speech act whose object is content is reported speech, the actor's.
  it('reads announcing, praising, asking, citing, pledging and calling for something as reported speech', () => {
    const list = claims([
      'The Dunmore Rowing Club announced a new boathouse for its junior crews.',
      'Ivo Brandt praised the ferry crews for their work during the storm.',
      'The harbour board asked skippers to keep clear of the north wall.',
      'Lena Voss cited a sharp rise in the price of feed.',
      'The Kestrel Foundation pledged £40,000 to the village library.',
      'The fishermen’s union called for an inquiry into the closure of the quay.',
    ].join('\n\n'), 'en');
    expect(claimWith(list, 'new boathouse')).toMatchObject({ kind: 'reported', claimant: 'Dunmore Rowing Club' });
    expect(claimWith(list, 'ferry crews')).toMatchObject({ kind: 'reported', claimant: 'Ivo Brandt' });
    expect(claimWith(list, 'north wall')).toMatchObject({ kind: 'reported', claimant: 'harbour board' });
    expect(claimWith(list, 'price of feed')).toMatchObject({ kind: 'reported', claimant: 'Lena Voss' });
    expect(claimWith(list, 'village library')).toMatchObject({ kind: 'reported', claimant: 'Kestrel Foundation' });
    expect(claimWith(list, 'closure of the quay').kind).toBe('reported');
  });

  it('reads the subject past a title’s full stop and an adverb after the auxiliary', () => {
    const list = claims('Ms. Okoro has often praised the volunteers who run the food bank.', 'en');
    expect(claimWith(list, 'food bank')).toMatchObject({ kind: 'reported', claimant: 'Okoro' });
  });

  it('leaves opening, signing and building something as the article’s own voice', () => {
    const list = claims([
      'The Dunmore Rowing Club opened a new boathouse for its junior crews.',
      'Lena Voss signed a two-year contract with the county team.',
      'The Kestrel Foundation built a reading room beside the village library.',
    ].join('\n\n'), 'en');
    for (const needle of ['new boathouse', 'two-year contract', 'reading room']) expect(claimWith(list, needle)).toMatchObject({ kind: 'statement', claimant: null });
  });

  it('leaves acts, passives and lists of names as the article’s own voice', () => {
    const posted = claims('Onlookers posted photographs of the flooded square on social media.', 'en');
    expect(claimWith(posted, 'flooded square').claimant).toBeNull();
    const rejected = claims('Members of the Ferry Workers Union have rejected a three-year pay offer from the operator.', 'en');
    expect(claimWith(rejected, 'pay offer').claimant).toBeNull();
    const passive = claims('Drivers were urged to avoid the coast road until the water had gone down.', 'en');
    expect(claimWith(passive, 'coast road').claimant).toBeNull();
    const listed = claims('The fight for customers between Brandmart and Vosco shows no sign of easing this winter.', 'en');
    expect(claimWith(listed, 'no sign').claimant).toBeNull();
    const first = claims('Latest readings show the river falling slowly after a week of rain.', 'en');
    expect(claimWith(first, 'river falling').claimant).toBeNull();
  });
});
