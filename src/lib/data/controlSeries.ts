/**
 * The dated control series in the browser: the snapshot dates are known up
 * front (the file names of geodata/control/*.geojson); each snapshot's GeoJSON
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
import { formatDate, t, type Lang } from '../i18n/strings.ts';

export { SERIES_DATES } from './seriesSource.ts';

let shares: Promise<SeriesShares> | null = null;
const seriesShares = () => (shares ??= loadSeriesShares());

const loaded: Record<string, Promise<FeatureCollection>> = {};

/** The snapshot dated `date` (one of SERIES_DATES) with its shares and sources. */
export async function loadSnapshot(date: string): Promise<ControlData> {
  const [layer, all] = await Promise.all([(loaded[date] ??= loadLayer(date)), seriesShares()]);
  const sources = layer.features.flatMap((f) => ((f.properties as { sources?: SourceRef[] } | null)?.sources ?? []));
  return { layer, date, dateFrom: null, shares: seriesSharesOn(all, date), sources, supplied: false };
}

/** What the map shows: a snapshot date (null: the bundled default layer), and the words to show beside the legend. */
export type ViewControl = { snapshot: string | null; notice: string | null };

/**
 * The control a view shows: the snapshot `requested` (`?date=`, the `date`
 * attribute, the slider) when it is a date the series covers, else the one in
 * force on the story's article date; the bundled default when that is the
 * snapshot (no fetch). A bad request or a story date that picks no snapshot is
 * said in words.
 */
export function viewControl(articleDate: string | null, requested: string | null, lang: Lang): ViewControl {
  const latest = DEFAULTS.control.date;
  const snap = (d: string) => (d === latest ? null : d);
  let badRequest: string | null = null;
  if (requested) {
    let choice: StorySnapshot | null = null;
    try {
      choice = storySnapshot(SERIES_DATES, requested);
    } catch {
      // not a date: said below
    }
    if (choice?.kind === 'in-force') return { snapshot: snap(choice.date), notice: null };
    badRequest = t(lang, 'dateOutside', { date: requested.slice(0, 40), first: formatDate(lang, SERIES_DATES[0]!), last: formatDate(lang, SERIES_DATES.at(-1)!) });
  }
  const story = storyPick(articleDate, lang);
  return { snapshot: story.snapshot, notice: [badRequest, story.notice].filter(Boolean).join(' ') || null };
}

function storyPick(articleDate: string | null, lang: Lang): ViewControl {
  let choice: StorySnapshot;
  try {
    choice = storySnapshot(SERIES_DATES, articleDate);
  } catch {
    choice = { kind: 'no-date' };
  }
  const latest = DEFAULTS.control.date;
  const snap = (d: string) => (d === latest ? null : d);
  switch (choice.kind) {
    case 'in-force':
      return { snapshot: snap(choice.date), notice: null };
    case 'no-date':
      return { snapshot: null, notice: t(lang, 'storyNoDate', { date: formatDate(lang, latest) }) };
    case 'before':
      return { snapshot: null, notice: t(lang, 'storyBeforeSeries', { article: formatDate(lang, articleDate!), first: formatDate(lang, choice.first), date: formatDate(lang, latest) }) };
    case 'after':
      return { snapshot: snap(choice.last), notice: t(lang, 'storyAfterSeries', { article: formatDate(lang, articleDate!), last: formatDate(lang, choice.last) }) };
  }
}

/** Fetches every snapshot (the first use of the slider), so later steps repaint without waiting. */
export function prefetchSeries(): void {
  for (const d of SERIES_DATES) void loadSnapshot(d).catch(() => {});
}
