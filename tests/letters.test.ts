// The letter tests by table answer as the Unicode property patterns they stand for, surrogate pairs included.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { hasCodePoint, isDottedInitials, isSpaceCode, isLetterCode, isLetters, isLettersThen, isLowerCode, isRunOf, isUpperCode, startsWithCapital, startsWithLetter } from '../utils/engine/letters';

// ASCII, accented and titlecase letters, a combining mark, astral letters and an emoji, lone surrogates, spaces.
const PIECES = ['a', 's', 'l', 'y', 'e', 'd', 'A', 'S', '.', '-', '7', ' ', 'é', 'É', 'ß', 'ǅ', 'ª', '\u0301', '𝐀', '𝐚', '😀', '\ud835', '\udc00', 'ſ', 'K', 'İ', '\u00a0', '’'];
const words = fc.array(fc.constantFrom(...PIECES, 'ly', 'ed', 'a.b.'), { maxLength: 8 }).map((parts) => parts.join(''));

describe('letters', () => {
  test.each([
    [/^\p{L}+$/u, (w: string) => isLetters(w)],
    [/^\p{Ll}+$/u, (w: string) => isRunOf(w, isLowerCode)],
    [/^\p{L}+ly$/u, (w: string) => isLettersThen(w, 'ly')],
    [/^\p{L}/u, startsWithLetter],
    [/^\p{Lu}/u, startsWithCapital],
    [/\p{L}/u, (w: string) => hasCodePoint(w, isLetterCode)],
    [/\p{Lu}/u, (w: string) => hasCodePoint(w, isUpperCode)],
    [/^(?:\p{L}\.)+$/u, (w: string) => isDottedInitials(w, true)],
    [/^(?:\p{L}\.)+\p{L}$/u, (w: string) => isDottedInitials(w, false)],
  ])('%s', (pattern, helper) => {
    fc.assert(fc.property(words, (w) => helper(w) === pattern.test(w)), { numRuns: 3000 });
  });

  test('white space is /\s/ for every UTF-16 code unit', () => {
    for (let c = 0; c < 0x10000; c++) expect(isSpaceCode(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });

  test('a run cut inside a surrogate pair ends in no letter', () => {
    expect(isLetters('a𝐀', 0, 2)).toBe(false);
    expect(isLetters('a𝐀', 0, 3)).toBe(true);
  });
});
