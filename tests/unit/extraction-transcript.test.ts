// Transcript conventions, each on a short text of our own.
import { describe, expect, it } from 'vitest';
import { claimWith, none } from '../helpers/extraction';
import { extractClaims, type ExtractedClaim } from '../../src/main/core/extraction';

function claims(text: string): ExtractedClaim[] {
  return extractClaims(text, { language: 'en' }).claims;
}



describe('transcript speaker labels', () => {
  it('reads a label alone on its line, with a timestamp, and a turn over several paragraphs', () => {
    const text = 'Town Hall Transcript: Water and Roads\n\n' +
      'Maria Lopez (00:03):\nThe county spent $40 million on roads last year.\n\nWe fixed 300 bridges since 2020.\n\n' +
      '(Applause)\n\nThe state paid for half of it.\n\n' +
      'Tom Baker (01:15):\nThat is wrong, the county borrowed $12 million for it. [crosstalk 00:01:20]\n\n' +
      'Speaker 3 (01:22):\nWater rates rose 9 percent in 2023.';
    const list = claims(text);
    expect(claimWith(list, '$40 million')).toMatchObject({ kind: 'quote', claimant: 'Maria Lopez' });
    expect(claimWith(list, '300 bridges')).toMatchObject({ kind: 'quote', claimant: 'Maria Lopez' });
    expect(claimWith(list, 'half of it')).toMatchObject({ kind: 'quote', claimant: 'Maria Lopez' });
    const baker = claimWith(list, 'borrowed');
    expect(baker).toMatchObject({ kind: 'quote', claimant: 'Tom Baker' });
    expect(baker.text.endsWith('for it.')).toBe(true); // the stage direction is cut off
    expect(claimWith(list, 'Water rates')).toMatchObject({ kind: 'quote', claimant: 'Speaker 3' });
    none(list, 'Applause');
    none(list, 'Transcript');
  });

  it('reads long wire labels with a party and a role, and maps later short labels to the full name', () => {
    const text = 'NEWS NETWORK TOWN HALL\n\nTHIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM.\n\n' +
      "ANNA KRAUSE, NETWORK ANCHOR: Good evening. I'm Anna Krause. Senator, the floor is yours.\n\n" +
      'SEN. PAUL MCKINNON (D-OR), PRESIDENTIAL CANDIDATE: Thank you, Anna. Oregon cut child poverty by a third in five years.\n\n' +
      '(CROSSTALK)\n\nMCKINNON: We built 20,000 homes in 2022. (APPLAUSE)\n\n' +
      'UNIDENTIFIED FEMALE: The plant closed in 2019 and 800 people lost their jobs!\n\n' +
      'KRAUSE: We have to take a quick break.\n\n(COMMERCIAL BREAK)';
    const list = claims(text);
    expect(claimWith(list, 'child poverty')).toMatchObject({ kind: 'quote', claimant: 'Paul Mckinnon' });
    const homes = claimWith(list, '20,000 homes');
    expect(homes).toMatchObject({ kind: 'quote', claimant: 'Paul Mckinnon' });
    expect(homes.text).toBe('We built 20,000 homes in 2022.');
    expect(claimWith(list, 'plant closed')).toMatchObject({ kind: 'quote', claimant: 'Unidentified Female' });
    for (const c of list) expect(c.text).not.toMatch(/ANCHOR|CANDIDATE|RUSH TRANSCRIPT|CROSSTALK|APPLAUSE/u);
    expect(list.map((c) => c.claimant)).not.toContain("I'm Anna Krause");
    none(list, 'quick break'); // an anchor's procedure
  });

  it('takes the spelling the text gives to a name its labels write in capitals', () => {
    const text = 'ROSA MACLEOD, CANDIDATE: Taxes rose 5 percent under this council.\n' +
      'HOST: Ms. MacLeod, thank you.\nMACLEOD: We lost 2,000 jobs last year.';
    expect(claimWith(claims(text), '2,000 jobs').claimant).toBe('Rosa MacLeod');
  });

  it('reads Hansard labels: question numbers, ids, constituencies, parties and offices', () => {
    const text = 'Oral Answers to Questions\n\n' +
      'Q3. [100234] Tom Bright (Bristol East) (Lab): If she will list her official engagements for Monday 3 March.\n\n' +
      'The Chancellor of the Exchequer (Jane Roe): I have been asked to reply. Growth was 0.8 per cent last quarter.\n\n' +
      'Mr Bright: Bus fares in Bristol have risen by 30 per cent since 2021. [Interruption.] The Government capped them at £2.\n\n' +
      'The Chancellor of the Exchequer: My hon. Friend is right. We froze fuel duty for the fifth year in a row.\n\n' +
      'Madam Deputy Speaker: Order. I call Sarah Hill.\n\n' +
      'Dr Sarah Hill (Kendal) (LD): Rural bus routes fell by 1,200 in a decade.\n\n' +
      'Hon. Members: Hear, hear!';
    const list = claims(text);
    expect(claimWith(list, '0.8 per cent')).toMatchObject({ kind: 'quote', claimant: 'Jane Roe' });
    expect(claimWith(list, 'fuel duty')).toMatchObject({ kind: 'quote', claimant: 'Jane Roe' });
    const fares = claimWith(list, 'Bus fares');
    expect(fares).toMatchObject({ kind: 'quote', claimant: 'Tom Bright' });
    expect(fares.text.endsWith('since 2021.')).toBe(true);
    expect(claimWith(list, 'capped them')).toMatchObject({ kind: 'quote', claimant: 'Tom Bright' });
    expect(claimWith(list, 'Rural bus')).toMatchObject({ kind: 'quote', claimant: 'Sarah Hill' });
    none(list, 'official engagements');
    none(list, 'hon. Friend');
    none(list, 'I call');
    for (const c of list) expect(c.text).not.toMatch(/\[|Bristol East|Kendal/u);
  });

  it('reads "MR. SMITH:", "THE PRESIDENT:" and press-conference "Q:" / "A:" labels', () => {
    const hearing = 'MR. GARNER: Our agency approved 14 permits in 2023.\nTHE CHAIRMAN: Thank you.\n' +
      'MR. GARNER: Two of them were revoked last month.';
    const h = claims(hearing);
    expect(claimWith(h, '14 permits')).toMatchObject({ kind: 'quote', claimant: 'Garner' });
    expect(claimWith(h, 'revoked')).toMatchObject({ kind: 'quote', claimant: 'Garner' });

    const briefing = 'Q: Did the ministry miss its target?\nA: We met the target, and exports grew 12 percent in 2024.\n' +
      'Q: What about imports?\nA: Imports fell by 3 percent.';
    const b = claims(briefing);
    expect(claimWith(b, 'exports grew')).toMatchObject({ kind: 'quote', claimant: null });
    expect(claimWith(b, 'Imports fell')).toMatchObject({ kind: 'quote', claimant: null });
    none(b, 'Did the ministry');
  });

  it('drops a moderator\'s procedure and vocatives without figures', () => {
    const text = 'MODERATOR (Peter Hall): Governor, thirty seconds. We are back after this.\n' +
      'WELLS: Well, Peter, I would say look at the record. Unemployment fell to 3 percent in my state.\n' +
      'ARCHER: Governor Wells, you raised taxes in 2021.';
    const list = claims(text);
    none(list, 'thirty seconds');
    none(list, 'back after');
    none(list, 'look at the record');
    expect(claimWith(list, 'Unemployment fell')).toMatchObject({ kind: 'quote', claimant: 'Wells' });
    expect(claimWith(list, 'raised taxes')).toMatchObject({ kind: 'quote', claimant: 'Archer' });
    // "MODERATOR (Peter Hall):" names the moderator; a later "MODERATOR:" is the same person.
    const named = claims('MODERATOR (Peter Hall): The deficit doubled in 2020.\nWELLS: It did not.\nMODERATOR: Taxes rose by 4 percent in 2021.');
    expect(claimWith(named, 'deficit').claimant).toBe('Peter Hall');
    expect(claimWith(named, 'Taxes rose').claimant).toBe('Peter Hall');
  });

  it('does not make a news article with "Fazit:" or "Update:" lines a transcript', () => {
    const text = 'Update: The city council approved the budget on Tuesday.\n' +
      'The budget grows by 4 percent to 1.2 billion euros, the mayor said.\n' +
      'Fazit: The city will borrow 80 million euros more next year.\n' +
      'Update: The council also raised parking fees by 10 percent.';
    const list = claims(text);
    expect(list.length).toBeGreaterThan(0);
    for (const c of list) expect(c.claimant ?? '').not.toMatch(/Update|Fazit/u);
    expect(claimWith(list, 'borrow').kind).toBe('statement');
  });
});

describe('interviews', () => {
  it('takes a "Name: „quote“" headline for a headline, not the start of that person\'s turn', () => {
    const text = 'Bürgermeisterin im Gespräch\nWeber: „Die Stadt braucht mehr Busse“\n\n' +
      'Anna Weber ist seit 2019 Bürgermeisterin von Neustadt. Die Stadt hat 40.000 Einwohner.\n\n' +
      'ZEIT ONLINE: Frau Weber, wie viele Busse fehlen?\n\n' +
      'Weber: Uns fehlen 25 Busse. Der Bund hat die Förderung 2024 gestrichen.\n\n' +
      'ZEIT ONLINE: Und das Land?\n\n' +
      'Weber: Das Land zahlt seit 2022 nur noch 30 Prozent der Kosten.';
    const list = extractClaims(text, { language: 'de' }).claims;
    none(list, 'mehr Busse');
    expect(claimWith(list, 'seit 2019')).toMatchObject({ kind: 'statement', claimant: null });
    expect(claimWith(list, '40.000')).toMatchObject({ kind: 'statement', claimant: null });
    expect(claimWith(list, '25 Busse')).toMatchObject({ kind: 'quote', claimant: 'Anna Weber' });
    expect(claimWith(list, '30 Prozent')).toMatchObject({ kind: 'quote', claimant: 'Anna Weber' });
  });
});

describe('rhetoric and ritual in debates', () => {
  it('drops a bare "that\'s …" verdict without a figure or a name, and keeps one with either', () => {
    const text = 'CHEN: The district closed 4 schools in 2022. That\'s a fact. That is not my opinion.\n\n' +
      'PARK: That\'s wrong, it closed 2 schools. That was Governor Reyes\'s decision.\n\n' +
      'CHEN: This is not a school bill.';
    const list = claims(text);
    none(list, 'a fact');
    none(list, 'my opinion');
    expect(claimWith(list, '2 schools')).toMatchObject({ claimant: 'Park', kind: 'quote' });
    expect(claimWith(list, 'Reyes')).toMatchObject({ claimant: 'Park' });
    expect(claimWith(list, 'school bill')).toMatchObject({ claimant: 'Chen' });
  });

  it('drops "Das stimmt so nicht." in a German answer', () => {
    const list = extractClaims('SPIEGEL: Die Mieten steigen doch überall?\n\nMüller: Das stimmt so nicht. In Halle sind sie 2024 um 2 Prozent gesunken.\n\nSPIEGEL: Warum?\n\nMüller: Es wurde viel gebaut.', { language: 'de' }).claims;
    none(list, 'stimmt');
    expect(claimWith(list, '2 Prozent')).toMatchObject({ kind: 'quote', claimant: 'Müller' });
  });

  it('drops the Prime Minister\'s ritual answer on engagements', () => {
    const text = 'The Prime Minister (Ann Hale): This morning, I had meetings with ministerial colleagues and others. ' +
      'In addition to my duties in this House, I shall have further such meetings later today.\n\n' +
      'Tom Bright (Leeds North) (Lab): Waiting lists fell by 40,000 in March.\n\n' +
      'The Prime Minister: Waiting lists are at their lowest since 2019.';
    const list = claims(text);
    none(list, 'ministerial colleagues');
    none(list, 'further such meetings');
    expect(claimWith(list, 'lowest since 2019')).toMatchObject({ claimant: 'Ann Hale' });
  });
});

describe('what the review found', () => {
  it('keeps turns that open with "If"/"Whether" or name someone, and spells shouted names as names, not as everyday words', () => {
    const text = 'THERESA MAY: We cut unemployment to 4.2 percent, and we may cut it again.\n\n' +
      'HUNT: Reeves, as chancellor, raised taxes on farms. If we raise the wage to $15 we lift 1.3 million people out of poverty. ' +
      'Whether you like it or not the deficit doubled.\n\n' +
      'MAY: The hunt for savings goes on.';
    const list = claims(text);
    expect(claimWith(list, '4.2 percent').claimant).toBe('Theresa May');
    expect(claimWith(list, 'raised taxes on farms')).toMatchObject({ claimant: 'Hunt', kind: 'quote' });
    expect(claimWith(list, '1.3 million').claimant).toBe('Hunt');
    expect(claimWith(list, 'deficit doubled').claimant).toBe('Hunt');
    expect(claimWith(list, 'savings goes on').claimant).toBe('Theresa May');
  });

  it('still drops the Hansard question "If he will list his official engagements …", date and all', () => {
    const text = 'Q1. Tom Bright (Leeds North) (Lab): If he will list his official engagements for Wednesday 11 June.\n\n' +
      'The Prime Minister (Ann Hale): Waiting lists fell by 40,000 in March.\n\n' +
      'Tom Bright: Waiting lists in Leeds rose by 9 percent.';
    const list = claims(text);
    none(list, 'official engagements');
    expect(claimWith(list, '40,000').claimant).toBe('Ann Hale');
  });
});

describe('attribution details', () => {
  it('"…, writing that …" / "…, arguing that …" gives the claim to the subject; "…, adding $5 billion" does not', () => {
    const list = claims('Gov. Ann Hale weighed in on social media, writing that her state had spent $11 billion on the border. ' +
      'The bill passed the Senate, adding $5 billion to the deficit. Senator Jane Roe voted no, arguing that the plan costs $2 billion.');
    expect(claimWith(list, '$11 billion')).toMatchObject({ kind: 'reported', claimant: 'Ann Hale' });
    expect(claimWith(list, '$5 billion')).toMatchObject({ kind: 'statement', claimant: null });
    expect(claimWith(list, '$2 billion')).toMatchObject({ kind: 'reported', claimant: 'Jane Roe' });
  });

  it('"said with a smile" is still speech; "countered with an estimate" gives the claim to the estimate', () => {
    const list = claims('The economy grew by 3.2 percent last year, Smith said with a smile.');
    expect(claimWith(list, '3.2 percent')).toMatchObject({ kind: 'reported', claimant: 'Smith' });
  });

  it('"erklärte für die Regierung" is speech, "für rechtswidrig erklärt" is not; a Bündnis speaks', () => {
    const list = extractClaims('Der Minister Jan Roth erklärte für die Regierung, die Steuer steige 2026 um 2 Prozent. ' +
      'Das Gericht erklärte die Regel für rechtswidrig.\n\nDas Bündnis kritisierte, dass die Mieten um 12 Prozent gestiegen seien.', { language: 'de' }).claims;
    expect(claimWith(list, 'Steuer steige')).toMatchObject({ kind: 'reported', claimant: 'Jan Roth' });
    expect(claimWith(list, 'rechtswidrig')).toMatchObject({ kind: 'statement', claimant: null });
    expect(claimWith(list, '12 Prozent')).toMatchObject({ kind: 'reported', claimant: 'Bündnis' });
  });
});
