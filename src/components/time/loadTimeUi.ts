/** The time views and their styles as chunks, fetched once on first use. The iframe build swaps in loadTimeUi.classic.ts. */
export type TimeUi = typeof import('./timeUi.ts') & {
  /** time.css, for the view to adopt (empty when the page already has it). */
  css: string;
};

let pending: Promise<TimeUi> | null = null;

export function loadTimeUi(): Promise<TimeUi> {
  pending ??= Promise.all([import('./timeUi.ts'), import('./time.css?inline')]).then(
    ([ui, css]) => ({ ...ui, css: css.default }),
    (e: unknown) => {
      pending = null;
      throw e;
    },
  );
  return pending;
}
