/**
 * `npm run check:data`: validates every data file the app ships or reads and
 * prints what is wrong, with file and field. Exit 1 on any problem; one
 * summary line on success.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Topology } from 'topojson-specification';
import { parseClaims, parseControlLayer, parseShares, controlDate } from '../src/lib/claims/index.ts';
import { decodeRegions } from '../src/lib/geo/decodeRegions.ts';
import { validateStory } from '../src/lib/contract/storySchema.ts';
import { conflictIds, conflictRel, readLinker, readProfile } from '../src/cli/conflicts.ts';
import { regionIdsOf } from '../src/lib/conflict/loadProfile.ts';
import type { Profile } from '../src/lib/conflict/profileSchema.ts';
import { checkPositions } from './checkPositions.ts';
import { checkControlSeries } from './checkControlSeries.ts';

const root = join(import.meta.dirname, '..');
const problems: string[] = [];
const checked: string[] = [];

function readJson(rel: string): unknown {
  const path = join(root, rel);
  if (!existsSync(path)) {
    problems.push(`${rel}: missing`);
    return undefined;
  }
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    problems.push(`${rel}: not valid JSON: ${(e as Error).message}`);
    return undefined;
  }
}

function checkRegions(rel: string, regionIds: readonly string[], profile: Profile): void {
  const topo = readJson(rel) as Topology | undefined;
  if (topo === undefined) return;
  checked.push(rel);
  let decoded;
  try {
    decoded = decodeRegions(topo, profile);
  } catch (e) {
    problems.push(`${rel}: ${(e as Error).message}`);
    return;
  }
  const seen = new Set<string>();
  decoded.regions.forEach((r, i) => {
    const p = r.properties as Partial<typeof r.properties> | null;
    const where = `${rel}: objects.regions.geometries[${i}]`;
    if (!p || typeof p.id !== 'string') return void problems.push(`${where}.properties.id: missing`);
    if (!regionIds.includes(p.id)) problems.push(`${where}.properties.id: unknown region id: ${p.id} (conflict ${profile.id})`);
    if (seen.has(p.id)) problems.push(`${where}.properties.id: duplicate ${p.id}`);
    seen.add(p.id);
    for (const k of ['name', 'name_uk', 'name_ru'] as const) if (typeof p[k] !== 'string' || !p[k]) problems.push(`${where}.properties.${k}: missing for ${p.id}`);
    if (!r.geometry) problems.push(`${where}.geometry: missing for ${p.id}`);
  });
  for (const id of regionIds) if (!seen.has(id)) problems.push(`${rel}: objects.regions: region ${id} missing`);
}

function report(rel: string, r: { ok: true } | { ok: false; errors: string[] }): boolean {
  if (!r.ok) problems.push(...r.errors);
  else checked.push(rel);
  return r.ok;
}

async function checkStories(): Promise<void> {
  const files: string[] = [];
  const dir = join(root, 'public/stories');
  if (existsSync(dir)) for (const f of readdirSync(dir).sort()) if (f.endsWith('.json')) files.push(relative(root, join(dir, f)));
  if (existsSync(join(root, 'src/generated/story.json'))) files.push('src/generated/story.json');
  for (const rel of files) {
    const json = readJson(rel);
    if (json === undefined) continue;
    const id = (json as { conflict?: unknown }).conflict;
    let errs: string[];
    try {
      const v = validateStory(json, readProfile(typeof id === 'string' ? id : 'ua'));
      errs = v.ok ? [] : v.errors;
    } catch (e) {
      errs = [(e as Error).message];
    }
    if (errs.length) problems.push(...errs.map((e) => (e.startsWith(rel) ? e : `${rel}: ${e}`)));
    else checked.push(rel);
  }
}

/** A profile's linker files (src/lexicon.json, src/speakers.json) compile, and its own story (story.json), if any, is valid. */
function checkLinkerFiles(id: string): void {
  const rel = (f: string) => conflictRel(id, f);
  try {
    readLinker(id);
    checked.push(rel('src/lexicon.json'), rel('src/speakers.json'));
  } catch (e) {
    problems.push((e as Error).message);
  }
  if (!existsSync(join(root, rel('story.json')))) return;
  const json = readJson(rel('story.json'));
  if (json === undefined) return;
  const named = (json as { conflict?: unknown }).conflict;
  if (named !== id) problems.push(`${rel('story.json')}: conflict: expected "${id}", got ${JSON.stringify(named)}`);
  const v = validateStory(json, readProfile(id));
  if (v.ok) checked.push(rel('story.json'));
  else problems.push(...v.errors.map((e) => `${rel('story.json')}: ${e}`));
}

/** One profile's folder: profile.json against names.json, regions, claims, the control layer and its shares. */
function checkProfile(id: string): void {
  const rel = (f: string) => conflictRel(id, f);
  let profile: Profile;
  try {
    profile = readProfile(id);
  } catch (e) {
    problems.push((e as Error).message);
    return;
  }
  checked.push(rel('profile.json'));
  const regionIds = regionIdsOf(readJson(rel('src/names.json')));
  checkRegions(rel('regions.topo.json'), regionIds, profile);

  const claims = readJson(rel('claims.json'));
  if (claims !== undefined) report(rel('claims.json'), parseClaims(claims, profile, rel('claims.json')));

  const control = readJson(rel('control.geojson'));
  const controlResult = control === undefined ? null : parseControlLayer(control, rel('control.geojson'));
  if (controlResult) report(rel('control.geojson'), controlResult);

  const shares = readJson(rel('shares.json'));
  if (shares !== undefined) {
    const r = parseShares(shares, rel('shares.json'), regionIds);
    if (report(rel('shares.json'), r) && r.ok && controlResult?.ok && r.value.date !== controlDate(controlResult.value)) {
      problems.push(`${rel('shares.json')}: date: ${r.value.date} differs from ${rel('control.geojson')} date ${controlDate(controlResult.value)}: rebuild with "npx tsx geodata/buildControl.ts ${id}"`);
    }
  }
}

for (const id of conflictIds()) checkProfile(id);
for (const id of conflictIds()) checkLinkerFiles(id);

const series = checkControlSeries(root);
checked.push(...series.checked);
problems.push(...series.problems);

await checkStories();

const positions = checkPositions(root);
problems.push(...positions.problems);
checked.push(...positions.checked);

if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`check:data: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  process.exit(1);
}
console.log(`check:data: ${checked.length} files valid (${checked.join(', ')})`);
