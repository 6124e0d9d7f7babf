// Long work in steps: a generator that yields where its host may answer other requests, or stop.
// The same work run to its end in one go is `finish`; stepped or not, it gives the same result.

/** Work that yields between its steps and returns `T`. */
export type Steps<T> = Generator<void, T>;

/** Runs stepped work to its end at once, for callers that have nothing to do between steps. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
