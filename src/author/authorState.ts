/**
 * The editor's review of a linked story, as pure functions: each takes a story
 * and returns a new one with the change applied and recorded in `edits`
 * (ISO timestamp), marking added or re-assigned mentions with `edited`.
 * Offsets are always into the original article, like the linker's.
 */
import type { Mention, Passage, Story, StoryEdit } from '../lib/contract/story.ts';
import { storyRegions, type Profile } from '../lib/conflict/profileSchema.ts';
import { DEFAULT_PROFILE } from '../lib/conflict/bundled.ts';
import { ta, type Lang } from '../lib/i18n/strings.ts';

/** Identifies one mention: a region and a span [start, end) of the article. */
export type MentionRef = { region: string; start: number; end: number };

/** A span of the article chosen by the editor, trimmed and inside one passage. */
export type Span = { start: number; end: number; passage: string; text: string };

export type MetaField = 'title' | 'date' | 'source';

const sameRef = (m: MentionRef, r: MentionRef) => m.region === r.region && m.start === r.start && m.end === r.end;
const refOf = (m: MentionRef): MentionRef => ({ region: m.region, start: m.start, end: m.end });
const byOffset = (a: Mention, b: Mention) => a.start - b.start || a.end - b.end || a.region.localeCompare(b.region);

function withEdit(story: Story, change: Partial<Story>, edit: StoryEdit): Story {
  return { ...story, ...change, edits: [...(story.edits ?? []), edit] };
}

function findMention(story: Story, ref: MentionRef): number {
  const i = story.mentions.findIndex((m) => sameRef(m, ref));
  if (i < 0) throw new Error(`no mention of ${ref.region} at [${ref.start}, ${ref.end})`);
  return i;
}

/** The story's conflict: `profile` when given (the page's), else the bundled one. */
function checkRegion(region: string, profile: Profile): void {
  const ids = storyRegions(profile);
  if (!ids.includes(region)) throw new Error(`unknown region id: ${region} (conflict ${profile.id}; expected one of ${ids.join(', ')})`);
}

/** The passage containing offset `at` (passages are sorted and disjoint), or null. */
export function passageAt(story: Story, at: number): Passage | null {
  let lo = 0;
  let hi = story.passages.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = story.passages[mid]!;
    if (at < p.start) hi = mid - 1;
    else if (at >= p.end) lo = mid + 1;
    else return p;
  }
  return null;
}

