// Long synchronous work written as a generator that pauses (yields) every so often, so that one function
// serves a caller that runs it straight through (the command line, tests) and one that gives the page its
// turn between slices of it (the content script). Pure: no DOM, no browser APIs.

/** Work that pauses now and then and finally returns T. */
export type Steps<T> = Generator<void, T, void>;

/** Units of work (nodes, sentences) between two pauses: a small fraction of a millisecond even cold. */
export const STEP = 256;

/** Runs the work straight through. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the work in slices of about `sliceMs`, awaiting `pause` between one slice and the next. */
export async function runStepsInSlices<T>(steps: Steps<T>, sliceMs: number, pause: () => Promise<void>): Promise<T> {
  let end = performance.now() + sliceMs;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() >= end) {
      await pause();
      end = performance.now() + sliceMs;
    }
  }
}

/** Gives the page its turn: scheduler.yield() keeps our place in the queue where the browser has it. */
export function pageYielder(view: (Window & { scheduler?: { yield?: () => Promise<void> } }) | null): () => Promise<void> {
  const scheduler = view?.scheduler;
  if (scheduler?.yield) return () => scheduler.yield!();
  return () => new Promise((resolve) => (view ?? globalThis).setTimeout(resolve, 0));
}
