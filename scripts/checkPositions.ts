/**
 * The positions part of `npm run check:data`: the source file (schema, rules
 * that close, passages that say what they are quoted for) and the built file
 * (schema, built from this source, against this control layer, with geometry
 * for every position). Returns messages naming file and field.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBuiltPositions, parsePositionsSource, type PositionsSourceFile } from '../src/lib/claims/positionsSchema.ts';
import { linkArticle } from '../src/lib/linker/index.ts';
import { readLinker } from '../src/cli/conflicts.ts';
import { regionIdsOf } from '../src/lib/conflict/loadProfile.ts';

const SOURCE = 'geodata/conflicts/ua/src/positions.json';
const BUILT = 'geodata/conflicts/ua/positions.json';
const REBUILD = 'rebuild with "npx tsx geodata/buildPositions.ts"';

export type CheckResult = { checked: string[]; problems: string[] };

/** Dates of the control layers a `line` rule may name: the default layer and the dated series, if any. */
function controlDates(root: string): string[] {
  const dates: string[] = [];
  const single = join(root, 'geodata/conflicts/ua/control.geojson');
  if (existsSync(single)) {
    const d = (JSON.parse(readFileSync(single, 'utf8')) as { features?: { properties?: { date?: string } }[] }).features?.[0]?.properties?.date;
    if (d) dates.push(d);
  }
  const index = join(root, 'geodata/conflicts/ua/control/index.json');
  if (existsSync(index)) for (const e of JSON.parse(readFileSync(index, 'utf8')) as { date: string }[]) dates.push(e.date);
  return dates.sort();
}

function checkLineDates(source: PositionsSourceFile, dates: string[], problems: string[]): void {
  source.positions.forEach((p, i) => {
    const g = p.geometry;
    if ((g.rule === 'line' || g.rule === 'line+zone') && g.date && !dates.some((d) => d <= g.date!)) {
      problems.push(`${SOURCE}: positions[${i}].geometry.date: line of contact on ${g.date}: no control layer in force (earliest ${dates[0] ?? 'none'}): the rule does not close (position "${p.id}")`);
    }
  });
}

/** Each passage source must name a passage of the linked story that contains its quote. */
function checkPassages(root: string, source: PositionsSourceFile, problems: string[]): void {
  const linked = new Map<string, Map<string, string> | null>();
  const passagesOf = (story: string) => {
    if (!linked.has(story)) {
      const file = join(root, 'public/stories', `${story}.txt`);
      if (!existsSync(file)) linked.set(story, null);
      else {
        const s = linkArticle(readFileSync(file, 'utf8'), readLinker('ua'));
        linked.set(story, new Map(s.passages.map((p) => [p.id, p.text])));
      }
    }
    return linked.get(story)!;
  };
  source.positions.forEach((p, i) =>
    p.sources.forEach((s, j) => {
      if (s.type !== 'passage') return;
      const where = `${SOURCE}: positions[${i}].sources[${j}]`;
      const passages = passagesOf(s.story);
      if (!passages) return void problems.push(`${where}.story: no story public/stories/${s.story}.txt (position "${p.id}")`);
      const text = passages.get(s.passage);
      if (text === undefined) return void problems.push(`${where}.passage: the story ${s.story} has no passage ${s.passage} (position "${p.id}")`);
      if (!text.includes(s.quote)) problems.push(`${where}.quote: not in passage ${s.passage} of ${s.story}, which reads ${JSON.stringify(text)} (position "${p.id}")`);
    }),
  );
}

export function checkPositions(root: string): CheckResult {
  const problems: string[] = [];
  const checked: string[] = [];
  const sourcePath = join(root, SOURCE);
  if (!existsSync(sourcePath)) return { checked, problems: [`${SOURCE}: missing`] };
  const sourceText = readFileSync(sourcePath, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(sourceText);
  } catch (e) {
    return { checked, problems: [`${SOURCE}: not valid JSON: ${(e as Error).message}`] };
  }
  const names = join(root, 'geodata/conflicts/ua/src/names.json');
  const source = parsePositionsSource(json, SOURCE, existsSync(names) ? regionIdsOf(JSON.parse(readFileSync(names, 'utf8'))) : undefined);
  if (!source.ok) return { checked, problems: source.errors };
  const before = problems.length;
  const dates = controlDates(root);
  checkLineDates(source.value, dates, problems);
  checkPassages(root, source.value, problems);
  if (problems.length === before) checked.push(SOURCE);

  const builtPath = join(root, BUILT);
  if (!existsSync(builtPath)) return { checked, problems: [...problems, `${BUILT}: missing: ${REBUILD}`] };
  const built = parseBuiltPositions(JSON.parse(readFileSync(builtPath, 'utf8')), BUILT);
  if (!built.ok) return { checked, problems: [...problems, ...built.errors] };
  const b = built.value;
  const n = problems.length;
  const sha = createHash('sha256').update(sourceText).digest('hex');
  if (b.sourceSha256 !== sha) problems.push(`${BUILT}: sourceSha256: built from another version of ${SOURCE}: ${REBUILD}`);
  const latest = dates.at(-1);
  if (!dates.includes(b.controlDate)) problems.push(`${BUILT}: controlDate: ${b.controlDate} is not the date of any control layer (${dates.join(', ') || 'none'}): ${REBUILD}`);
  else if (b.controlDate !== latest && !existsSync(join(root, 'geodata/conflicts/ua/control/index.json'))) problems.push(`${BUILT}: controlDate: ${b.controlDate} differs from geodata/conflicts/ua/control.geojson (${latest}): ${REBUILD}`);
  const ids = source.value.positions.map((p) => p.id).join(', ');
  if (b.positions.map((p) => p.id).join(', ') !== ids) problems.push(`${BUILT}: positions: ids [${b.positions.map((p) => p.id).join(', ')}] differ from ${SOURCE} [${ids}]: ${REBUILD}`);
  const geometry = join(root, 'geodata', 'conflicts', 'ua', b.geometry);
  if (!existsSync(geometry)) problems.push(`${BUILT}: geometry: missing file geodata/${b.geometry}: ${REBUILD}`);
  else {
    const objects = (JSON.parse(readFileSync(geometry, 'utf8')) as { objects?: Record<string, unknown> }).objects ?? {};
    for (const p of b.positions) if (!objects[p.id]) problems.push(`geodata/conflicts/ua/${b.geometry}: objects.${p.id}: missing: ${REBUILD}`);
  }
  if (problems.length === n) checked.push(BUILT, `geodata/conflicts/ua/${b.geometry}`);
  return { checked, problems };
}
