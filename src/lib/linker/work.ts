/**
 * A count of the linker's steps (characters scanned, segments, matches and
 * candidates looked at), so tests can check that the work grows linearly with
 * the text on any input without timing anything.
 */
export const work = { steps: 0 };

/** Add `n` steps to the count. */
export function tick(n = 1): void {
  work.steps += n;
}
