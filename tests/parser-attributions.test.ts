// The parser's own stage output (findAttributions): every attribution it finds, the ones the findings leave out
// included, with its source and cue as offsets. Sentences written to show one rule each.
import { describe, expect, test } from 'vitest';
import { analyzeText, findAttributions, type ParsedAttribution } from '../utils/engine';

const read = (text: string) =>
  findAttributions(text).map((a: ParsedAttribution) => ({
    kind: a.kind,
    source: text.slice(a.source.start, a.source.end),
    cue: a.cue ? text.slice(a.cue.start, a.cue.end) : undefined,
    inQuotation: a.inQuotation,
  }));

describe('findAttributions', () => {
  test('attributions inside a quotation are found and marked, though the findings leave them to the speaker', () => {
    const text = 'The mayor said on Friday: “Our engineers tell me the bridge is safe, and the inspectors agree.”';
    expect(read(text)).toEqual([
      { kind: 'named-source', source: 'The mayor', cue: 'said', inQuotation: false },
      { kind: 'named-source', source: 'Our engineers', cue: 'tell', inQuotation: true },
      { kind: 'vague-attribution', source: 'the inspectors', cue: 'agree', inQuotation: true },
    ]);
    expect(analyzeText(text).map((f) => f.text)).toEqual(['The mayor said']);
  });

  test('"they" with no group to refer to is an attribution, but no finding', () => {
    const text = 'They say the river will flood this spring.';
    expect(read(text)).toEqual([{ kind: 'vague-attribution', source: 'They', cue: 'say', inQuotation: false }]);
    expect(analyzeText(text)).toEqual([]);
  });

  test('kinds are after references: "he" takes the kind of the person named before', () => {
    const text = 'A council engineer who asked not to be named inspected the bridge. He said the cables were rusted.';
    const he = read(text).find((a) => a.source === 'He');
    expect(he).toEqual({ kind: 'anonymous-source', source: 'He', cue: 'said', inQuotation: false });
  });

  test('a formula with no source phrase carries no cue', () => {
    expect(read('The bridge is seen as a symbol of the town.')).toEqual([
      { kind: 'vague-attribution', source: 'seen as', cue: undefined, inQuotation: false },
    ]);
  });

  test('every attribution finding stands on an attribution found outside quotations, with the same source and cue', () => {
    const text =
      'Several farmers told the paper that the harvest was poor. “Prices will rise,” said Ana Ruiz, who runs the market. ' +
      'According to the regional statistics office, exports fell. “Critics claim we failed,” she added.';
    const outside = findAttributions(text).filter((a) => !a.inQuotation);
    const sources = analyzeText(text).filter((f) => f.source);
    expect(sources.length).toBeGreaterThanOrEqual(3);
    for (const f of sources) {
      expect(outside.some((a) => a.source.start === f.source!.start && a.source.end === f.source!.end && a.cue?.start === f.cue?.start)).toBe(true);
    }
    expect(findAttributions(text).some((a) => a.inQuotation && text.slice(a.source.start, a.source.end) === 'Critics')).toBe(true);
  });
});
