// English attribution, session 23 (issue #20): cues of the PolNeAR cue counts that the lexicon did not read,
// found by writing sentences for every frequent cue in every tense. Sentences and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

describe('English attribution: any verb of saying in the progressive', () => {
  it('reads "is reporting that", "is estimating that", "are hoping that", "is testifying that", "is pointing out that"', () => {
    const list = claims('Ilse Marrow is reporting that the ferry crossings fell by half. The Tarn Water Board is estimating that the reservoir will last until June. ' +
      'Bram Oduya and Ruth Pell are hoping that the bridge reopens before winter. Dale Finch is testifying that he never saw the ledger. ' +
      'Council chair Ruth Pell is pointing out that the levy was never collected.', 'en');
    expect(claimWith(list, 'crossings fell')).toMatchObject({ kind: 'reported', claimant: 'Ilse Marrow' });
    expect(claimWith(list, 'reservoir will last').claimant).toContain('Tarn Water Board');
    expect(claimWith(list, 'bridge reopens').claimant).toContain('Bram Oduya');
    expect(claimWith(list, 'never saw the ledger')).toMatchObject({ kind: 'reported', claimant: 'Dale Finch' });
    expect(claimWith(list, 'never collected').claimant).toContain('Ruth Pell');
  });

  it('keeps a progressive without a clause of content an act ("is reporting record sales", "is hoping for rain")', () => {
    const list = claims('The Harlow Mill is reporting record sales this spring. Ilse Marrow is hoping for rain in the valley.', 'en');
    expect(claimWith(list, 'record sales').claimant).toBeNull();
    expect(claimWith(list, 'hoping for rain').claimant).toBeNull();
  });
});

describe('English attribution: verbs of agreeing, proposing, fearing and swearing with their clause', () => {
  it('reads "agreed that", "proposed that", "fears that", "worried that", "swore that", "signaled that"', () => {
    const list = claims('Bram Oduya agreed that the fee was too high. Ruth Pell proposed that the vote be delayed by a month. ' +
      'Ilse Marrow fears that the clinic will close. Dale Finch worried that the pier would not survive another storm. ' +
      'Nell Ashby swore that she had paid the fine. The Tarn Water Board signaled that prices would rise in spring.', 'en');
    expect(claimWith(list, 'fee was too high')).toMatchObject({ kind: 'reported', claimant: 'Bram Oduya' });
    expect(claimWith(list, 'vote be delayed')).toMatchObject({ kind: 'reported', claimant: 'Ruth Pell' });
    expect(claimWith(list, 'clinic will close')).toMatchObject({ kind: 'reported', claimant: 'Ilse Marrow' });
    expect(claimWith(list, 'pier would not survive')).toMatchObject({ kind: 'reported', claimant: 'Dale Finch' });
    expect(claimWith(list, 'paid the fine')).toMatchObject({ kind: 'reported', claimant: 'Nell Ashby' });
    expect(claimWith(list, 'prices would rise').claimant).toContain('Tarn Water Board');
  });

  it('keeps them acts with a plain object ("agreed to a merger", "proposed a new tax", "swore an oath")', () => {
    const list = claims('The Harlow Mill agreed to a merger in May. Bram Oduya proposed a new tax on parking. Ruth Pell swore an oath of office on Monday.', 'en');
    expect(claimWith(list, 'merger').claimant).toBeNull();
    expect(claimWith(list, 'tax on parking').claimant).toBeNull();
    expect(claimWith(list, 'oath of office').claimant).toBeNull();
  });
});

describe('English attribution: an affiliation whose body has "of" in its name, or its kind after it', () => {
  it('reads "X of the University of Harlow said", "X from the Tarn panel said"', () => {
    const list = claims('Ilse Marrow of the University of Harlow said that rents will fall. Economists from the Tarn panel said that wages would rise.', 'en');
    expect(claimWith(list, 'rents will fall')).toMatchObject({ kind: 'reported', claimant: 'Ilse Marrow' });
    expect(claimWith(list, 'wages would rise').claimant).toBe('Economists');
  });
});

describe('English attribution: a list of names before a trailing speaker', () => {
  it('gives "… ports such as Oslo, Bergen, Malmo, Riga and Turku will not …, Harlow Ferries said" to the company, not to a city', () => {
    const list = claims('Crossings to ports such as Oslo, Bergen, Malmo, Riga and Turku will not go ahead, Harlow Ferries said.', 'en');
    expect(claimWith(list, 'will not go ahead').claimant).toBe('Harlow Ferries');
  });

  it('still reads an apposition between a speaker and the verb of saying', () => {
    const list = claims('Dale Finch, Harlow Ferries chief executive, said the ports would reopen. ' +
      'The Harlow lawyers and port consultants drafted in to end the strike had warned that the talks could fail.', 'en');
    expect(claimWith(list, 'ports would reopen').claimant).toBe('Dale Finch');
    expect(claimWith(list, 'talks could fail').kind).toBe('reported');
  });
});

