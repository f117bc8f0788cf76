// Caches in the extraction machinery that must never change an answer: a word's flags kept in
// its intern slot (tokens.ts, wordinfo.ts) and the holders of a role kept per role
// (SpeakerRegistry). The sentences were written for this test.
import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../../src/main/core/extraction/lexicon';
import type { Mention } from '../../src/main/core/extraction/phrases';
import { SpeakerRegistry } from '../../src/main/core/extraction/speakers';
import { tokenize } from '../../src/main/core/extraction/tokens';
import { CONCEPT_KEYS, conceptOf } from '../../src/main/core/extraction/checkworthiness-cues';
import { conceptOfFlags, markAcronyms, markNamedMonths, MAX_CONCEPTS, tokenInfo, tokenIs, WORD, wordInfo } from '../../src/main/core/extraction/wordinfo';

const words = (text: string) => tokenize(text, 0, text.length).filter((t) => t.word);

describe('word flags kept in the intern slot', () => {
  it('gives a later token of a word the flags wordInfo gives, for the lexicon asked', () => {
    const de = lexiconFor('de');
    const en = lexiconFor('en');
    const sentence = 'Die Ministerin erklärte am Dienstag, der Haushalt wachse um drei Prozent.';
    for (const t of words(sentence)) tokenInfo(t, de);
    for (const t of words(sentence)) {
      // A token of a word seen before starts with its German flags...
      expect(t.infoLex).toBe(de);
      expect(t.info).toBe(wordInfo(t.lower, de));
      // ...and an English question about it is answered for English.
      expect(tokenInfo(t, en)).toBe(wordInfo(t.lower, en));
    }
  });

  it('keeps a name read from a month to its own token', () => {
    const en = lexiconFor('en');
    const text = 'Theresa May said the plan would work.';
    tokenize(text, 0, text.length).forEach((t) => tokenInfo(t, en));
    const named = tokenize(text, 0, text.length);
    markNamedMonths(named, en);
    expect(tokenInfo(named.find((t) => t.text === 'May')!, en) & WORD.CALENDAR).toBe(0);
    // The same word as a month, later: its flags are the month's, not the name's.
    const month = words('The vote is set for May 12 in the capital.').find((t) => t.text === 'May')!;
    expect(tokenInfo(month, en) & WORD.CALENDAR).not.toBe(0);
  });

  it('keeps the flags of a word written in capitals apart from its lower case', () => {
    const en = lexiconFor('en');
    const [lower] = words('who');
    tokenInfo(lower!, en);
    const [upper] = words('WHO');
    expect(upper!.lower).toBe('who');
    expect(tokenInfo(upper!, en)).toBe(wordInfo('who', en));
  });

  it('finds every word again among many, with the flags of the lexicon asked last', () => {
    const de = lexiconFor('de');
    const en = lexiconFor('en');
    // Made-up words of the same length and letters, many of them (slots collide and probe on).
    const made = Array.from({ length: 3000 }, (_, n) => `Zq${(n * 7919).toString(36).padStart(5, 'a')}`);
    const text = made.join(' ');
    const first = tokenize(text, 0, text.length);
    first.forEach((t, n) => tokenInfo(t, n % 2 ? de : en));
    const again = tokenize(text, 0, text.length);
    expect(again.map((t) => t.text)).toEqual(made);
    again.forEach((t, n) => {
      // The same string as before, and a head start only for the lexicon that asked.
      expect(t.text).toBe(first[n]!.text);
      expect(t.lower).toBe(made[n]!.toLowerCase());
      expect(t.infoLex).toBe(n % 2 ? de : en);
      expect(tokenInfo(t, de)).toBe(wordInfo(t.lower, de));
      expect(tokenInfo(t, en)).toBe(wordInfo(t.lower, en));
    });
  });
});

function role(words: string[], pos: number): Mention {
  return { name: [], role: words, phrase: words.join(' '), pronoun: false, definite: true, gender: null, pos, antecedent: null, document: false };
}

