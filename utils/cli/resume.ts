// `--resume OUT.jsonl`: the ids an earlier run already answered, and where the rest of the run goes.
// A run killed mid-write leaves a last line cut short; it is cut off, so its record is analysed again.
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { open, truncate } from 'node:fs/promises';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { parseJsonObject } from './json-object';

export interface ResumeState {
  /** Ids as JSON (`"a"` and `1` stay apart), of every line, answer or error. */
  done: Set<string>;
  /** A line that is no JSON object, not the last: left as it is, and said on stderr. */
  unreadableLines: number;
  /** Bytes cut off the end: the part of a line a killed run had begun to write. */
  cutBytes: number;
}

export async function readPreviousOutput(path: string): Promise<ResumeState> {
  const state: ResumeState = { done: new Set(), unreadableLines: 0, cutBytes: 0 };
  const size = await fileSize(path);
  if (size === 0) return state;
  const complete = await endOfLastLine(path, size);
  if (complete < size) {
    await truncate(path, complete);
    state.cutBytes = size - complete;
  }
  if (complete === 0) return state;
  const lines = createInterface({ input: createReadStream(path, { end: complete - 1 }), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const value = parseJsonObject(line);
    if (!value) state.unreadableLines += 1;
    else if (value.id != null) state.done.add(JSON.stringify(value.id));
  }
  return state;
}

/** Appends lines to `path`, waiting whenever the disk is behind. */
export function appendLines(path: string): { write(line: string): Promise<void> | void; close(): Promise<void> } {
  const stream: WriteStream = createWriteStream(path, { flags: 'a' });
  return {
    write(line) {
      if (!stream.write(`${line}\n`)) return once(stream, 'drain').then(() => undefined);
    },
    async close() {
      stream.end();
      await once(stream, 'finish');
    },
  };
}

async function fileSize(path: string): Promise<number> {
  try {
    const handle = await open(path);
    try {
      return (await handle.stat()).size;
    } finally {
      await handle.close();
    }
  } catch (error) {
    // No output yet: the first run of a resumable command.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
}

/** The offset just past the file's last newline. */
async function endOfLastLine(path: string, size: number): Promise<number> {
  const handle = await open(path);
  const chunk = Buffer.alloc(1 << 16);
  try {
    for (let end = size; end > 0; end -= chunk.length) {
      const start = Math.max(0, end - chunk.length);
      const { bytesRead } = await handle.read(chunk, 0, end - start, start);
      const newline = chunk.subarray(0, bytesRead).lastIndexOf(0x0a);
      if (newline >= 0) return start + newline + 1;
    }
    return 0;
  } finally {
    await handle.close();
  }
}
