/**
 * Runtime schema of the story (mirrors `story.ts`) and `validateStory`, which
 * also checks what a schema cannot: offsets that agree with the texts, and
 * mentions that sit inside their passage. Exact duplicate mentions are dropped
 * (with a note), so a story that passes can always be shown.
 *
 * The checks run as steps (a generator) so the browser can pause between
 * slices of a large story and keep the page responsive: `validateStory` runs
 * them at once, `validateStoryInSlices` yields to the page between slices.
 */
import { z } from '../zod.ts';
import { isStoryRegion, storyRegions, unknownRegion, type Profile } from '../conflict/profileSchema.ts';
import { DEFAULT_PROFILE } from '../conflict/bundled.ts';
import { DEFAULT_CONFLICT } from '../conflict/defaults.ts';
import { isIsoDate } from '../claims/sourceRef.ts';
import { LIMITS, formatLimit } from './limits.ts';
import type { Mention, Passage, Story } from './story.ts';
import { yieldToPage } from '../yieldToPage.ts';

const offset = z.int().min(0);
const isoDate = z.string().refine(isIsoDate, 'expected YYYY-MM-DD');

export const speakerSchema = z.object({
  // A party key: the profile's parties, its speaker list's others, or "outlet".
  party: z.string().regex(/^[a-z][a-z-]{1,30}$/, 'expected a party key such as "outlet"'),
  name: z.string().max(LIMITS.sourceChars),
});

export const passageSchema = z.object({
  id: z.string().min(1).max(200),
  kind: z.enum(['title', 'standfirst', 'heading', 'sentence']),
  start: offset,
  end: offset,
  text: z.string(),
  paragraph: z.int().min(0),
  speaker: speakerSchema,
  topics: z.array(z.enum(['claim', 'control'])).max(4),
});

/** A finite number in [-limit, limit] (z.number() already refuses NaN and ±Infinity). */
const degrees = (limit: number) => z.number().min(-limit, `must be between -${limit} and ${limit}`).max(limit, `must be between -${limit} and ${limit}`);

export const placePointSchema = z.object({
  lat: degrees(90),
  lon: degrees(180),
  geonameId: z.int().min(1).optional(),
  /** The place's Ukrainian name, from GeoNames' alternate names (the map labels it so in Ukrainian). */
  uk: z.string().min(1).max(200).optional(),
});

export const mentionSchema = z.object({
  // Checked by hand below so the error names the value: "unknown region id: UA-99".
  region: z.string(),
  start: offset,
  end: offset,
  text: z.string(),
  via: z.enum(['name', 'place', 'collective']),
  passage: z.string(),
  place: z.string().max(200).optional(),
  point: placePointSchema.optional(),
  edited: z.enum(['added', 'changed']).optional(),
  ambiguous: z.boolean().optional(),
  alternatives: z.array(z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'expected an ISO 3166-2 code')).optional(),
});

const editTarget = z.object({ region: z.string(), start: offset, end: offset });

export const storyEditSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('reject'), mention: editTarget, at: z.string() }),
  z.object({ op: z.literal('add'), mention: editTarget, at: z.string() }),
  z.object({ op: z.literal('change'), mention: editTarget, to: z.string(), at: z.string() }),
  z.object({ op: z.literal('meta'), field: z.enum(['title', 'date', 'source']), value: z.string().max(LIMITS.titleChars).nullable(), at: z.string() }),
]);

export const articleSchema = z.object({
  title: z.string().max(LIMITS.titleChars, `longer than ${formatLimit(LIMITS.titleChars, 'count')} characters`),
  date: isoDate.nullable(),
  source: z.string().max(LIMITS.sourceChars, `longer than ${LIMITS.sourceChars} characters`).nullable(),
  standfirst: z.string().max(LIMITS.standfirstChars).nullable().optional(),
  url: z.string().max(2_000).nullable().optional(),
  author: z.string().max(LIMITS.sourceChars).nullable().optional(),
  dateline: z
    .object({ start: offset, end: offset, text: z.string().max(LIMITS.sourceChars), place: z.string().max(200).optional(), region: z.string().optional() })
    .nullable()
    .optional(),
});

/** Everything but the two long lists, which are checked a slice at a time. */
const envelopeSchema = z.object({
  version: z.literal(1),
  conflict: z.string().regex(/^[a-z]{2,12}$/, 'expected a conflict profile id such as "ua"').optional(),
  article: articleSchema,
  passages: z.array(z.unknown()).max(LIMITS.passages, `more than ${formatLimit(LIMITS.passages, 'count')} passages (the limit)`),
  mentions: z.array(z.unknown()).max(LIMITS.mentions, `more than ${formatLimit(LIMITS.mentions, 'count')} mentions (the limit)`),
  generator: z.string().max(200).optional(),
  edits: z.array(storyEditSchema).max(LIMITS.mentions).optional(),
});

/** The whole story at once (for JSON Schema-like uses and tests). */
export const storySchema = envelopeSchema.extend({ passages: z.array(passageSchema), mentions: z.array(mentionSchema) });

export type StoryValidation = { ok: true; story: Story; notes: string[] } | { ok: false; errors: string[] };

/** How many items are checked between two pauses. */
const SLICE = 2_000;
/** Errors past this many are not collected (the first ones say what is wrong). */
const MAX_ERRORS = 20;

function pathOf(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : `${s}.${String(k)}`), 'story');
}

function show(v: unknown): string {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 60 ? s.slice(0, 57) + '…' : s;
}