describe('holders of a role kept per role', () => {
  it('takes a holder registered after the role was first resolved', () => {
    const registry = new SpeakerRegistry(lexiconFor('de'));
    registry.add(['Karla', 'Brandt'], ['Ministerin'], 'f', true, 10);
    expect(registry.resolve(role(['die', 'Ministerin'], 50)).claimant).toBe('Karla Brandt');
    registry.add(['Jutta', 'Olbers'], ['Ministerin'], 'f', true, 100);
    // The holder named last before the role, though the role was resolved before she was known.
    expect(registry.resolve(role(['die', 'Ministerin'], 150)).claimant).toBe('Jutta Olbers');
    expect(registry.resolve(role(['die', 'Ministerin'], 60)).claimant).toBe('Karla Brandt');
  });

  it('takes a role given to someone known before', () => {
    const registry = new SpeakerRegistry(lexiconFor('de'));
    registry.add(['Karla', 'Brandt'], ['Ministerin'], 'f', true, 10);
    registry.add(['Timo', 'Wessel'], null, 'm', true, 20);
    expect(registry.resolve(role(['der', 'Bürgermeister'], 50)).claimant).not.toBe('Timo Wessel');
    registry.add(['Timo', 'Wessel'], ['Bürgermeister'], 'm', true, 30);
    expect(registry.resolve(role(['der', 'Bürgermeister'], 60)).claimant).toBe('Timo Wessel');
  });
});

describe('membership bits in a word\'s flags', () => {
  // Each bit answers what its set answers (the rules read the bit instead of probing the set).
  const bits = [
    [WORD.SPEECH_VERB, 'speechVerbs'],
    [WORD.CONTENT_VERB, 'contentVerbs'],
    [WORD.PARTICIPLE, 'participles'],
    [WORD.AUXILIARY, 'auxiliaries'],
    [WORD.PASSIVE_AUX, 'passiveAuxiliaries'],
  ] as const;

  it('says of every word what the lexicon\'s set says, in both languages', () => {
    for (const [language, text] of [
      ['de', 'Zudem hatte die Kämmerin erklärt, der Etat werde gekürzt. Sie wurde gefragt und sagte nichts, meinte aber, es sei genug.'],
      ['en', 'The harbour master had said the pier was closed; moreover she was asked and claimed nothing, though she thinks it will reopen.'],
    ] as const) {
      const lex = lexiconFor(language);
      const tokens = tokenize(text, 0, text.length);
      let hits = 0;
      for (const t of tokens) {
        for (const [bit, set] of bits) {
          const expected = lex[set].has(t.lower);
          if (expected) hits++;
          expect(tokenIs(t, bit, lex), `${language} ${t.text} ${set}`).toBe(expected);
          expect((wordInfo(t.lower, lex) & bit) !== 0).toBe(expected);
        }
      }
      // The sentences do hold words of these sets (the test would pass vacuously otherwise).
      expect(hits).toBeGreaterThan(5);
      // Every set's words, not just the sentences': the bit and the set agree.
      for (const [bit, set] of bits) for (const w of lex[set]) expect((wordInfo(w, lex) & bit) !== 0, `${language} ${w} ${set}`).toBe(true);
    }
  });

  it('keeps the bits through the marks that clear closed-class flags, and answers false for no token', () => {
    const en = lexiconFor('en');
    const text = 'Officials WERE told the vote HAD been delayed, and May said so.';
    const tokens = tokenize(text, 0, text.length);
    markNamedMonths(tokens, en);
    markAcronyms(tokens, en);
    for (const t of tokens) expect(tokenIs(t, WORD.AUXILIARY | WORD.PASSIVE_AUX, en)).toBe(en.auxiliaries.has(t.lower) || en.passiveAuxiliaries.has(t.lower));
    expect(tokenIs(undefined, WORD.SPEECH_VERB, en)).toBe(false);
    for (const [, set] of bits) expect(en[set].has('')).toBe(false);
  });

  it('leaves room for every cue concept in its four bits', () => {
    expect(CONCEPT_KEYS.length).toBeLessThanOrEqual(MAX_CONCEPTS);
    const de = lexiconFor('de');
    // A word with a concept and with membership bits: the concept reads back unchanged.
    for (const w of ['sagte', 'prozent', 'erklärt', 'weil']) expect(conceptOfFlags(wordInfo(w, de))).toBe(conceptOf(w, 'de'));
    // No two flags share a bit: the named flags, the concept's four bits above NOUN, the membership bits above those.
    const named = Object.values(WORD);
    const concept = (MAX_CONCEPTS - 1) * 2 * WORD.NOUN;
    let seen = concept;
    for (const bit of named) {
      expect(bit & seen, `bit ${bit}`).toBe(0);
      seen |= bit;
    }
    expect(seen).toBe(-1);
    // A German noun keeps its noun bit beside its membership bits ("Zeuge" is a noun; "erklärt" a speech verb and participle).
    expect(wordInfo('zeuge', de) & WORD.NOUN).toBe(WORD.NOUN);
    expect(wordInfo('erklärt', de) & (WORD.SPEECH_VERB | WORD.PARTICIPLE)).toBe(WORD.SPEECH_VERB | WORD.PARTICIPLE);
  });
});
