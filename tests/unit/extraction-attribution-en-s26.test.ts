// English attribution, session 26 (issue #20): documents and data with a named owner as the source,
// and a definite description ("the agency") read as the one body named before with that word.
// Sentences and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

describe('English attribution: a document or data with a named owner speaks for its owner', () => {
  it('reads the owner named before the document noun', () => {
    const list = claims([
      'Bus use has recovered, as Office for Rail Statistics (ORS) figures showed that delays fell by a fifth.',
      'Delays rose, as Ofwat analysis suggests that bills could fall by £50 a year.',
      'A Harbour Trust report published on Friday found that the pier is unsafe.',
      'The Harbour Trust’s annual report said the pier was unsafe for visitors.',
    ].join('\n\n'), 'en');
    expect(claimWith(list, 'fell by a fifth')).toMatchObject({ kind: 'reported', claimant: 'Office for Rail Statistics' });
    expect(claimWith(list, '£50 a year')).toMatchObject({ kind: 'reported', claimant: 'Ofwat' });
    expect(claimWith(list, 'pier is unsafe')).toMatchObject({ kind: 'reported', claimant: 'Harbour Trust' });
    expect(claimWith(list, 'unsafe for visitors')).toMatchObject({ kind: 'reported', claimant: 'Harbour Trust' });
  });

  it('reads a body noun in the possessive before the document as its owner', () => {
    const list = claims('The council’s finance report estimates that the deficit will reach £4m by 2027.', 'en');
    expect(claimWith(list, 'deficit will reach')).toMatchObject({ kind: 'reported', claimant: 'council' });
  });

  it('reads the owner after the document noun, past a participle and its time', () => {
    const list = claims([
      'Latest figures from the Office for Rail Statistics show that delays rose in May.',
      'Data released on Thursday (25 May) by the Tarn Valley Water Board showed that leaks doubled.',
      'A study by the University of Leith found that most commuters drive to work.',
    ].join('\n\n'), 'en');
    expect(claimWith(list, 'delays rose')).toMatchObject({ kind: 'reported', claimant: 'Office for Rail Statistics' });
    expect(claimWith(list, 'leaks doubled')).toMatchObject({ kind: 'reported', claimant: 'Tarn Valley Water Board' });
    expect(claimWith(list, 'commuters drive')).toMatchObject({ kind: 'reported', claimant: 'University of Leith' });
  });

  it('leaves an outlet whose verb is "reports" the speaker', () => {
    const list = claims('The Harbour Ledger reports that rents rose by a tenth. Ferries were late again, the Harbour Ledger reports.', 'en');
    expect(claimWith(list, 'rents rose')).toMatchObject({ kind: 'reported', claimant: 'Harbour Ledger' });
    expect(claimWith(list, 'Ferries were late')).toMatchObject({ kind: 'reported', claimant: 'Harbour Ledger' });
  });

  it('leaves a document with an owner but no verb of saying as the article’s', () => {
    const list = claims('A Harbour Trust report is due out next week. Kestrel Bank figures are published every month.', 'en');
    expect(claimWith(list, 'due out')).toMatchObject({ kind: 'statement', claimant: null });
    expect(claimWith(list, 'every month')).toMatchObject({ kind: 'statement', claimant: null });
  });

  it('leaves a document without an owner unnamed, and an adjective opening the sentence no owner', () => {
    const list = claims([
      'A report published on Friday found that bus use fell sharply.',
      'Official figures show that house prices fell in the north.',
    ].join('\n\n'), 'en');
    expect(claimWith(list, 'bus use fell').claimant).toBeNull();
    expect(claimWith(list, 'house prices fell').claimant).toBeNull();
  });
});

describe('English attribution: a definite description is the one body named before with its word', () => {
  it('reads "the agency" as the agency named before, not the office that spoke two sentences back', () => {
    const list = claims('The Coastal Flood Agency issued warnings for three rivers on Sunday. ' +
      'The Weather Office said heavy rain would reach the valley overnight. ' +
      'Sandbags were handed out in the market square on Monday. ' +
      'The agency said the river was likely to burst its banks near the old mill.', 'en');
    expect(claimWith(list, 'heavy rain')).toMatchObject({ kind: 'reported', claimant: 'Weather Office' });
    expect(claimWith(list, 'old mill')).toMatchObject({ kind: 'reported', claimant: 'Coastal Flood Agency' });
  });

  it('keeps the body that spoke when its name has the word', () => {
    const list = claims('The Coastal Flood Agency said the river had peaked. The Weather Office expects more rain. ' +
      'Separately, the Northern Water Agency said reservoirs were full. The agency said the dam was safe.', 'en');
    expect(claimWith(list, 'dam was safe')).toMatchObject({ kind: 'reported', claimant: 'Northern Water Agency' });
  });
});

describe('English attribution: speech in a relative clause about someone named (speech-relative.ts)', () => {
  it('reads the name before "who said", past an apposition or an affiliation', () => {
    const list = claims([
      'The plan was backed by Professor Ann Roe, from the University of Leith, who said that cutting fees would hurt poorer students.',
      'The mayor was confronted by resident Ivo Brandt who said the council had done nothing for the flooded street.',
      'It echoes the warning from Tom Hale, the biggest grower in the valley, who said a price rise was on its way.',
      'Tickets went first to Mara Quint, who had warned that prices would rise.',
    ].join('\n\n'), 'en');
    expect(claimWith(list, 'poorer students')).toMatchObject({ kind: 'reported', claimant: 'Ann Roe' });
    expect(claimWith(list, 'flooded street')).toMatchObject({ kind: 'reported', claimant: 'Ivo Brandt' });
    expect(claimWith(list, 'price rise')).toMatchObject({ kind: 'reported', claimant: 'Tom Hale' });
    expect(claimWith(list, 'prices would rise')).toMatchObject({ kind: 'reported', claimant: 'Mara Quint' });
  });

  it('leaves a relative clause about someone unnamed, and one whose verb is no speech, as the article’s', () => {
    const list = claims([
      'The man who said he saw the fire was arrested on Monday evening.',
      'The prize went to Ann Roe, who built the new boathouse on the river.',
    ].join('\n\n'), 'en');
    expect(claimWith(list, 'saw the fire')).toMatchObject({ kind: 'statement', claimant: null });
    expect(claimWith(list, 'new boathouse')).toMatchObject({ kind: 'statement', claimant: null });
  });
});
