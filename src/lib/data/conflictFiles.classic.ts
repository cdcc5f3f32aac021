/**
 * The iframe widget's CONFLICT_FILES (swapped in by vite.embed.config.ts): the
 * frame is a classic script, which cannot import chunks inside a sandbox, so
 * each file of another profile comes as a classic script beside it
 * (embed-conflicts/<id>/<file>.js, written by the build), each setting
 * `claimlineConflicts[<id>/<file>]`. The same files as conflictFiles.ts.
 */
import { classicScript } from '../../embed/classicScript.ts';

export const CONFLICT_ROOT = '../../../geodata/conflicts/';

// Only the names are bundled (the build turns each `?conflictscript` import into "<id>/<file>").
const names = import.meta.glob<string>(
  [
    '../../../geodata/conflicts/*/{profile,claims,regions.topo,shares,story}.json',
    '../../../geodata/conflicts/*/control.geojson',
    '../../../geodata/conflicts/*/src/{names,baseLabels}.json',
    '!../../../geodata/conflicts/ua/**',
  ],
  { query: '?conflictscript', import: 'default', eager: true },
);

export const CONFLICT_FILES: Record<string, () => Promise<unknown>> = Object.fromEntries(
  Object.entries(names).map(([key, name]) => [
    key,
    () => classicScript(`embed-conflicts/${name}.js`, () => (globalThis as { claimlineConflicts?: Record<string, unknown> }).claimlineConflicts?.[name], name),
  ]),
);
