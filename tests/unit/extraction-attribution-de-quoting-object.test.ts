// German attribution: with an active verb of quoting ("zitiert", "zitierte") the one quoted is the
// accusative object, never the outlet that quotes (session 23, issue #10: "a dative or accusative
// noun phrase is never the speaker" has this one exception). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('"X zitiert Y": Y speaks', () => {
  it('reads the object after the subject ("Die Zeitung zitiert den Trainer Karl Wenz mit den Worten: …")', () => {
    const list = de('Die Zeitung zitiert den Trainer Karl Wenz mit den Worten: „Wir haben verdient verloren.“');
    expect(claimWith(list, 'verdient')).toMatchObject({ kind: 'quote', claimant: 'Karl Wenz' });
  });

  it('reads the object after an inverted subject ("„…“, zitiert die „Rheinpost“ den Minister Paul Roth")', () => {
    const list = de('„Das ist ein großer Tag für die Stadt“, zitiert die „Rheinpost“ den Minister Paul Roth.');
    expect(claimWith(list, 'großer Tag')).toMatchObject({ kind: 'quote', claimant: 'Paul Roth' });
  });

  it('reads the object after "man" rather than the last speaker ("„…“, zitierte man den Bürgermeister Otto Lang")', () => {
    const list = de('Die Sängerin Ella Brandt sagte: „Ich komme gern wieder.“ „Wir sind keine Gäste hier“, zitierte man den Bürgermeister Otto Lang.');
    expect(claimWith(list, 'gern wieder')).toMatchObject({ kind: 'quote', claimant: 'Ella Brandt' });
    expect(claimWith(list, 'keine Gäste')).toMatchObject({ kind: 'quote', claimant: 'Otto Lang' });
  });

  it('reads a role without a name as the object ("Der Sender zitierte einen Sprecher der Polizei, wonach …")', () => {
    const list = de('Der Sender zitierte einen Sprecher der Polizei, wonach niemand verletzt worden sei.');
    expect(claimWith(list, 'niemand')).toMatchObject({ kind: 'reported', claimant: 'Sprecher der Polizei' });
  });

  it('leaves the passive to its subject ("Die Ministerin Eva Klein wird mit den Worten zitiert, …")', () => {
    const list = de('Die Ministerin Eva Klein wird mit den Worten zitiert, sie sei sehr zufrieden.');
    expect(claimWith(list, 'zufrieden')).toMatchObject({ kind: 'reported', claimant: 'Eva Klein' });
  });
});
