// A few words of each finding's sentence: cut around it in the page, made whole words in the popup, never
// past the sentence, with "…" where it goes on.
import { describe, expect, test } from 'vitest';
import type { Finding } from '../utils/engine/types';
import { findingContexts, readableContext } from '../utils/finding-context';

const contextOf = (text: string, phrase: string, from = 0) => {
  const start = text.indexOf(phrase, from);
  const finding: Finding = { kind: 'anonymous-source', start, end: start + phrase.length, text: phrase, reason: 'x.' };
  return readableContext(findingContexts(text, [finding])[0]!);
};

describe('findingContexts', () => {
  test.each([
    ['a whole short sentence', 'Officials said the talks had stalled.', 'Officials said', { before: '', after: ' the talks had stalled.' }],
    [
      'stops at the sentences before and after',
      'It rained. Then two informed sources said it would stop. Nobody believed them.',
      'two informed sources',
      { before: 'Then ', after: ' said it would stop.' },
    ],
    [
      'cuts a long sentence at whole words, with "…"',
      'The administration has been considering for several weeks now, according to a former US official who follows the talks closely and often speaks to reporters in Washington, a wider role.',
      'a former US official',
      { before: '…for several weeks now, according to ', after: ' who follows the talks closely and often…' },
    ],
    ['stops at a paragraph break', 'A headline\nSources said so', 'Sources said', { before: '', after: ' so' }],
    ['keeps a closing quotation mark with its sentence', '“It is over.” Sources said so.', 'Sources', { before: '', after: ' said so.' }],
    ['collapses runs of white space', 'The deal   was,\tsources\tsaid,  off.', 'sources', { before: 'The deal was, ', after: ' said, off.' }],
  ])('%s', (_, text, phrase, expected) => {
    expect(contextOf(text, phrase)).toEqual(expected);
  });

  test('two mentions of the same words get their own sentences', () => {
    const text = 'Two sources said the plan was dead. Later, two sources said it was revived.';
    expect(contextOf(text, 'sources', 0).after).toBe(' said the plan was dead.');
    expect(contextOf(text, 'sources', 10)).toEqual({ before: 'Later, two ', after: ' said it was revived.' });
  });
});
