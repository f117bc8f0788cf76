// English attribution, session 24 (issue #20): a statement set as a block. A paragraph that closes
// with a colon and announces someone's words ("X issued the following statement:", "X's statement:",
// "Y remarked:") introduces the paragraphs after it even without quotation marks; the block ends at
// a paragraph that turns back to the article's voice. Sentences and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

describe('English attribution: a statement set as a block after its introduction', () => {
  it('gives the unquoted paragraphs after "X issued the following statement:" to X', () => {
    const list = claims([
      'The harbour authority closed the northern pier on Friday after a crane collapsed.',
      'Later that day, Tidewell Logistics issued the following statement:',
      'Tidewell Logistics regrets the disruption to our customers. No worker was injured.',
      '… We will reopen the pier once the inspectors have finished their work.',
    ].join('\n\n'), 'en');
    expect(claimWith(list, 'regrets the disruption')).toMatchObject({ kind: 'quote', claimant: 'Tidewell Logistics' });
    expect(claimWith(list, 'No worker was injured')).toMatchObject({ kind: 'quote', claimant: 'Tidewell Logistics' });
    expect(claimWith(list, 'reopen the pier')).toMatchObject({ kind: 'quote', claimant: 'Tidewell Logistics' });
  });

  it('reads the owner of "The NTB’s statement:" as the speaker', () => {
    const list = claims([
      'The National Tunnel Board halted all night trains through the pass on Sunday.',
      'The NTB’s statement:',
      'The board is suspending night services until the ventilation has been repaired.',
    ].join('\n\n'), 'en');
    expect(claimWith(list, 'suspending night services')).toMatchObject({ kind: 'quote' });
    expect(claimWith(list, 'suspending night services')?.claimant).toMatch(/NTB|National Tunnel Board/);
  });

  it('ends the block where the article speaks of the statement or quotes someone else', () => {
    const list = claims([
      'Mayor Ingrid Solvang released a statement:',
      'The city will cover the cost of the repairs from its reserve fund.',
      'The statement came after two weeks of protests outside the town hall.',
    ].join('\n\n'), 'en');
    expect(claimWith(list, 'cover the cost')).toMatchObject({ kind: 'quote', claimant: 'Ingrid Solvang' });
    expect(claimWith(list, 'two weeks of protests')).toMatchObject({ kind: 'statement', claimant: null });
  });

  it('introduces no one with a colon that announces no words', () => {
    const list = claims([
      'The new timetable has three changes:',
      'Buses on the coast road will run every twenty minutes until midnight.',
    ].join('\n\n'), 'en');
    expect(claimWith(list, 'every twenty minutes')).toMatchObject({ kind: 'statement', claimant: null });
  });
});

describe('English attribution: a British single quotation opened after a colon and left open', () => {
  it('keeps the sentences of an open ‘… quotation in the speaker’s voice up to the paragraph’s end', () => {
    const list = claims([
      'Ferry operator chief Lotte Brandt said: ‘Once again we’ve had to cancel every crossing. The strike has cost us a week of sailings.',
      '‘Most of these passengers were not even travelling to the port.’',
    ].join('\n\n'), 'en');
    expect(claimWith(list, 'cancel every crossing')).toMatchObject({ kind: 'quote', claimant: 'Lotte Brandt' });
    expect(claimWith(list, 'a week of sailings')).toMatchObject({ kind: 'quote', claimant: 'Lotte Brandt' });
  });

  it('does not open a quotation at an apostrophe set as ‘ inside a sentence', () => {
    const list = claims('Pieter Vos runs the ferry company. He grew up on the island in the ‘80s and never left.', 'en');
    expect(claimWith(list, 'grew up on the island')).toMatchObject({ kind: 'statement', claimant: null });
  });
});
