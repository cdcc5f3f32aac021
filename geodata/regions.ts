/**
 * Pure steps of the regions build: Natural Earth admin-1 features in, one
 * TopoJSON topology out (the profile country's first-level units + neighbouring
 * countries), plus a report of what simplification did to every area.
 * No disk or network access here: `buildRegions.ts` does the I/O.
 */
import { area, bboxClip } from '@turf/turf';
import polylabel from 'polylabel';
import { topology as toTopology } from 'topojson-server';
import { feature, merge, quantize } from 'topojson-client';
import { presimplify, simplify, quantile, sphericalTriangleArea } from 'topojson-simplify';
import type { Feature, FeatureCollection, GeoJsonObject, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
// The output's property types are the app's: one definition for the build and its reader.
import type { CountryProps, RegionProps, RegionRole } from '../src/lib/geo/decodeRegions.ts';
import type { Profile } from '../src/lib/conflict/profileSchema.ts';

export type NeAdmin1Props = {
  iso_3166_2: string;
  iso_a2: string;
  adm0_a3: string;
  name: string;
  [key: string]: unknown;
};
export type NeAdmin1 = FeatureCollection<Polygon | MultiPolygon, NeAdmin1Props>;

/** Names of each unit (the profile's src/names.json); other spellings (e.g. `ka`) are for the linker. */
export type RegionNames = Record<string, { en: string; uk: string; ru: string; type: string; [lang: string]: string }>;

/** What the regions build needs of a profile: its country, roles and base map (profile.json). */
export type RegionsProfile = Pick<Profile, 'id' | 'country' | 'regions' | 'neighbours' | 'neighbourBbox'>;

/** Simplification budget shared by every profile (the build and the reproducibility tests). */
export const REGIONS_OPTIONS: BuildOptions = { maxAreaError: 0.004, quantization: 1e5, contextKeep: 0.02 };

export type BuildOptions = {
  /** Largest relative area change allowed for any region of the profile's country (0.005 = 0.5 %). */
  maxAreaError: number;
  /** Quantization of the output topology (see topojson-client `quantize`). */
  quantization: number;
  /** Fraction of points (by weight quantile) kept on borders between neighbouring countries only. */
  contextKeep: number;
};

export type RegionReport = { id: string; sourceKm2: number; outputKm2: number; error: number };

export type BuildReport = {
  regions: RegionReport[];
  maxError: number;
  minWeight: number;
  arcs: number;
  points: number;
};

/**
 * Picks the country's units by ISO 3166-2 prefix, not by `iso_a2` (Natural Earth
 * files Crimea and Sevastopol under RUS). Every unit needs names, and every
 * named unit must be found, so the names file fixes the expected set.
 */
export function selectRegions(admin1: NeAdmin1, names: RegionNames, profile: RegionsProfile): Feature<Polygon | MultiPolygon, RegionProps>[] {
  const prefix = `${profile.country}-`;
  const namesFile = `geodata/conflicts/${profile.id}/src/names.json`;
  const out = admin1.features
    .filter((f) => f.properties.iso_3166_2.startsWith(prefix))
    .map((f) => {
      const id = f.properties.iso_3166_2;
      const n = names[id];
      if (!n) throw new Error(`no names for region ${id} in ${namesFile}`);
      const role: RegionRole = profile.regions.focus.includes(id) ? 'focus' : profile.regions.context.includes(id) ? 'context' : 'base';
      const props: RegionProps = {
        id, name: n.en, name_uk: n.uk, name_ru: n.ru, type: n.type, role,
        label: labelPoint(f.geometry),
        area_km2: round(area(f) / 1e6, 1),
      };
      return { type: 'Feature' as const, id, properties: props, geometry: f.geometry };
    })
    .sort((a, b) => a.properties.id.localeCompare(b.properties.id));
  const found = new Set(out.map((f) => f.properties.id));
  const missing = Object.keys(names).filter((id) => !found.has(id));
  if (missing.length) throw new Error(`${namesFile} names units Natural Earth does not have under ${prefix}: ${missing.join(', ')}`);
  for (const id of [...profile.regions.focus, ...profile.regions.context]) {
    if (!found.has(id)) throw new Error(`unknown region id: ${id} (conflict ${profile.id}): not a Natural Earth unit of ${profile.country}`);
  }
  return out;
}

/** Neighbouring countries' admin-1 units, clipped to the map's extent. */
export function selectNeighbours(admin1: NeAdmin1, profile: RegionsProfile): Feature<Polygon | MultiPolygon, { country: string }>[] {
  const out: Feature<Polygon | MultiPolygon, { country: string }>[] = [];
  for (const f of admin1.features) {
    const country = f.properties.iso_a2;
    if (f.properties.iso_3166_2.startsWith(`${profile.country}-`) || !(country in profile.neighbours)) continue;
    const clipped = bboxClip(f, profile.neighbourBbox) as Feature<Polygon | MultiPolygon>;
    const rings = clipped.geometry.type === 'Polygon' ? clipped.geometry.coordinates : clipped.geometry.coordinates.flat();
    if (rings.every((r) => r.length < 4)) continue;
    out.push({ type: 'Feature', properties: { country }, geometry: dropEmptyRings(clipped.geometry) });
  }
  return out;
}

function dropEmptyRings(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.filter((r) => r.length >= 4) };
  return {
    type: 'MultiPolygon',
    coordinates: g.coordinates.map((p) => p.filter((r) => r.length >= 4)).filter((p) => p.length > 0),
  };
}

