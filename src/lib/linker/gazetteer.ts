/**
 * The compact place index the linker ships with (`geodata/conflicts/ua/gazetteer.json`):
 * every GeoNames place in Ukraine whose name is unambiguous, grouped by the
 * ISO code of its oblast, each as "Primary|Alternate|…", and beside it (in
 * `points`, same order) the place's GeoNames point as "lat,lon[,geonameId]".
 */
import type { RegionId } from '../geo/regionIds.ts';

export type GazetteerJson = {
  attribution: string;
  version: 1;
  /** ISO 3166-2 code → "Primary|Alternate|…" spellings of each place. */
  regions: Record<string, string[]>;
  /**
   * ISO 3166-2 code → each place's GeoNames point, in the order of `regions`:
   * "lat,lon" or "lat,lon,geonameId", or "" when the build found no single point
   * (several places of that oblast share the name). Absent in older indexes.
   */
  points?: Record<string, string[]>;
  /** ISO 3166-2 code → the Ukrainian name of each located place, in the order of `regions` ("" when unknown). */
  uk?: Record<string, string[]>;
};

/** A place's GeoNames coordinates (WGS84 degrees) and, when known, its GeoNames id and its Ukrainian name. */
export type GazetteerPoint = { lat: number; lon: number; geonameId?: number; uk?: string };

export type GazetteerPlace = {
  /** English name (the first spelling). */
  name: string;
  region: RegionId;
  spellings: string[];
  point?: GazetteerPoint;
};

export type Gazetteer = {
  attribution: string;
  places: GazetteerPlace[];
};

/** "48.28,37.177,704422" → a point; throws on a malformed or out-of-range one. */
export function parsePoint(text: string, at: string): GazetteerPoint {
  const [lat, lon, id, ...rest] = text.split(',').map(Number);
  const ok =
    rest.length === 0 && lat !== undefined && lon !== undefined && Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
  if (!ok || (id !== undefined && !(Number.isInteger(id) && id > 0))) throw new Error(`gazetteer: ${at}: bad point: ${JSON.stringify(text)}`);
  return id === undefined ? { lat, lon } : { lat, lon, geonameId: id };
}

/** Expand the compact JSON into places; throws on a malformed index. */
export function loadGazetteer(json: GazetteerJson): Gazetteer {
  if (!json || typeof json !== 'object' || typeof json.regions !== 'object') {
    throw new Error('gazetteer: expected an object with "regions"');
  }
  const places: GazetteerPlace[] = [];
  for (const [region, list] of Object.entries(json.regions)) {
    // Any profile's regions: ISO 3166-2 codes (UA-14, GE-AB); the linker's profile decides which link.
    if (!/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(region)) throw new Error(`gazetteer: unknown region id: ${region}`);
    const points = json.points?.[region];
    if (points && points.length !== list.length) throw new Error(`gazetteer: points.${region}: ${points.length} points for ${list.length} places`);
    const uk = json.uk?.[region];
    if (uk && uk.length !== list.length) throw new Error(`gazetteer: uk.${region}: ${uk.length} names for ${list.length} places`);
    list.forEach((line, i) => {
      const spellings = line.split('|').filter((s) => s.length > 0);
      const name = spellings[0];
      if (!name) return;
      const place: GazetteerPlace = { name, region: region as RegionId, spellings };
      const point = points?.[i];
      if (point) {
        place.point = parsePoint(point, `points.${region}[${i}]`);
        const name = uk?.[i];
        if (name) place.point.uk = name;
      }
      places.push(place);
    });
  }
  return { attribution: json.attribution, places };
}

/** The point of the place named `name` (its English name) in `region`, if the gazetteer has one. */
export function placePoint(gazetteer: Gazetteer, name: string, region: string): GazetteerPoint | undefined {
  let index = pointIndex.get(gazetteer);
  if (!index) {
    index = new Map();
    for (const p of gazetteer.places) if (p.point) index.set(`${p.region} ${p.name}`, p.point);
    pointIndex.set(gazetteer, index);
  }
  return index.get(`${region} ${name}`);
}

const pointIndex = new WeakMap<Gazetteer, Map<string, GazetteerPoint>>();