const SPACE = /[\s.,;:!?()"'“”‘’«»—–-]/u;

/**
 * Turns a selection [start, end) of the original text into a span a mention can
 * use: surrounding spaces and punctuation trimmed, inside one passage; else
 * why not, in `lang`.
 */
export function spanFromSelection(story: Story, start: number, end: number, lang: Lang = 'en'): Span | { error: string } {
  if (!(end > start)) return { error: ta(lang, 'selectWords') };
  const p = passageAt(story, start);
  if (!p) return { error: ta(lang, 'selectOutside') };
  if (end > p.end) return { error: ta(lang, 'selectOneSentence') };
  let s = start;
  let e = end;
  while (s < e && SPACE.test(p.text[s - p.start]!)) s++;
  while (e > s && SPACE.test(p.text[e - 1 - p.start]!)) e--;
  if (e <= s) return { error: ta(lang, 'selectNotSpaces') };
  return { start: s, end: e, passage: p.id, text: p.text.slice(s - p.start, e - p.start) };
}

/** Remove a false link. */
export function rejectMention(story: Story, ref: MentionRef, at: Date = new Date()): Story {
  const i = findMention(story, ref);
  return withEdit(story, { mentions: story.mentions.filter((_, j) => j !== i) }, { op: 'reject', mention: refOf(ref), at: at.toISOString() });
}

/** Link the words [start, end) to `region`; the span must lie inside one passage. Errors a user can cause speak `lang`. */
export function addMention(story: Story, ref: MentionRef, at: Date = new Date(), lang: Lang = 'en', nameOf: (id: string) => string = (id) => id, profile: Profile = DEFAULT_PROFILE): Story {
  checkRegion(ref.region, profile);
  const span = spanFromSelection(story, ref.start, ref.end, lang);
  if ('error' in span) throw new Error(span.error);
  if (span.start !== ref.start || span.end !== ref.end) throw new Error(`[${ref.start}, ${ref.end}) is not a trimmed span; use spanFromSelection first`);
  if (story.mentions.some((m) => sameRef(m, ref))) throw new Error(ta(lang, 'alreadyLinked', { words: span.text, region: nameOf(ref.region) }));
  const m: Mention = { region: ref.region as Mention['region'], start: span.start, end: span.end, text: span.text, via: 'name', passage: span.passage, edited: 'added' };
  const mentions = [...story.mentions, m].sort(byOffset);
  return withEdit(story, { mentions }, { op: 'add', mention: refOf(ref), at: at.toISOString() });
}

/** Link a mention's words to another region instead. */
export function changeMention(story: Story, ref: MentionRef, to: string, at: Date = new Date(), lang: Lang = 'en', nameOf: (id: string) => string = (id) => id, profile: Profile = DEFAULT_PROFILE): Story {
  checkRegion(to, profile);
  const i = findMention(story, ref);
  if (ref.region === to) return story;
  if (story.mentions.some((m) => sameRef(m, { ...ref, region: to }))) throw new Error(ta(lang, 'alreadyLinked', { words: story.mentions[i]!.text, region: nameOf(to) }));
  // The place's point belongs to the old oblast's place of that name: it goes with the old link.
  const { point: _point, ...old } = story.mentions[i]!;
  const changed: Mention = { ...old, region: to as Mention['region'], edited: old.edited === 'added' ? 'added' : 'changed' };
  const mentions = story.mentions.map((m, j) => (j === i ? changed : m)).sort(byOffset);
  return withEdit(story, { mentions }, { op: 'change', mention: refOf(ref), to, at: at.toISOString() });
}

function isRealDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/**
 * Set the title, date (YYYY-MM-DD, or empty for none) or source (empty for none).
 * Throws on a date that is not a real YYYY-MM-DD day; an unchanged value records nothing.
 */
export function editMeta(story: Story, field: MetaField, input: string | null, at: Date = new Date(), lang: Lang = 'en'): Story {
  const trimmed = (input ?? '').trim();
  let value: string | null;
  if (field === 'title') value = trimmed;
  else value = trimmed === '' ? null : trimmed;
  if (field === 'date' && value !== null && !isRealDate(value)) throw new Error(ta(lang, 'badDate', { value }));
  if (story.article[field] === value) return story;
  return withEdit(story, { article: { ...story.article, [field]: value } }, { op: 'meta', field, value, at: at.toISOString() });
}

/** Mentions per region, for the map and the tally. */
export function countByRegion(story: Story): Map<string, number> {
  const c = new Map<string, number>();
  for (const m of story.mentions) c.set(m.region, (c.get(m.region) ?? 0) + 1);
  return c;
}

/**
 * The next place the words `query` occur inside a passage at or after `from`
 * (case-insensitive), as a span: the keyboard way to pick words to link.
 */
export function findWords(story: Story, query: string, from = 0): Span | null {
  const q = query.trim().toLowerCase();
  if (!q) return null;
  const tryFrom = (min: number): Span | null => {
    for (const p of story.passages) {
      if (p.end <= min) continue;
      const text = p.text.toLowerCase();
      const i = text.indexOf(q, Math.max(0, min - p.start));
      if (i >= 0) {
        const span = spanFromSelection(story, p.start + i, p.start + i + q.length);
        if (!('error' in span)) return span;
      }
    }
    return null;
  };
  return tryFrom(from) ?? (from > 0 ? tryFrom(0) : null);
}
