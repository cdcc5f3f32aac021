/**
 * `npm run check:data`: validates every data file the app ships or reads and
 * prints what is wrong, with file and field. Exit 1 on any problem; one
 * summary line on success.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Topology } from 'topojson-specification';
import { parseClaims, parseControlLayer, parseShares, controlDate } from '../src/lib/claims/index.ts';
import { decodeRegions } from '../src/lib/geo/decodeRegions.ts';
import { STORY_REGIONS, UKRAINE_REGIONS } from '../src/lib/geo/regionIds.ts';
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

function checkRegions(rel: string): void {
  const topo = readJson(rel) as Topology | undefined;
  if (topo === undefined) return;
  checked.push(rel);
  let decoded;
  try {
    decoded = decodeRegions(topo);
  } catch (e) {
    problems.push(`${rel}: ${(e as Error).message}`);
    return;
  }
  const seen = new Set<string>();
  decoded.regions.forEach((r, i) => {
    const p = r.properties as Partial<typeof r.properties> | null;
    const where = `${rel}: objects.regions.geometries[${i}]`;
    if (!p || typeof p.id !== 'string') return void problems.push(`${where}.properties.id: missing`);
    if (!(UKRAINE_REGIONS as readonly string[]).includes(p.id)) problems.push(`${where}.properties.id: unknown region id: ${p.id}`);
    if (seen.has(p.id)) problems.push(`${where}.properties.id: duplicate ${p.id}`);
    seen.add(p.id);
    for (const k of ['name', 'name_uk', 'name_ru'] as const) if (typeof p[k] !== 'string' || !p[k]) problems.push(`${where}.properties.${k}: missing for ${p.id}`);
    if (!r.geometry) problems.push(`${where}.geometry: missing for ${p.id}`);
  });
  for (const id of UKRAINE_REGIONS) if (!seen.has(id)) problems.push(`${rel}: objects.regions: region ${id} missing`);
}

function report(rel: string, r: { ok: true } | { ok: false; errors: string[] }): boolean {
  if (!r.ok) problems.push(...r.errors);
  else checked.push(rel);
  return r.ok;
}

type StoryValidator = (json: unknown) => unknown;

/** The linker's validator, if it exists yet (src/lib/contract/storySchema.ts). */
async function loadStoryValidator(): Promise<StoryValidator | null> {
  const path = join(root, 'src/lib/contract/storySchema.ts');
  if (!existsSync(path)) return null;
  const mod = (await import(pathToFileURL(path).href)) as { validateStory?: StoryValidator };
  return typeof mod.validateStory === 'function' ? mod.validateStory : null;
}

/** Normalises whatever validateStory returns (a result object, a list of errors, or a throw) into messages. */
function storyErrors(validate: StoryValidator, json: unknown): string[] {
  let r: unknown;
  try {
    r = validate(json);
  } catch (e) {
    return [(e as Error).message];
  }
  if (Array.isArray(r)) return r.map(String);
  if (r && typeof r === 'object' && 'ok' in r && (r as { ok: unknown }).ok === false) {
    const errs = (r as { errors?: unknown; error?: unknown }).errors ?? (r as { error?: unknown }).error;
    return Array.isArray(errs) ? errs.map((e) => (typeof e === 'string' ? e : JSON.stringify(e))) : [String(errs ?? 'invalid story')];
  }
  return [];
}

/** Minimal structural check used until the linker's schema exists. */
function basicStoryErrors(json: unknown): string[] {
  const s = json as { article?: unknown; passages?: unknown; mentions?: unknown } | null;
  if (!s || typeof s !== 'object') return ['(root): expected an object'];
  const out: string[] = [];
  if (!s.article || typeof s.article !== 'object') out.push('article: missing');
  if (!Array.isArray(s.passages)) out.push('passages: expected an array');
  if (!Array.isArray(s.mentions)) out.push('mentions: expected an array');
  if (out.length) return out;
  const ids = new Set((s.passages as { id?: unknown }[]).map((p) => p.id));
  (s.mentions as { region?: unknown; passage?: unknown }[]).forEach((m, i) => {
    if (!(STORY_REGIONS as readonly unknown[]).includes(m.region)) out.push(`mentions[${i}].region: unknown region id: ${String(m.region)}`);
    if (!ids.has(m.passage)) out.push(`mentions[${i}].passage: no passage with id ${JSON.stringify(m.passage)}`);
  });
  return out;
}

async function checkStories(): Promise<void> {
  const files: string[] = [];
  const dir = join(root, 'public/stories');
  if (existsSync(dir)) for (const f of readdirSync(dir).sort()) if (f.endsWith('.json')) files.push(relative(root, join(dir, f)));
  if (existsSync(join(root, 'src/generated/story.json'))) files.push('src/generated/story.json');
  const validate = await loadStoryValidator();
  for (const rel of files) {
    const json = readJson(rel);
    if (json === undefined) continue;
    const errs = validate ? storyErrors(validate, json) : basicStoryErrors(json);
    if (errs.length) problems.push(...errs.map((e) => (e.startsWith(rel) ? e : `${rel}: ${e}`)));
    else checked.push(rel);
  }
  if (!validate && files.length) console.warn('note: src/lib/contract/storySchema.ts (validateStory) not found; stories got a basic structural check only');
}

checkRegions('geodata/conflicts/ua/regions.topo.json');

const claims = readJson('geodata/conflicts/ua/claims.json');
if (claims !== undefined) report('geodata/conflicts/ua/claims.json', parseClaims(claims, 'geodata/conflicts/ua/claims.json'));

const control = readJson('geodata/conflicts/ua/control.geojson');
const controlResult = control === undefined ? null : parseControlLayer(control, 'geodata/conflicts/ua/control.geojson');
if (controlResult) report('geodata/conflicts/ua/control.geojson', controlResult);

const shares = readJson('geodata/conflicts/ua/shares.json');
if (shares !== undefined) {
  const r = parseShares(shares, 'geodata/conflicts/ua/shares.json');
  if (report('geodata/conflicts/ua/shares.json', r) && r.ok) {
    for (const id of UKRAINE_REGIONS) if (!r.value.regions[id]) problems.push(`geodata/conflicts/ua/shares.json: regions.${id}: missing`);
    if (controlResult?.ok && r.value.date !== controlDate(controlResult.value)) {
      problems.push(`geodata/conflicts/ua/shares.json: date: ${r.value.date} differs from geodata/conflicts/ua/control.geojson date ${controlDate(controlResult.value)}: rebuild with "npx tsx geodata/buildControl.ts"`);
    }
  }
}

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
