import { describe, expect, test } from 'vitest';
import { findAttributions, type ParsedAttribution } from '../utils/engine/index';
import { markNested } from '../utils/engine/nesting';

/** Each attribution as [source, cue, nested]. */
const read = (text: string) =>
  findAttributions(text).map((a) => [text.slice(a.source.start, a.source.end), a.cue ? text.slice(a.cue.start, a.cue.end) : null, a.nested]);

describe('nesting: an attribution inside the words another reports', () => {
  test.each([
    // A stance or a belief reported as someone's words is part of them.
    ['Reid says he voted for the plan.', [['Reid', 'says', false], ['he', 'voted', true]]],
    ['Ann Ode said, however, that she believes the port will close.', [['Ann Ode', 'said', false], ['she', 'believes', true]]],
    // A claim "according to" a source holds whatever else its sentence attributes, before it or after it.
    ['Ann Ode said the port would close, according to the Harbor Gazette.', [['Ann Ode', 'said', true], ['the Harbor Gazette', 'according', false]]],
    ['Ann Ode wants a vote, according to two aides.', [['Ann Ode', 'wants', true], ['two aides', 'according', false]]],
    ['According to a state audit, officials believe the port is losing money.', [['a state audit', 'According', false], ['officials', 'believe', true]]],
    ['In a Harbor Gazette poll released Monday, 60 percent of voters said they favour the levy.', [['a Harbor Gazette poll', 'In', false], ['60 percent of voters', 'said', true]]],
    ['Ann Ode said the port would close, according to the Harbor Gazette, which interviewed her.', [['Ann Ode', 'said', true], ['the Harbor Gazette', 'according', false]]],
  ])('nested: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  test.each([
    // A relative clause, a coordinated clause, or an "according to" in mid-sentence begins words of their own.
    ['Ann Ode said the plan, which critics oppose, would fail.', [['Ann Ode', 'said', false], ['critics', 'oppose', false]]],
    ['Ann Ode said the port would close, and officials believe it will.', [['Ann Ode', 'said', false], ['officials', 'believe', false]]],
    ['Ann Ode told reporters who believe the port will close that it would not.', [['Ann Ode', 'told', false], ['who', 'believe', false]]],
    [
      'Ann Ode said the port would close, according to minutes of the meeting, but she later denied it.',
      [['Ann Ode', 'said', false], ['minutes of the meeting', 'according', false], ['she', 'denied', false]],
    ],
  ])('not nested: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('markNested on its own', () => {
  const text = 'Reid says he voted for the plan.';
  const sentence = { start: 0, end: text.length };
  const at = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });
  const attribution = (source: string, cue: string | null, inQuotation = false): ParsedAttribution => ({
    kind: 'named-source',
    source: at(source),
    ...(cue ? { cue: at(cue) } : {}),
    inQuotation,
    narrative: false,
    nested: false,
  });

  test('the subject of the clause a cue reports is nested, the speaker not', () => {
    const [reid, he] = [attribution('Reid', 'says'), attribution('he', 'voted')];
    markNested(text, sentence, [reid, he]);
    expect([reid.nested, he.nested]).toEqual([false, true]);
  });

  test('an outer attribution with no cue, or inside a quotation, holds no words of its own', () => {
    for (const reid of [attribution('Reid', null), attribution('Reid', 'says', true)]) {
      const he = attribution('he', 'voted');
      markNested(text, sentence, [reid, he]);
      expect(he.nested).toBe(false);
    }
  });
});
