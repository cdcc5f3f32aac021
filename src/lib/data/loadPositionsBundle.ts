/** The type of what loadPositionsBundle resolves to: positionsBundle.ts's exports. */
export type PositionsBundle = typeof import('./positionsBundle.ts');

/** Loads the positions' data and functions as chunks, so the first view does not grow (issue 16). */
export function loadPositionsBundle(): Promise<PositionsBundle> {
  return import('./positionsBundle.ts');
}
