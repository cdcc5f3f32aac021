/**
 * The difference between two days of the control series, per region: the held
 * share on each (the snapshots in force), as the compare view's text summary
 * ("Zaporizhzhia: 4 % → 75 % held"). Pure; from build-time shares.
 */
import type { SeriesShares } from './controlSeriesSchema.ts';
import { formatPercent } from './formatShare.ts';
import { snapshotFor } from './snapshotFor.ts';
import { t } from '../i18n/strings.ts';

export type CompareRow = { region: string; from: number; to: number; text: string };
export type Compare = { from: string; to: string; rows: CompareRow[] };

/** `from` and `to` are days (YYYY-MM-DD); each reads the snapshot in force on it. Throws for a day before the series. */
export function compareShares(series: Pick<SeriesShares, 'dates'>, from: string, to: string, regions: readonly { id: string; name: string }[], lang: 'en' | 'uk' = 'en'): Compare {
  const index = Object.keys(series.dates).sort().map((date) => ({ date }));
  const day = (d: string) => {
    const s = snapshotFor(index, d);
    if (!s) throw new Error(`no control line on ${d}: the series begins ${index[0]?.date}`);
    return s.date;
  };
  const [a, b] = [day(from), day(to)];
  const rows = regions.flatMap(({ id, name }) => {
    const x = series.dates[a]![id];
    const y = series.dates[b]![id];
    return x === undefined || y === undefined ? [] : [{ region: id, from: x, to: y, text: t(lang, 'compareRow', { name, from: formatPercent(x), to: formatPercent(y) }) }];
  });
  return { from: a, to: b, rows };
}
