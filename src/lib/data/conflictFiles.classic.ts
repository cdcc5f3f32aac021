/**
 * The iframe widget's build (a classic script, which cannot import chunks
 * inside a sandbox): only the bundled profile. Another conflict is shown by
 * the app (index.html?conflict=) and by the <claimline-map> element.
 */
export const CONFLICT_ROOT = '../../../geodata/conflicts/';

export const CONFLICT_FILES: Record<string, () => Promise<unknown>> = {};