describe('English attribution: a body description after a one-word name that opened a sentence', () => {
  it('gives "the budget airline said", "the carrier said" to the name that was the subject before', () => {
    const list = claims('Skyvella has cancelled 300 flights across Europe as controllers walk out. ' +
      'Walkouts in the south have grounded dozens of planes, the budget airline said. The carrier said most flights were not bound for Spain.', 'en');
    expect(claimWith(list, 'grounded dozens').claimant).toBe('Skyvella');
    expect(claimWith(list, 'not bound for Spain').claimant).toBe('Skyvella');
  });

  it('prefers a body named with the description\'s word', () => {
    const list = claims('Harlow Airlines said it would add flights. Skyvella has cancelled 300 flights. The airline said the strike was to blame.', 'en');
    expect(claimWith(list, 'strike was to blame').claimant).toBe('Harlow Airlines');
  });
});

describe('English attribution: "according to" a document and its author', () => {
  it('reads the author after a participle, a place of publication, a year or an adjective', () => {
    const list = claims('Oats sell for less each year, according to 2022 data compiled by Harlow Grain Monitor. ' +
      'The mill closed in March, according to an article in the Tarn Courier by Nell Ashby. ' +
      'According to earlier reports from the Harlow Post, the ferry will be sold. ' +
      'Barley prices keep rising, according to a fact sheet from the Tarn Farm Bureau.', 'en');
    expect(claimWith(list, 'Oats sell')).toMatchObject({ kind: 'reported', claimant: 'Harlow Grain Monitor' });
    expect(claimWith(list, 'mill closed')).toMatchObject({ kind: 'reported', claimant: 'Nell Ashby' });
    expect(claimWith(list, 'ferry will be sold')).toMatchObject({ kind: 'reported', claimant: 'Harlow Post' });
    expect(claimWith(list, 'Barley prices')).toMatchObject({ kind: 'reported', claimant: 'Tarn Farm Bureau' });
  });

  it('names no one for a document without an author ("according to the latest data")', () => {
    const list = claims('Bread costs 10% more than last year, according to the latest price data.', 'en');
    expect(claimWith(list, 'Bread costs').claimant).toBeNull();
  });
});

describe('English attribution: a participle clause inside the description before the verb', () => {
  it('reads "X, union organiser, speaking before the offer was tabled, said:" as X speaking', () => {
    const list = claims('Dale Finch, Tarn union organiser, speaking before the new offer was tabled, said: “Drivers are facing the worst winter in years.”', 'en');
    expect(claimWith(list, 'worst winter')).toMatchObject({ kind: 'quote', claimant: 'Dale Finch' });
  });
});

describe('English attribution: a described watchdog and speech acts without content', () => {
  it('gives "the regional water watchdog said" to the body named before', () => {
    const list = claims('The Tarn Water Authority will open an inquiry. The inquiry will take a year, the regional water watchdog said.', 'en');
    expect(claimWith(list, 'take a year').claimant).toBe('Tarn Water Authority');
  });

  it('reads "congratulated", "apologised", "thanked" as speech, and "judged that" with its clause', () => {
    const list = claims('Mayor Nell Ashby congratulated the rowing team in a letter. Dale Finch has apologised for the delays. ' +
      'Ilse Marrow thanked the volunteers. The Tarn Water Board cut its fees but judged that demand would stay weak. The jury judged the pies on Sunday.', 'en');
    expect(claimWith(list, 'rowing team')).toMatchObject({ kind: 'reported', claimant: 'Nell Ashby' });
    expect(claimWith(list, 'the delays')).toMatchObject({ kind: 'reported', claimant: 'Dale Finch' });
    expect(claimWith(list, 'volunteers')).toMatchObject({ kind: 'reported', claimant: 'Ilse Marrow' });
    expect(claimWith(list, 'demand would stay weak').claimant).toContain('Tarn Water Board');
    expect(claimWith(list, 'pies on Sunday').claimant).toBeNull();
  });
});

describe('English attribution: a content clause without "that" whose subject is a noun phrase', () => {
  it('reads "announced the crossings would resume", "promised the bridge will reopen"', () => {
    const list = claims('Harlow Ferries announced the crossings would resume in May. Dale Finch promised the old bridge will reopen in June.', 'en');
    expect(claimWith(list, 'crossings would resume')).toMatchObject({ kind: 'reported', claimant: 'Harlow Ferries' });
    expect(claimWith(list, 'bridge will reopen')).toMatchObject({ kind: 'reported', claimant: 'Dale Finch' });
  });

  // Session 26 convention: an announcement or a promise of a thing is reported speech, the actor's.
  it('reads an announcement or a promise with a plain object as reported speech', () => {
    const list = claims('The Tarn council announced the new budget on Monday. Dale Finch promised the voters a new bridge.', 'en');
    expect(claimWith(list, 'new budget')).toMatchObject({ kind: 'reported', claimant: 'Tarn council' });
    expect(claimWith(list, 'new bridge')).toMatchObject({ kind: 'reported', claimant: 'Dale Finch' });
  });
});
