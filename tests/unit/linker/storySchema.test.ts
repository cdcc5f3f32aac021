import { describe, expect, it } from 'vitest';
import { validateStory, validateStoryInSlices } from '../../../src/lib/contract/storySchema.ts';
import { LIMITS } from '../../../src/lib/contract/limits.ts';
import { link } from './helpers.ts';

const story = () => JSON.parse(JSON.stringify(link('A Title\n\nFighting near Pokrovsk and in Kherson.\n'))) as Record<string, any>;

describe('validateStory', () => {
  it('accepts what the linker makes', () => {
    const v = validateStory(story());
    expect(v.ok).toBe(true);
  });

  it('names path and value of schema errors', () => {
    const s = story();
    s.article.date = '28/11/2025';
    s.passages[0].kind = 'para';
    const v = validateStory(s);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.errors).toContain('story.article.date: expected YYYY-MM-DD (got "28/11/2025")');
    expect(v.errors.some((e) => e.startsWith('story.passages[0].kind:') && e.includes('"para"'))).toBe(true);
  });

  it('rejects unknown region ids by value', () => {
    const s = story();
    s.mentions[0].region = 'UA-99';
    const v = validateStory(s);
    expect(v.ok ? [] : v.errors).toEqual([expect.stringContaining('unknown region id: UA-99')]);
  });

  it('checks offsets against texts and passages', () => {
    const s = story();
    s.passages[1].end = s.passages[1].start - 1;
    s.mentions[0].end += 1;
    s.mentions[1].passage = 'p9.s9';
    const v = validateStory(s);
    const errors = v.ok ? [] : v.errors;
    expect(errors).toContain(`story.passages[1].end < start (${s.passages[1].end} < ${s.passages[1].start})`);
    expect(errors).toContain('story.mentions[0].text length 8 != end - start 9');
    expect(errors).toContain('story.mentions[1].passage: unknown passage id: p9.s9');
  });

  it('finds a mention outside its passage', () => {
    const s = story();
    s.mentions[0].passage = 'title';
    const v = validateStory(s);
    expect(v.ok ? [] : v.errors).toEqual([expect.stringMatching(/^story\.mentions\[0\]: \[\d+, \d+\) is outside passage title/)]);
  });

  it('rejects non-objects', () => {
    expect(validateStory(null).ok).toBe(false);
    expect(validateStory({ version: 2 }).ok).toBe(false);
  });
});

describe('validateStory: what the map can show', () => {
  it('drops exact duplicate mentions with a note, so the story can always be rendered', () => {
    const s = story();
    s.mentions.push({ ...s.mentions[0] });
    const v = validateStory(s);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.story.mentions).toHaveLength(s.mentions.length - 1);
    expect(v.notes).toEqual(['1 duplicate mention was dropped.']);
  });

  it('refuses dates that are not on the calendar', () => {
    const s = story();
    s.article.date = '2025-02-30';
    const v = validateStory(s);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.errors[0]).toBe('story.article.date: expected YYYY-MM-DD (got "2025-02-30")');
  });

  it('names the limit a story passes: passages, mentions, title length', () => {
    const many = story();
    many.passages = Array.from({ length: LIMITS.passages + 1 }, () => many.passages[0]);
    const v1 = validateStory(many);
    expect(v1.ok).toBe(false);
    if (!v1.ok) expect(v1.errors[0]).toMatch(/^story\.passages: more than 60,000 passages \(the limit\)/);
    const long = story();
    long.article.title = 'x'.repeat(LIMITS.titleChars + 1);
    const v2 = validateStory(long);
    expect(v2.ok).toBe(false);
    if (!v2.ok) expect(v2.errors[0]).toMatch(/^story\.article\.title: longer than 1,000 characters/);
  });

  it('checks a large story a slice at a time, pausing between slices, with the same result', async () => {
    const s = story();
    const p = s.passages[1];
    // 10,000 copies of one sentence under distinct ids: a valid, long story.
    s.passages = [s.passages[0], ...Array.from({ length: 10_000 }, (_, i) => ({ ...p, id: `x${i}` }))];
    s.mentions = s.mentions.filter((m: { passage: string }) => m.passage === p.id).map((m: object) => ({ ...m, passage: 'x0' }));
    let pauses = 0;
    const sliced = await validateStoryInSlices(s, async () => void pauses++);
    expect(sliced).toEqual(validateStory(s));
    expect(sliced.ok).toBe(true);
    expect(pauses).toBeGreaterThanOrEqual(5);
  });
});