/** Dissolves admin-1 units into one MultiPolygon per country, keeping the original vertices. */
export function dissolveCountries(units: Feature<Polygon | MultiPolygon, { country: string }>[], neighbours: Record<string, string>): Feature<MultiPolygon, CountryProps>[] {
  const topo = toTopology({ units: collection(units) }) as unknown as Topology<{ units: GeometryCollection<{ country: string }> }>;
  const geoms = topo.objects.units.geometries;
  const out: Feature<MultiPolygon, CountryProps>[] = [];
  for (const id of Object.keys(neighbours)) {
    const mine = geoms.filter((g) => (g.properties as { country?: string } | undefined)?.country === id);
    if (mine.length === 0) continue;
    out.push({ type: 'Feature', id, properties: { id, name: neighbours[id]! }, geometry: merge(topo as Topology, mine as Parameters<typeof merge>[1]) });
  }
  return out;
}

/** Pole of inaccessibility of the largest polygon, with longitude scaled by cos(latitude) so it is not stretched. */
export function labelPoint(g: Polygon | MultiPolygon): [number, number] {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let best = polys[0]!;
  let bestArea = -1;
  for (const p of polys) {
    const a = area({ type: 'Polygon', coordinates: p });
    if (a > bestArea) { bestArea = a; best = p; }
  }
  const lat0 = best[0]![0]![1]!;
  const k = Math.cos((lat0 * Math.PI) / 180);
  const scaled = best.map((ring) => ring.map(([x, y]) => [x! * k, y!]));
  const [x, y] = polylabel(scaled, 0.005);
  return [round(x / k, 2), round(y, 2)];
}

const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;

/** A FeatureCollection typed as topojson-server's input wants it. */
const collection = (features: Feature[]): GeoJsonObject => ({ type: 'FeatureCollection', features }) as FeatureCollection;

/**
 * Builds the topology: shared borders become shared arcs, then the arcs are
 * simplified as far as every region's area allows.
 */
export function applyRegionsBuild(admin1: NeAdmin1, names: RegionNames, profile: RegionsProfile, options: BuildOptions): { topology: Topology; report: BuildReport } {
  const regions = selectRegions(admin1, names, profile);
  const countries = dissolveCountries(selectNeighbours(admin1, profile), profile.neighbours);
  const source = new Map(regions.map((f) => [f.properties.id, area(f)]));

  const raw = toTopology({ regions: collection(regions), countries: collection(countries) });
  const pre = presimplify(raw as unknown as Topology<Objects<{}>>, sphericalTriangleArea);
  coarsenContext(pre, quantile(pre, options.contextKeep));

  // quantile(p) keeps roughly the fraction p of the points: binary search for the
  // smallest p whose result keeps every region within the area budget.
  const measure = (t: Topology) => {
    const q = quantize(t as unknown as Topology<Objects<{}>>, options.quantization) as Topology;
    const fc = feature(q, q.objects.regions as GeometryCollection<RegionProps>) as FeatureCollection<Polygon | MultiPolygon, RegionProps>;
    const rows = fc.features.map((f) => {
      const sourceKm2 = source.get(f.properties.id)! / 1e6;
      const outputKm2 = area(f) / 1e6;
      return { id: f.properties.id, sourceKm2: round(sourceKm2, 1), outputKm2: round(outputKm2, 1), error: Math.abs(outputKm2 - sourceKm2) / sourceKm2 };
    });
    return { q, rows, maxError: Math.max(...rows.map((r) => r.error)) };
  };
  let lo = 0, hi = 1, best: { q: Topology; rows: RegionReport[]; maxError: number; w: number } | null = null;
  for (let i = 0; i < 18; i++) {
    const mid = (lo + hi) / 2;
    const w = quantile(pre, mid);
    const m = measure(simplify(pre, w));
    if (m.maxError <= options.maxAreaError) { best = { ...m, w }; hi = mid; } else lo = mid;
  }
  if (!best) throw new Error(`no simplification keeps every region within ${options.maxAreaError * 100} % of its area`);

  const topology = stripPresimplify(best.q as Topology);
  const points = topology.arcs.reduce((n, a) => n + a.length, 0);
  return {
    topology,
    report: {
      regions: best.rows.map((r) => ({ ...r, error: round(r.error, 5) })),
      maxError: round(best.maxError, 5),
      minWeight: best.w,
      arcs: topology.arcs.length,
      points,
    },
  };
}

/**
 * Neighbouring countries are context: their arcs that no region of the country uses
 * are simplified harder, by dropping every point whose weight is below `minWeight`
 * (presimplify's third coordinate). Shared borders are left to the main search.
 */
function coarsenContext(t: Topology, minWeight: number): void {
  const used = new Set<number>();
  const walk = (a: unknown): void => {
    if (Array.isArray(a)) a.forEach(walk);
    else if (typeof a === 'number') used.add(a < 0 ? ~a : a);
  };
  for (const g of (t.objects.regions as GeometryCollection).geometries) walk((g as { arcs?: unknown }).arcs);
  t.arcs.forEach((arc, i) => {
    if (used.has(i)) return;
    for (const p of arc) if ((p[2] ?? Infinity) < minWeight) p[2] = 0;
  });
}

/** Drops the weights presimplify adds as a third coordinate, and arcs' collapsed points. */
function stripPresimplify(t: Topology): Topology {
  return { ...t, arcs: t.arcs.map((arc) => arc.map((p) => [p[0]!, p[1]!] as Position)) } as Topology;
}
