/**
 * The iframe build's seriesSource (swapped in by vite.embed.config.ts): the
 * frame is a classic script, so each snapshot and the shares come as classic
 * scripts beside it (embed-control/<date>.js, embed-control/shares.js, written
 * by the build), each setting `claimlineControl[name]`.
 */
import type { FeatureCollection } from 'geojson';
import type { SeriesShares } from '../claims/controlSeriesSchema.ts';
import { classicScript } from '../../embed/classicScript.ts';

// Only the file names are bundled (the build turns each `?date` import into its date).
const names = import.meta.glob<string>('../../../geodata/conflicts/ua/control/*.geojson', { query: '?date', import: 'default', eager: true });

export const SERIES_DATES: readonly string[] = Object.values(names).sort();

const script = (name: string): Promise<unknown> =>
  classicScript(`embed-control/${name}.js`, () => (globalThis as { claimlineControl?: Record<string, unknown> }).claimlineControl?.[name], name);

export function loadLayer(date: string): Promise<FeatureCollection> {
  return SERIES_DATES.includes(date) ? (script(date) as Promise<FeatureCollection>) : Promise.reject(new Error(`no control snapshot dated ${date}`));
}

export function loadSeriesShares(): Promise<SeriesShares> {
  return script('shares') as Promise<SeriesShares>;
}
