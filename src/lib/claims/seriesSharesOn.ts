/**
 * The held shares of one snapshot of the dated control series, in the shape
 * the region summaries read (`regions[id].share`), from
 * `geodata/conflicts/ua/control/shares.json` (`dates[date][id]`). Null when the series has
 * no shares for that date. Pure; the one reader of the series' shares.
 */
import type { SeriesShares } from './controlSeriesSchema.ts';
import type { SharesInput } from './regionSummary.ts';

export function seriesSharesOn(series: Pick<SeriesShares, 'dates'>, date: string): SharesInput | null {
  const day = series.dates[date];
  if (!day) return null;
  const regions: Record<string, { share: number }> = {};
  for (const [id, share] of Object.entries(day)) if (id !== 'total') regions[id] = { share };
  return { regions };
}
