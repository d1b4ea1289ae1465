// "analysed 120/500, 41.3/s, 9 s left" on stderr, for runs long enough that silence would look like a hang.

/** Fewer inputs than this finish too soon to need progress. */
const MIN_INPUTS = 10;
/** Nothing is shown before the run is this old, nor more often than this. */
const QUIET_MS = 1000;

export interface ProgressOptions {
  /** Unknown when inputs are streamed. */
  total?: number;
  /** How much of the input has been read, from 0 to 1, where the count is unknown but the size is (WARC files). */
  fractionRead?: () => number;
  write: (line: string) => void;
  now?: () => number;
}

export interface Progress {
  /** One more input done. */
  advance(): void;
  /** If progress was shown, show where the run ended. */
  finish(): void;
}

export function createProgress({ total, fractionRead, write, now = Date.now }: ProgressOptions): Progress {
  const startedAt = now();
  let done = 0;
  let shownDone = 0;
  let shownAt: number | undefined;

  const show = (time: number) => {
    const seconds = (time - startedAt) / 1000;
    const fraction = total !== undefined ? done / total : fractionRead?.();
    const parts = [`analysed ${done}${total === undefined ? '' : `/${total}`}`];
    if (total === undefined && fraction !== undefined) parts[0] += ` (${Math.floor(fraction * 100)}% read)`;
    if (seconds > 0) parts.push(`${(done / seconds).toFixed(1)}/s`);
    if (fraction !== undefined && fraction > 0 && fraction < 1) parts.push(`${formatDuration((seconds * (1 - fraction)) / fraction)} left`);
    write(parts.join(', '));
    shownDone = done;
    shownAt = time;
  };

  return {
    advance() {
      done += 1;
      const time = now();
      if ((total ?? done) < MIN_INPUTS || time - startedAt < QUIET_MS) return;
      if (shownAt !== undefined && time - shownAt < QUIET_MS) return;
      show(time);
    },
    finish() {
      if (shownAt !== undefined && shownDone !== done) show(now());
    },
  };
}

function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  if (seconds < 3600) return `${Math.ceil(seconds / 60)} min`;
  return `${Math.floor(seconds / 3600)} h ${Math.ceil((seconds % 3600) / 60)} min`;
}
