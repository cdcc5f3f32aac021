/**
 * The dated control series: pure steps from the control log and the region
 * topology to one control layer per snapshot day, the index and the held
 * shares. `buildControl.ts` does the disk I/O.
 */
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { applyControl, measureShares, type ControlLayer, type ControlProps, type Shares, type SourceRef } from './control.ts';
import { snapshotDates, sourceRef, stateOn, toContactLine, type ControlLog } from './controlLog.ts';

/** Douglas-Peucker tolerance in degrees (~600 m) and coordinate precision (~100 m) of the published snapshots. */
const TOLERANCE = 0.006;
const PRECISION = 3;

export type SeriesProps = Omit<ControlProps, 'line' | 'wholeUnits'> & { line?: string[]; wholeUnits?: string[] };
export type SeriesLayer = ControlLayer & { features: { properties: SeriesProps }[] };

export type IndexEntry = {
  date: string;
  file: string;
  /** Held share of the country. */
  heldShare: number;
  /** What changed on this day, one sentence a change (empty for a monthly snapshot without a change). */
  changes: string[];
};

export type SeriesShares = {
  method: string;
  /** date → region id → held share (0..1); `total` is the country. */
  dates: Record<string, Record<string, number>>;
};

export type Series = {
  index: IndexEntry[];
  layers: Map<string, SeriesLayer>;
  shares: SeriesShares;
  /** Full shares of the latest snapshot, in the shape of the profile's shares.json. */
  latestShares: Shares;
};

function simplified(layer: ControlLayer): ControlLayer {
  for (const tolerance of [TOLERANCE, TOLERANCE / 3, 0]) {
    const out = turf.truncate(tolerance > 0 ? turf.simplify(layer, { tolerance, highQuality: true }) : layer, { precision: PRECISION, coordinates: 2 }) as ControlLayer;
    const ok = out.features.every((f) => turf.booleanValid(f as Feature<Polygon | MultiPolygon>) && turf.kinks(f as Feature<Polygon | MultiPolygon>).features.length === 0);
    if (ok) return out;
  }
  throw new Error(`snapshot ${layer.features[0]?.properties.date}: no valid simplification`);
}

/** One snapshot: the state of the log on `date`, drawn, simplified, with the sources of that day's changes (or of the last change in force). */
export function applySnapshot(log: ControlLog, topology: Topology, date: string): SeriesLayer {
  const state = stateOn(log, date);
  const today = log.changes.filter((c) => c.date === date);
  const last = log.changes[state.applied.at(-1)!]!;
  const confirmed = (log.confirmations ?? []).filter((c) => c.date <= date && c.date > last.date).at(-1);
  const cited = today.length ? today : [confirmed ?? last];
  const sources: SourceRef[] = [];
  for (const c of cited) {
    const s = sourceRef(c.source);
    if (!sources.some((x) => x.name === s.name && x.date === s.date)) sources.push(s);
  }
  const drawn = simplified(applyControl(toContactLine(log, state, sources), topology));
  for (const f of drawn.features) {
    const p = f.properties as SeriesProps;
    // The named places of the line, the whole units and the sources' addresses stay in the latest layer only (control.geojson); the series keeps its bytes for geometry.
    if (date !== log.series.to) {
      delete (p as Partial<SeriesProps>).line;
      delete (p as Partial<SeriesProps>).wholeUnits;
      // Outlet, title and date name the source; its address is in the log and in README-control.md.
      p.sources = p.sources.map(({ name, date: d }) => ({ name, date: d }));
    }
  }
  return drawn as SeriesLayer;
}

/** The whole series: a snapshot on every day of `snapshotDates(log)`, its index and its shares. */
export function applySeries(log: ControlLog, topology: Topology): Series {
  const index: IndexEntry[] = [];
  const layers = new Map<string, SeriesLayer>();
  const dates: SeriesShares['dates'] = {};
  let latestShares: Shares | undefined;
  for (const date of snapshotDates(log)) {
    const layer = applySnapshot(log, topology, date);
    const shares = measureShares(layer, topology, date, log.sharesSource);
    const file = `${date}.geojson`;
    layers.set(file, layer);
    dates[date] = Object.fromEntries([...Object.entries(shares.regions).map(([id, r]) => [id, r.share] as const), ['total', shares.total.share] as const]);
    index.push({ date, file, heldShare: shares.total.share, changes: log.changes.filter((c) => c.date === date).map((c) => c.what) });
    latestShares = shares;
  }
  if (!latestShares) throw new Error('the control log has no snapshot');
  return {
    index,
    layers,
    shares: { method: 'Held share = area(snapshot ∩ region) / area(region) on the simplified region outlines (turf.area), rounded to 4 decimals.', dates },
    latestShares,
  };
}
