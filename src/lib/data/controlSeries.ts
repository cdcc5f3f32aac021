/**
 * The dated control series in the browser: the snapshot dates are known up
 * front (the file names of geodata/conflicts/ua/control/*.geojson); each snapshot's GeoJSON
 * and the series' build-time shares are fetched when a view first needs them
 * (seriesSource.ts).
 */
import type { FeatureCollection } from 'geojson';
import type { SourceRef } from '../claims/sourceRef.ts';
import { seriesSharesOn } from '../claims/seriesSharesOn.ts';
import type { SeriesShares } from '../claims/controlSeriesSchema.ts';
import { DEFAULTS, type ControlData } from './load.ts';
import { SERIES_DATES, loadLayer, loadSeriesShares } from './seriesSource.ts';
import { storySnapshot, type StorySnapshot } from '../claims/storySnapshot.ts';
import { snapshotFor } from '../claims/snapshotFor.ts';
import { formatDate, t, type Lang } from '../i18n/strings.ts';

export { SERIES_DATES } from './seriesSource.ts';

let shares: Promise<SeriesShares> | null = null;
/** The series' build-time shares, fetched once. */
export const seriesShares = (): Promise<SeriesShares> => (shares ??= loadSeriesShares());

const loaded: Record<string, Promise<FeatureCollection>> = {};

/** The snapshot dated `date` (one of SERIES_DATES) with its shares and sources. */
export async function loadSnapshot(date: string): Promise<ControlData> {
  const [layer, all] = await Promise.all([(loaded[date] ??= loadLayer(date)), seriesShares()]);
  const sources = layer.features.flatMap((f) => ((f.properties as { sources?: SourceRef[] } | null)?.sources ?? []));
  return { layer, date, dateFrom: null, shares: seriesSharesOn(all, date), sources, supplied: false };
}

/** What the map shows: a snapshot date (null: the bundled default layer), and the words to show beside the legend. */
export type ViewControl = { snapshot: string | null; notice: string | null };

const inForce = (day: string | null): StorySnapshot => {
  try {
    return storySnapshot(SERIES_DATES, day);
  } catch {
    return { kind: 'no-date' };
  }
};

/**
 * The control a view shows: the snapshot `requested` (`?date=`, the `date`
 * attribute, the slider) when it is a date the series covers, else the one in
 * force on the story's article date; the bundled default when that is the
 * snapshot (no fetch). A bad request, or a story date that picks no snapshot,
 * is said in words.
 */
export function viewControl(articleDate: string | null, requested: string | null, lang: Lang): ViewControl {
  const latest = DEFAULTS.control.date;
  const f = (d: string) => formatDate(lang, d);
  const snap = (d: string) => (d === latest ? null : d);
  const asked = requested ? inForce(requested) : null;
  if (asked?.kind === 'in-force') return { snapshot: snap(asked.date), notice: null };
  const bad = requested ? t(lang, 'dateOutside', { date: requested.slice(0, 40), first: f(SERIES_DATES[0]!) }) + ' ' : '';
  const c = inForce(articleDate);
  const pick: ViewControl =
    c.kind === 'in-force'
      ? { snapshot: snap(c.date), notice: null }
      : c.kind === 'after'
        ? { snapshot: snap(c.last), notice: t(lang, 'storyAfterSeries', { article: f(articleDate!), last: f(c.last) }) }
        : { snapshot: null, notice: c.kind === 'before' ? t(lang, 'storyBeforeSeries', { article: f(articleDate!), first: f(c.first), date: f(latest) }) : t(lang, 'storyNoDate', { date: f(latest) }) };
  return { snapshot: pick.snapshot, notice: (bad + (pick.notice ?? '')).trim() || null };
}

/** The day `?compare=` alone compares with: the eve of the full-scale invasion. */
export const COMPARE_DEFAULT = '2022-02-23';

/** The snapshot in force on a compare day ('' for COMPARE_DEFAULT); null when the series does not cover it (the summary says so). */
export function compareSnapshot(compare: string): string | null {
  try {
    return snapshotFor(SERIES_DATES.map((date) => ({ date })), compare || COMPARE_DEFAULT)?.date ?? null;
  } catch {
    return null;
  }
}
