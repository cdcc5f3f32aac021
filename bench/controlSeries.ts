/** Sizes of the dated control series (geodata/conflicts/ua/control/), as the slider would fetch it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function measureControlSeries(dir = join(import.meta.dirname, '../geodata/conflicts/ua/control')): { files: number; snapshots: number; gzipBytes: number; largestSnapshotGzip: number; indexGzip: number } {
  let gzipBytes = 0;
  let largestSnapshotGzip = 0;
  let snapshots = 0;
  const files = readdirSync(dir).filter((f) => f.endsWith('.json') || f.endsWith('.geojson'));
  for (const f of files) {
    const n = gzipSync(readFileSync(join(dir, f))).length;
    gzipBytes += n;
    if (f.endsWith('.geojson')) {
      snapshots += 1;
      largestSnapshotGzip = Math.max(largestSnapshotGzip, n);
    }
  }
  return { files: files.length, snapshots, gzipBytes, largestSnapshotGzip, indexGzip: gzipSync(readFileSync(join(dir, 'index.json'))).length };
}
