import { describe, expect, it } from 'vitest';
import { validateStory } from '../../../src/lib/contract/storySchema.ts';
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
