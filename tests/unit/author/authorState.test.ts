import { describe, expect, it } from 'vitest';
import { validateStory } from '../../../src/lib/contract/storySchema.ts';
import { addMention, changeMention, countByRegion, editMeta, findWords, rejectMention, spanFromSelection } from '../../../src/author/authorState.ts';
import { TEXT, storyFixture } from './fixture.ts';

const AT = new Date('2025-12-03T10:00:00Z');
const at = (s: string) => TEXT.indexOf(s);
const valid = (s: unknown) => {
  const v = validateStory(s);
  return v.ok ? [] : v.errors;
};

describe('review edits', () => {
  it('rejects a mention and records it', () => {
    const s = rejectMention(storyFixture(), { region: 'UA-65', start: at('Kherson'), end: at('Kherson') + 7 }, AT);
    expect(s.mentions.map((m) => m.region)).toEqual(['UA-14']);
    expect(s.edits).toEqual([{ op: 'reject', mention: { region: 'UA-65', start: at('Kherson'), end: at('Kherson') + 7 }, at: '2025-12-03T10:00:00.000Z' }]);
    expect(valid(s)).toEqual([]);
  });

  it('leaves the input story untouched', () => {
    const before = storyFixture();
    const copy = structuredClone(before);
    rejectMention(before, { region: 'UA-65', start: at('Kherson'), end: at('Kherson') + 7 }, AT);
    expect(before).toEqual(copy);
  });

  it('adds a mention from a selection, trimmed, with offsets into the original text', () => {
    // The editor's drag took a space and the comma along.
    const span = spanFromSelection(storyFixture(), at('mining') - 1, at('heartland') + 'heartland'.length);
    expect(span).toEqual({ start: at('mining'), end: at('heartland') + 9, passage: 'p1.s2', text: 'mining heartland' });
    if ('error' in span) throw new Error(span.error);
    const s = addMention(storyFixture(), { region: 'UA-14', start: span.start, end: span.end }, AT);
    const added = s.mentions.find((m) => m.edited === 'added')!;
    expect(TEXT.slice(added.start, added.end)).toBe('mining heartland');
    expect(added).toMatchObject({ region: 'UA-14', via: 'name', passage: 'p1.s2', text: 'mining heartland' });
    expect(s.mentions.map((m) => m.start)).toEqual([...s.mentions.map((m) => m.start)].sort((a, b) => a - b));
    expect(s.edits?.[0]).toMatchObject({ op: 'add', mention: { region: 'UA-14', start: span.start, end: span.end } });
    expect(valid(s)).toEqual([]);
  });

  it('refuses selections across passages, outside them, or of nothing', () => {
    const story = storyFixture();
    expect(spanFromSelection(story, at('overnight'), at('mining'))).toMatchObject({ error: expect.stringMatching(/one sentence/) });
    expect(spanFromSelection(story, at('Russia') - 2, at('Russia') - 1)).toMatchObject({ error: expect.stringMatching(/outside/) });
    expect(spanFromSelection(story, 30, 30)).toMatchObject({ error: expect.stringMatching(/Select/) });
    expect(spanFromSelection(story, at('overnight.') + 9, at('overnight.') + 10)).toMatchObject({ error: expect.stringMatching(/not only spaces/) });
  });

  it('refuses unknown regions and duplicates', () => {
    const story = storyFixture();
    const k = { start: at('Kherson'), end: at('Kherson') + 7 };
    expect(() => addMention(story, { region: 'UA-99', ...k }, AT)).toThrow(/unknown region id: UA-99/);
    expect(() => addMention(story, { region: 'UA-65', ...k }, AT)).toThrow(/already linked/);
    expect(() => changeMention(story, { region: 'UA-65', ...k }, 'XX', AT)).toThrow(/unknown region id: XX/);
    expect(() => rejectMention(story, { region: 'UA-23', ...k }, AT)).toThrow(/no mention of UA-23/);
  });

  it('changes a mention’s region, marking it changed (an added one stays added)', () => {
    const k = { start: at('Kherson'), end: at('Kherson') + 7 };
    const s = changeMention(storyFixture(), { region: 'UA-65', ...k }, 'UA-23', AT);
    expect(s.mentions.find((m) => m.start === k.start)).toMatchObject({ region: 'UA-23', edited: 'changed' });
    expect(s.edits).toEqual([{ op: 'change', mention: { region: 'UA-65', ...k }, to: 'UA-23', at: AT.toISOString() }]);
    expect(countByRegion(s)).toEqual(new Map([['UA-23', 1], ['UA-14', 1]]));

    const m = { region: 'UA-14', start: at('mining'), end: at('heartland') + 9 };
    const added = changeMention(addMention(storyFixture(), m, AT), m, 'UA-09', AT);
    expect(added.mentions.find((x) => x.start === m.start)).toMatchObject({ region: 'UA-09', edited: 'added' });
    expect(added.edits?.map((e) => e.op)).toEqual(['add', 'change']);
    expect(valid(added)).toEqual([]);
  });

  it('edits title, date and source; empty means none; bad dates are refused', () => {
    let s = editMeta(storyFixture(), 'title', '  Strikes on Kherson ', AT);
    s = editMeta(s, 'date', '2025-12-03', AT);
    s = editMeta(s, 'source', 'Kyiv Observer', AT);
    expect(s.article).toMatchObject({ title: 'Strikes on Kherson', date: '2025-12-03', source: 'Kyiv Observer' });
    expect(s.edits?.map((e) => (e.op === 'meta' ? [e.field, e.value] : null))).toEqual([
      ['title', 'Strikes on Kherson'],
      ['date', '2025-12-03'],
      ['source', 'Kyiv Observer'],
    ]);
    expect(editMeta(s, 'source', 'Kyiv Observer', AT)).toBe(s);
    expect(editMeta(s, 'date', '', AT).article.date).toBeNull();
    expect(() => editMeta(s, 'date', '2025-02-30', AT)).toThrow(/YYYY-MM-DD/);
    expect(() => editMeta(s, 'date', '3 Dec 2025', AT)).toThrow(/YYYY-MM-DD/);
    expect(valid(s)).toEqual([]);
  });

  it('finds words to link for keyboard users, then the next occurrence', () => {
    const story = storyFixture();
    const first = findWords(story, 'MINING heartland');
    expect(first).toEqual({ start: at('mining'), end: at('heartland') + 9, passage: 'p1.s2', text: 'mining heartland' });
    expect(findWords(story, 'zzz')).toBeNull();
    // Wraps around to the first occurrence.
    expect(findWords(story, 'mining', first!.end)).toMatchObject({ start: at('mining') });
  });
});
