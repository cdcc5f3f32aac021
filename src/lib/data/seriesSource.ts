/**
 * Where the browser gets the dated control series: each snapshot and the
 * series' shares are module chunks, fetched on first need. The iframe build
 * swaps in seriesSource.classic.ts (classic scripts, no CORS needed).
 */
import type { FeatureCollection } from 'geojson';
import type { SeriesShares } from '../claims/controlSeriesSchema.ts';

const layers = import.meta.glob<FeatureCollection>('../../../geodata/control/*.geojson', { import: 'default' });
const pathOf = new Map(Object.keys(layers).map((path) => [path.slice(-'YYYY-MM-DD.geojson'.length, -'.geojson'.length), path]));

/** The snapshot dates, sorted. */
export const SERIES_DATES: readonly string[] = [...pathOf.keys()].sort();

export function loadLayer(date: string): Promise<FeatureCollection> {
  const path = pathOf.get(date);
  return path ? layers[path]!() : Promise.reject(new Error(`no control snapshot dated ${date}`));
}

export function loadSeriesShares(): Promise<SeriesShares> {
  return import('../../../geodata/control/shares.json').then((m) => m.default as unknown as SeriesShares);
}
