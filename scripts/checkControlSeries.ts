/**
 * Part of `npm run check:data`: validates the dated control series
 * (geodata/conflicts/ua/control/index.json, every snapshot it lists, control/shares.json)
 * and returns problems as `file: field: message` lines.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { controlDate, parseControlIndex, parseControlLayer, parseSeriesShares } from '../src/lib/claims/index.ts';

export function checkControlSeries(root: string): { checked: string[]; problems: string[] } {
  const checked: string[] = [];
  const problems: string[] = [];
  const read = (rel: string): unknown => {
    const path = join(root, rel);
    if (!existsSync(path)) return void problems.push(`${rel}: missing`);
    try {
      return JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      return void problems.push(`${rel}: not valid JSON: ${(e as Error).message}`);
    }
  };
  const indexRel = 'geodata/conflicts/ua/control/index.json';
  const indexJson = read(indexRel);
  if (indexJson === undefined) return { checked, problems };
  const index = parseControlIndex(indexJson, indexRel);
  if (!index.ok) return { checked, problems: [...problems, ...index.errors] };
  checked.push(indexRel);
  for (const e of index.value) {
    const rel = `geodata/conflicts/ua/control/${e.file}`;
    const layer = read(rel);
    if (layer === undefined) continue;
    const r = parseControlLayer(layer, rel);
    if (!r.ok) problems.push(...r.errors);
    else if (controlDate(r.value) !== e.date) problems.push(`${rel}: date: ${controlDate(r.value)} differs from the index's ${e.date}`);
  }
  if (problems.length === 0) checked.push(`${index.value.length} snapshots`);
  const sharesRel = 'geodata/conflicts/ua/control/shares.json';
  const shares = read(sharesRel);
  if (shares !== undefined) {
    const r = parseSeriesShares(shares, sharesRel);
    if (!r.ok) problems.push(...r.errors);
    else {
      checked.push(sharesRel);
      for (const e of index.value) if (!r.value.dates[e.date]) problems.push(`${sharesRel}: dates: no shares for snapshot ${e.date}`);
    }
  }
  return { checked, problems };
}
