/** The positions' panel and legend parts as a chunk, loaded with the positions' data (not with the first view). */
export type PositionsUi = typeof import('./positionsUi.ts');

export function loadPositionsUi(): Promise<PositionsUi> {
  return import('./positionsUi.ts');
}
