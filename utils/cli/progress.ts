// "analysed 120/500" on stderr, for runs long enough that silence would look like a hang.

/** Fewer inputs than this finish too soon to need progress. */
const MIN_INPUTS = 10;
/** Nothing is shown before the run is this old, nor more often than this. */
const QUIET_MS = 1000;

export interface ProgressOptions {
  /** Unknown when inputs are streamed. */
  total?: number;
  write: (line: string) => void;
  now?: () => number;
}

export interface Progress {
  /** One more input done. */
  advance(): void;
  /** If progress was shown, show where the run ended. */
  finish(): void;
}

export function createProgress({ total, write, now = Date.now }: ProgressOptions): Progress {
  const startedAt = now();
  let done = 0;
  let shownDone = 0;
  let shownAt: number | undefined;

  const show = () => {
    write(`analysed ${done}${total === undefined ? '' : `/${total}`}`);
    shownDone = done;
    shownAt = now();
  };

  return {
    advance() {
      done += 1;
      const time = now();
      if ((total ?? done) < MIN_INPUTS || time - startedAt < QUIET_MS) return;
      if (shownAt !== undefined && time - shownAt < QUIET_MS) return;
      show();
    },
    finish() {
      if (shownAt !== undefined && shownDone !== done) show();
    },
  };
}
