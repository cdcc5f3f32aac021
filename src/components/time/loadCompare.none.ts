/**
 * The iframe build's loadCompare (swapped in by vite.embed.config.ts): a
 * classic script cannot fetch the compare view as a chunk, and a dynamic
 * import inlined there would wrap every module of the frame. `?compare=` is
 * not offered in the iframe.
 */
export const loadCompare = (): Promise<null> => Promise.resolve(null);
