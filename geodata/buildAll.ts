/**
 * `npm run geodata`: rebuilds every conflict profile under geodata/conflicts/
 * (or the ids given), step by step: regions, gazetteer, control, positions.
 * A step runs when its source exists in the profile (control: src/controlLog.json,
 * positions: src/positions.json).
 *   npx tsx geodata/buildAll.ts [id …]
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runControl } from './buildControl.ts';
import { runGazetteer } from './buildGazetteer.ts';
import { runRegions } from './buildRegions.ts';
import { listProfiles, profileDir, profileIdFromArgs } from './profile.ts';

const ids = process.argv.length > 2 ? process.argv.slice(2).map((a) => profileIdFromArgs([a])) : listProfiles();
if (ids.length === 0) {
  console.error('no conflict profiles under geodata/conflicts/');
  process.exit(1);
}
try {
  for (const id of ids) {
    const dir = profileDir(id);
    runRegions(id);
    runGazetteer(id);
    if (existsSync(join(dir, 'src', 'controlLog.json'))) runControl(id);
    // Positions read the control layer just written; their runner is a script of its own.
    if (existsSync(join(dir, 'src', 'positions.json'))) {
      execFileSync(process.execPath, [...process.execArgv, join(import.meta.dirname, 'buildPositions.ts'), id], { stdio: 'inherit' });
    }
  }
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
