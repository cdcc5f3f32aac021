/** The `?compare=` view, fetched only when asked for. The iframe build swaps in loadCompare.none.ts. */
export const loadCompare = () => import('./Compare.svelte').then((m) => m.default);
