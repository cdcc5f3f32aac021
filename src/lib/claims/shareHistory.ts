/**
 * A region's held share across the control series, for the panel's chart: every
 * snapshot as a point, and a short table (the last snapshot of each year, plus
 * the one in force on the article's date). Pure; from build-time shares.
 */
import type { SeriesShares } from './controlSeriesSchema.ts';

export type SharePoint = { date: string; share: number };
export type ShareHistory = { points: SharePoint[]; rows: (SharePoint & { article: boolean })[]; article: SharePoint | null };

export function shareHistory(series: Pick<SeriesShares, 'dates'>, region: string, articleDate: string | null): ShareHistory {
  const points = Object.keys(series.dates)
    .sort()
    .flatMap((date) => {
      const share = series.dates[date]![region];
      return share === undefined ? [] : [{ date, share }];
    });
  // The snapshot in force on the article's date (as snapshotFor, kept out of this chunk): the last dated on or before it.
  const article = articleDate && /^\d{4}-\d{2}-\d{2}$/.test(articleDate) ? (points.filter((p) => p.date <= articleDate).at(-1) ?? null) : null;
  const yearEnds = points.filter((p, i) => points[i + 1]?.date.slice(0, 4) !== p.date.slice(0, 4));
  const rows = [...new Set([...yearEnds, ...(article ? [article] : [])])]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((p) => ({ ...p, article: p === article }));
  return { points, rows, article };
}
