/**
 * Where the browser gets the dated control series: each snapshot and the
 * series' shares are module chunks, fetched on first need. The iframe build
 * swaps in seriesSource.classic.ts (classic scripts, no CORS needed).
 */
import type { FeatureCollection } from 'geojson';
import type { SeriesShares } from '../claims/controlSeriesSchema.ts';

import { DATES, urlOf } from 'virtual:claimline-control';

/** The snapshot dates, sorted. */
export const SERIES_DATES: readonly string[] = DATES;

export function loadLayer(date: string): Promise<FeatureCollection> {
  if (!DATES.includes(date)) return Promise.reject(new Error(`no control snapshot dated ${date}`));
  return import(/* @vite-ignore */ urlOf(date)).then((m: { default: FeatureCollection }) => m.default);
}

export function loadSeriesShares(): Promise<SeriesShares> {
  return import('../../../geodata/conflicts/ua/control/shares.json').then((m) => m.default as unknown as SeriesShares);
}
