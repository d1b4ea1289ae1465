// The record pipeline on this thread: input order, error lines, ids already done, --limit, and a
// bounded read-ahead, without spawning the command.
import { describe, expect, test } from 'vitest';
import { runRecords, type PipelineItem } from '../utils/cli/record-pipeline';

const noProgress = { advance() {}, finish() {} };

function textRecords(count: number, onPull: () => void = () => {}): AsyncIterable<PipelineItem> {
  return (async function* () {
    for (let index = 0; index < count; index += 1) {
      onPull();
      yield index === 2
        ? { failure: { id: index, line: index + 1, error: 'not valid JSON' } }
        : { input: { id: index, format: 'text', content: `Officials said ${index} people attended.` } };
    }
  })();
}

async function run(items: AsyncIterable<PipelineItem>, options: { done?: Set<string>; limit?: number } = {}) {
  const lines: Record<string, unknown>[] = [];
  const warnings: string[] = [];
  const counts = await runRecords(items, {
    jobs: 1,
    write: (line) => void lines.push(JSON.parse(line)),
    warn: (line) => void warnings.push(line),
    progress: noProgress,
    ...options,
  });
  return { lines, warnings, counts };
}

describe('runRecords', () => {
  test('answers every record in input order, a failure as an error line that names it', async () => {
    const { lines, warnings, counts } = await run(textRecords(6));
    expect(lines.map((line) => line.id)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(lines[2]).toEqual({ id: 2, line: 3, error: 'not valid JSON' });
    expect(lines[0]).toMatchObject({ grade: expect.any(String), counts: expect.any(Object) });
    expect(warnings).toEqual(['sourcelight: line 3 (id 2): not valid JSON']);
    expect(counts).toEqual({ analysed: 5, failed: 1, alreadyDone: 0 });
  });

  test('passes over the ids already done, by their JSON, and stops at the limit', async () => {
    const { lines, counts } = await run(textRecords(8), { done: new Set(['1', '"3"', '4']), limit: 4 });
    // "3" (a string) is not 3; 1 and 4 are passed over and do not count towards the limit.
    expect(lines.map((line) => line.id)).toEqual([0, 2, 3, 5]);
    expect(counts.alreadyDone).toBe(2);
  });

  test('reads no more than a few records ahead of the output, however long the input', async () => {
    let pulled = 0;
    let mostAhead = 0;
    const lines: unknown[] = [];
    await runRecords(textRecords(200, () => (pulled += 1)), {
      jobs: 1,
      write: (line) => {
        lines.push(line);
        mostAhead = Math.max(mostAhead, pulled - lines.length);
      },
      warn: () => {},
      progress: noProgress,
    });
    expect(lines).toHaveLength(200);
    expect(mostAhead).toBeLessThanOrEqual(4);
  });
});
