/**
 * The dated control series in the browser: the snapshot dates are known up
 * front (the file names of geodata/control/*.geojson, a few hundred bytes);
 * each snapshot's GeoJSON and the series' build-time shares are separate
 * chunks, fetched when a view first needs them.
 */
import type { FeatureCollection } from 'geojson';
import type { SourceRef } from '../claims/sourceRef.ts';
import { seriesSharesOn } from '../claims/seriesSharesOn.ts';
import type { SeriesShares } from '../claims/controlSeriesSchema.ts';
import { DEFAULTS, type ControlData } from './load.ts';
import { storySnapshot, type StorySnapshot } from '../claims/storySnapshot.ts';
import { formatDate, t, type Lang } from '../i18n/strings.ts';

const layers = import.meta.glob<FeatureCollection>('../../../geodata/control/*.geojson', { import: 'default' });
const fileOf = new Map(Object.keys(layers).map((path) => [path.slice(-'YYYY-MM-DD.geojson'.length, -'.geojson'.length), path]));

/** The snapshot dates, sorted. */
export const SERIES_DATES: readonly string[] = [...fileOf.keys()].sort();

let shares: Promise<SeriesShares> | null = null;
const seriesShares = () => (shares ??= import('../../../geodata/control/shares.json').then((m) => m.default as unknown as SeriesShares));

/** The snapshot dated `date` (one of SERIES_DATES) with its shares and sources. */
export async function loadSnapshot(date: string): Promise<ControlData> {
  const path = fileOf.get(date);
  if (!path) throw new Error(`no control snapshot dated ${date}`);
  const [layer, all] = await Promise.all([layers[path]!(), seriesShares()]);
  const sources = layer.features.flatMap((f) => ((f.properties as { sources?: SourceRef[] } | null)?.sources ?? []));
  return { layer, date, dateFrom: null, shares: seriesSharesOn(all, date), sources, supplied: false };
}

/**
 * The control a story opens on: the bundled default when it is the snapshot
 * in force (no fetch), else that snapshot; with the words to show beside the
 * legend when the story's date picks no snapshot.
 */
export function storyControl(articleDate: string | null, lang: Lang): { load: (() => Promise<ControlData>) | null; notice: string | null } {
  let choice: StorySnapshot;
  try {
    choice = storySnapshot(SERIES_DATES, articleDate);
  } catch {
    choice = { kind: 'no-date' };
  }
  const latest = formatDate(lang, DEFAULTS.control.date);
  switch (choice.kind) {
    case 'in-force':
      return { load: choice.date === DEFAULTS.control.date ? null : () => loadSnapshot(choice.date), notice: null };
    case 'no-date':
      return { load: null, notice: t(lang, 'storyNoDate', { date: latest }) };
    case 'before':
      return { load: null, notice: t(lang, 'storyBeforeSeries', { article: formatDate(lang, articleDate!), first: formatDate(lang, choice.first), date: latest }) };
    case 'after':
      return { load: choice.last === DEFAULTS.control.date ? null : () => loadSnapshot(choice.last), notice: t(lang, 'storyAfterSeries', { article: formatDate(lang, articleDate!), last: formatDate(lang, choice.last) }) };
  }
}