function valueAt(json: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v: unknown = json;
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

function issues(prefix: PropertyKey[], json: unknown, list: readonly { path: readonly PropertyKey[]; message: string }[]): string[] {
  return list.map((i) => {
    const path = [...prefix, ...i.path];
    return `${pathOf(path)}: ${i.message} (got ${show(valueAt(json, i.path))})`;
  });
}

/**
 * The validation, as steps: it yields after each slice of work. Errors name
 * the path and the value, e.g. `story.passages[3].end < start (12 < 40)` or
 * `unknown region id: UA-99`.
 */
export function* validateSteps(json: unknown, profile: Profile = DEFAULT_PROFILE): Generator<void, StoryValidation> {
  const head = envelopeSchema.safeParse(json);
  const errors: string[] = head.success ? [] : issues([], json, head.error.issues);
  // The lists are still checked when only the envelope is wrong, so one run names every kind of problem.
  const lists = json as { passages?: unknown; mentions?: unknown } | null;
  const listsOk = head.success || (Array.isArray(lists?.passages) && Array.isArray(lists?.mentions) && !errors.some((e) => /^story\.(passages|mentions):/.test(e)));
  if (!listsOk) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  const raw = head.success ? head.data : (json as z.infer<typeof envelopeSchema>);
  const conflict = raw.conflict ?? DEFAULT_CONFLICT;
  if (conflict !== profile.id) return { ok: false, errors: [`story.conflict: the story belongs to conflict "${conflict}", checked against "${profile.id}"`] };

  const passages: Passage[] = [];
  for (let i = 0; i < raw.passages.length; i++) {
    const r = passageSchema.safeParse(raw.passages[i]);
    if (r.success) passages.push(r.data as Passage);
    else errors.push(...issues(['passages', i], raw.passages[i], r.error.issues));
    if (errors.length >= MAX_ERRORS) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
    if (i % SLICE === SLICE - 1) yield;
  }
  const mentions: Mention[] = [];
  for (let i = 0; i < raw.mentions.length; i++) {
    const r = mentionSchema.safeParse(raw.mentions[i]);
    if (r.success) mentions.push(r.data as Mention);
    else errors.push(...issues(['mentions', i], raw.mentions[i], r.error.issues));
    if (errors.length >= MAX_ERRORS) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
    if (i % SLICE === SLICE - 1) yield;
  }
  if (errors.length) return { ok: false, errors };

  const ids = new Map<string, Passage>();
  passages.forEach((p, i) => {
    const at = `story.passages[${i}]`;
    if (ids.has(p.id)) errors.push(`${at}.id: duplicate passage id: ${p.id}`);
    ids.set(p.id, p);
    if (p.end < p.start) errors.push(`${at}.end < start (${p.end} < ${p.start})`);
    else if (p.text.length !== p.end - p.start) errors.push(`${at}.text length ${p.text.length} != end - start ${p.end - p.start}`);
  });
  yield;

  // Exact duplicates (same region, span, passage and kind) would show twice: keep the first.
  const seen = new Set<string>();
  const kept: Mention[] = [];
  for (let i = 0; i < mentions.length && errors.length < MAX_ERRORS; i++) {
    const m = mentions[i]!;
    const at = `story.mentions[${i}]`;
    if (!isStoryRegion(profile, m.region)) errors.push(`${at}.region: ${unknownRegion(profile, m.region)} (expected one of ${storyRegions(profile).join(', ')})`);
    if (m.end <= m.start) errors.push(`${at}.end <= start (${m.end} <= ${m.start})`);
    else if (m.text.length !== m.end - m.start) errors.push(`${at}.text length ${m.text.length} != end - start ${m.end - m.start}`);
    if (m.via === 'place' && !m.place) errors.push(`${at}.place: missing for via "place"`);
    if (m.point && m.via !== 'place') errors.push(`${at}.point: only a mention with via "place" has a point (got via "${m.via}")`);
    const p = ids.get(m.passage);
    if (!p) errors.push(`${at}.passage: unknown passage id: ${m.passage}`);
    else if (m.start < p.start || m.end > p.end) {
      errors.push(`${at}: [${m.start}, ${m.end}) is outside passage ${p.id} [${p.start}, ${p.end})`);
    } else if (p.text.slice(m.start - p.start, m.end - p.start) !== m.text) {
      errors.push(`${at}.text ${show(m.text)} != passage ${p.id} text at [${m.start}, ${m.end})`);
    }
    const key = `${m.region} ${m.start} ${m.end} ${m.passage} ${m.via}`;
    if (!seen.has(key)) {
      seen.add(key);
      kept.push(m);
    }
    if (i % SLICE === SLICE - 1) yield;
  }
  if (errors.length) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };

  const notes: string[] = [];
  const dropped = mentions.length - kept.length;
  if (dropped > 0) notes.push(`${dropped} duplicate mention${dropped === 1 ? ' was' : 's were'} dropped.`);
  const story = { ...raw, passages, mentions: kept } as Story;
  return { ok: true, story, notes };
}

/** Validate a story document at once (CLI, tests, small stories). */
export function validateStory(json: unknown, profile?: Profile): StoryValidation {
  const steps = validateSteps(json, profile);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Validate a story a slice at a time, pausing between slices so the page stays responsive. */
export async function validateStoryInSlices(json: unknown, pause: () => Promise<void> = yieldToPage, profile?: Profile): Promise<StoryValidation> {
  const steps = validateSteps(json, profile);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    await pause();
  }
}
