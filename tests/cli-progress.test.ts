import { describe, expect, test } from 'vitest';
import { createProgress } from '../utils/cli/progress';

/** Runs `count` inputs, each taking `msEach`, on a fake clock; returns what progress wrote. */
function run(count: number, msEach: number, total?: number): string[] {
  const written: string[] = [];
  let time = 0;
  const progress = createProgress({ total, write: (line) => written.push(line), now: () => time });
  for (let i = 0; i < count; i += 1) {
    time += msEach;
    progress.advance();
  }
  progress.finish();
  return written;
}

describe('progress', () => {
  test.each([
    { case: 'many quick inputs', count: 500, msEach: 1, total: 500 },
    { case: 'few slow inputs', count: 5, msEach: 2000, total: 5 },
    { case: 'few slow streamed inputs', count: 5, msEach: 2000, total: undefined },
  ])('says nothing for $case', ({ count, msEach, total }) => {
    expect(run(count, msEach, total)).toEqual([]);
  });

  test('counts against the total, at most once a second, and ends with the final count', () => {
    expect(run(50, 300, 50)).toEqual([
      'analysed 4/50',
      'analysed 8/50',
      'analysed 12/50',
      'analysed 16/50',
      'analysed 20/50',
      'analysed 24/50',
      'analysed 28/50',
      'analysed 32/50',
      'analysed 36/50',
      'analysed 40/50',
      'analysed 44/50',
      'analysed 48/50',
      'analysed 50/50',
    ]);
  });

  test('counts without a total when inputs are streamed', () => {
    expect(run(12, 500)).toEqual(['analysed 10', 'analysed 12']);
  });
});
