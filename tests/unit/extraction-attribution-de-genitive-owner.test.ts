// German attribution, class "wrong speaker: the owner named in the genitive" (issue #10, session
// 18): "die Anwältin Samanis" after "Ali Samani" is Samani's lawyer, not Samani; the role with its
// owner is the speaker, and "die Anwältin" later points back to her, not to him. Sentences
// written for these tests (none is taken from a corpus).
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('a role with the genitive of a name named before', () => {
  const text = [
    'Das Gericht verurteilte Omar Haddadi zu drei Jahren Haft.',
    'Die Anwältin Haddadis bestritt gegenüber der Presse jede Schuld ihres Mandanten.',
    'Die Anwältin erklärte außerdem, sie sei an der Verteidigung gehindert worden.',
  ].join(' ');

  it('is the owner\u2019s lawyer, not the owner', () => {
    const c = claimWith(de(text), 'bestritt');
    expect(c.claimant).not.toBe('Omar Haddadi');
    expect(c.claimant).toContain('Anwältin');
  });

  it('is who "die Anwältin" points back to', () => {
    const c = claimWith(de(text), 'gehindert');
    expect(c.kind).toBe('reported');
    expect(c.claimant).toContain('Anwältin');
  });

  it('keeps a surname ending in s a name', () => {
    const list = de('Der Trainer Jonas Weiß lobte die Mannschaft. Trainer Jonas sagte, das Team habe gekämpft.');
    expect(claimWith(list, 'gekämpft').claimant).toContain('Jonas');
  });
});
