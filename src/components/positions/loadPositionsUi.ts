/** The positions' map layer, panel and legend parts and their styles as chunks, loaded with the positions' data (not with the first view). */
export type PositionsUi = typeof import('./positionsUi.ts') & {
  /** positions.css, for the view to adopt (empty when the page already has it). */
  css: string;
};

export async function loadPositionsUi(): Promise<PositionsUi> {
  const [ui, css] = await Promise.all([import('./positionsUi.ts'), import('./positions.css?inline')]);
  return { ...ui, css: css.default };
}
