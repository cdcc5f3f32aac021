/**
 * Runtime schema of the story (mirrors `story.ts`) and `validateStory`, which
 * also checks what a schema cannot: offsets that agree with the texts, and
 * mentions that sit inside their passage.
 */
import { z } from 'zod';
import { STORY_REGIONS, isStoryRegion } from '../geo/regionIds.ts';
import type { Story } from './story.ts';

const offset = z.int().min(0);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const speakerSchema = z.object({
  party: z.enum(['russia', 'ukraine', 'analysts', 'united-states', 'outlet']),
  name: z.string(),
});

export const passageSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['title', 'standfirst', 'heading', 'sentence']),
  start: offset,
  end: offset,
  text: z.string(),
  paragraph: z.int().min(0),
  speaker: speakerSchema,
  topics: z.array(z.enum(['claim', 'control'])),
});

export const mentionSchema = z.object({
  // Checked by hand below so the error names the value: "unknown region id: UA-99".
  region: z.string(),
  start: offset,
  end: offset,
  text: z.string(),
  via: z.enum(['name', 'place', 'collective']),
  passage: z.string(),
  place: z.string().optional(),
  edited: z.enum(['added', 'changed']).optional(),
  ambiguous: z.boolean().optional(),
  alternatives: z.array(z.string().regex(/^UA-\d\d$/, 'expected an ISO 3166-2:UA code')).optional(),
});

const editTarget = z.object({ region: z.string(), start: offset, end: offset });

export const storyEditSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('reject'), mention: editTarget, at: z.string() }),
  z.object({ op: z.literal('add'), mention: editTarget, at: z.string() }),
  z.object({ op: z.literal('change'), mention: editTarget, to: z.string(), at: z.string() }),
  z.object({ op: z.literal('meta'), field: z.enum(['title', 'date', 'source']), value: z.string().nullable(), at: z.string() }),
]);

export const storySchema = z.object({
  version: z.literal(1),
  article: z.object({
    title: z.string(),
    date: isoDate.nullable(),
    source: z.string().nullable(),
    standfirst: z.string().nullable().optional(),
    url: z.string().nullable().optional(),
    author: z.string().nullable().optional(),
    dateline: z
      .object({ start: offset, end: offset, text: z.string(), place: z.string().optional(), region: z.string().optional() })
      .nullable()
      .optional(),
  }),
  passages: z.array(passageSchema),
  mentions: z.array(mentionSchema),
  generator: z.string().optional(),
  edits: z.array(storyEditSchema).optional(),
});

export type StoryValidation = { ok: true; story: Story } | { ok: false; errors: string[] };

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

/**
 * Validate a story document. Errors name the path and the value, e.g.
 * `story.passages[3].end < start (12 < 40)` or `unknown region id: UA-99`.
 */
export function validateStory(json: unknown): StoryValidation {
  const parsed = storySchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => `${pathOf(i.path)}: ${i.message} (got ${show(valueAt(json, i.path))})`),
    };
  }
  const story = parsed.data;
  const errors: string[] = [];
  const ids = new Map<string, number>();
  story.passages.forEach((p, i) => {
    const at = `story.passages[${i}]`;
    if (ids.has(p.id)) errors.push(`${at}.id: duplicate passage id: ${p.id}`);
    ids.set(p.id, i);
    if (p.end < p.start) errors.push(`${at}.end < start (${p.end} < ${p.start})`);
    else if (p.text.length !== p.end - p.start) errors.push(`${at}.text length ${p.text.length} != end - start ${p.end - p.start}`);
  });
  story.mentions.forEach((m, i) => {
    const at = `story.mentions[${i}]`;
    if (!isStoryRegion(m.region)) errors.push(`${at}.region: unknown region id: ${m.region} (expected one of ${STORY_REGIONS.join(', ')})`);
    if (m.end <= m.start) errors.push(`${at}.end <= start (${m.end} <= ${m.start})`);
    else if (m.text.length !== m.end - m.start) errors.push(`${at}.text length ${m.text.length} != end - start ${m.end - m.start}`);
    if (m.via === 'place' && !m.place) errors.push(`${at}.place: missing for via "place"`);
    const pi = ids.get(m.passage);
    const p = pi === undefined ? undefined : story.passages[pi];
    if (!p) {
      errors.push(`${at}.passage: unknown passage id: ${m.passage}`);
      return;
    }
    if (m.start < p.start || m.end > p.end) {
      errors.push(`${at}: [${m.start}, ${m.end}) is outside passage ${p.id} [${p.start}, ${p.end})`);
    } else if (p.text.slice(m.start - p.start, m.end - p.start) !== m.text) {
      errors.push(`${at}.text ${show(m.text)} != passage ${p.id} text at [${m.start}, ${m.end})`);
    }
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, story: story as Story };
}
