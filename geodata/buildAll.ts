/**
 * `npm run geodata`: every build step for every profile in geodata/conflicts/
 * (regions, gazetteer, then the control series and positions where the profile
 * has their sources). One profile: `npx tsx geodata/buildAll.ts ge`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { conflictDir, conflictIds } from './conflict.ts';

const only = process.argv.slice(2);
for (const id of only.length ? only : conflictIds()) {
  const dir = conflictDir(id);
  const steps = ['buildRegions.ts', 'buildGazetteer.ts'];
  if (existsSync(join(dir, 'src', 'controlLog.json'))) steps.push('buildControl.ts');
  if (existsSync(join(dir, 'src', 'positions.json'))) steps.push('buildPositions.ts');
  for (const step of steps) {
    console.error(`== ${id}: ${step}`);
    execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, step), id], { stdio: 'inherit' });
  }
}
