/**
 * Every profile folder's files but the bundled profile's, each a lazy chunk
 * fetched when that conflict is shown: adding a folder to geodata/conflicts/
 * is all a new conflict takes.
 */
export const CONFLICT_ROOT = '../../../geodata/conflicts/';

export const CONFLICT_FILES: Record<string, () => Promise<unknown>> = import.meta.glob<unknown>(
  [
    '../../../geodata/conflicts/*/{profile,claims,regions.topo,shares,story}.json',
    '../../../geodata/conflicts/*/control.geojson',
    '../../../geodata/conflicts/*/src/{names,baseLabels}.json',
    '!../../../geodata/conflicts/ua/**',
  ],
  { import: 'default' },
);
