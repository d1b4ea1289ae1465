import { describe, expect, test } from 'vitest';
import { createProgress } from '../utils/cli/progress';

/** Runs `count` inputs, each taking `msEach`, on a fake clock; returns what progress wrote. */
function run(count: number, msEach: number, total?: number, fractionRead?: (done: number) => number): string[] {
  const written: string[] = [];
  let time = 0;
  let i = 0;
  const progress = createProgress({ total, fractionRead: fractionRead && (() => fractionRead(i + 1)), write: (line) => written.push(line), now: () => time });
  for (; i < count; i += 1) {
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

  test('counts against the total, at most once a second, with the rate and the time left, and ends with the final count', () => {
    expect(run(50, 300, 50)).toEqual([
      'analysed 4/50, 3.3/s, 14 s left',
      'analysed 8/50, 3.3/s, 13 s left',
      'analysed 12/50, 3.3/s, 12 s left',
      'analysed 16/50, 3.3/s, 11 s left',
      'analysed 20/50, 3.3/s, 9 s left',
      'analysed 24/50, 3.3/s, 8 s left',
      'analysed 28/50, 3.3/s, 7 s left',
      'analysed 32/50, 3.3/s, 6 s left',
      'analysed 36/50, 3.3/s, 5 s left',
      'analysed 40/50, 3.3/s, 3 s left',
      'analysed 44/50, 3.3/s, 2 s left',
      'analysed 48/50, 3.3/s, 1 s left',
      'analysed 50/50, 3.3/s',
    ]);
  });

  test('counts without a total or a time left when inputs are streamed', () => {
    expect(run(12, 500)).toEqual(['analysed 10, 2.0/s', 'analysed 12, 2.0/s']);
  });

  test('estimates the time left from how much of the input was read, when the count is unknown', () => {
    // 200 records in a file read evenly, 100 ms each: a quarter read after 5 s, so 15 s left.
    expect(run(200, 100, undefined, (done) => done / 200)[4]).toBe('analysed 50 (25% read), 10.0/s, 15 s left');
  });

  test('gives long waits in minutes and hours', () => {
    expect(run(20, 1000, 20_000)[0]).toBe('analysed 1/20000, 1.0/s, 5 h 34 min left');
    expect(run(20, 1000, 200)[0]).toBe('analysed 1/200, 1.0/s, 4 min left');
  });
});
