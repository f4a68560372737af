import { describe, expect, it } from 'vitest';
import { sameSpeaker } from '../../../src/eval/facts/quote-scorer.ts';

describe('sameSpeaker', () => {
  it('takes a name holding the gold name as whole words, ignoring case', () => {
    expect(sameSpeaker('Aleksandr Loekasjenko', 'Loekasjenko')).toBe(true);
    expect(sameSpeaker('Kremlinwoordvoerder Dmitri Peskov', 'dmitri peskov')).toBe(true);
    expect(sameSpeaker('kabinet van Loekasjenko woensdag', 'kabinet van Loekasjenko')).toBe(true);
  });

  it('refuses a part of a word, the gold name holding the predicted one, and one side without a speaker', () => {
    expect(sameSpeaker('Loekasjenkos', 'Loekasjenko')).toBe(false);
    expect(sameSpeaker('Loekasjenko', 'kabinet van Loekasjenko')).toBe(false);
    expect(sameSpeaker('', 'Loekasjenko')).toBe(false);
    expect(sameSpeaker('hij', '')).toBe(false);
    expect(sameSpeaker('', '')).toBe(true);
  });
});
