import { describe, expect, it } from 'vitest';
import { validateStory } from '../../../src/lib/contract/storySchema.ts';
import { rejectMention } from '../../../src/author/authorState.ts';
import { STORAGE_KEY, clearWork, discardSetAside, hasWork, loadWork, readSetAside, saveWork } from '../../../src/author/persist.ts';
import { TEXT, storyFixture } from './fixture.ts';

function memoryStorage(quota = Infinity) {
  const m = new Map<string, string>();
  return {
    map: m,
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (v.length > quota) throw new DOMException('quota', 'QuotaExceededError');
      m.set(k, v);
    },
    removeItem: (k: string) => void m.delete(k),
  };
}

describe('persist', () => {
  it('round-trips the story with its edits and the hosting URLs', () => {
    const storage = memoryStorage();
    const k = TEXT.indexOf('Kherson');
    const story = rejectMention(storyFixture(), { region: 'UA-65', start: k, end: k + 7 }, new Date('2025-12-03T10:00:00Z'));
    expect(saveWork(storage, { story, storyUrl: 'https://news.example/s.json', siteUrl: 'https://news.example/claimline/' })).toEqual({ ok: true });
    expect(hasWork(storage)).toBe(true);
    expect([...storage.map.keys()]).toEqual([STORAGE_KEY]);
    const loaded = loadWork(storage, validateStory);
    expect(loaded.notice).toBeNull();
    expect(loaded.work).toEqual({ story, storyUrl: 'https://news.example/s.json', siteUrl: 'https://news.example/claimline/' });
    clearWork(storage);
    expect(hasWork(storage)).toBe(false);
    expect(loadWork(storage, validateStory)).toEqual({ work: null, notice: null });
  });

  it.each([
    ['not JSON', '{"format":1,"story":'],
    ['an unknown format', JSON.stringify({ format: 99, story: {} })],
    ['a broken story', JSON.stringify({ format: 1, story: { ...storyFixture(), mentions: [{ region: 'UA-99' }] } })],
    ['a bare value', 'null'],
  ])('ignores %s with a notice, never a crash', (_, raw) => {
    const storage = memoryStorage();
    storage.map.set(STORAGE_KEY, raw);
    const loaded = loadWork(storage, validateStory);
    expect(loaded.work).toBeNull();
    expect(loaded.notice).toMatch(/could not be read/);
  });

  it('reports a refused save (quota) as a notice', () => {
    const r = saveWork(memoryStorage(10), { story: storyFixture(), storyUrl: '', siteUrl: '' });
    expect(r).toMatchObject({ ok: false, notice: expect.stringMatching(/Download the story JSON/) });
  });

  it('survives blocked storage', () => {
    const blocked = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('SecurityError'); }, removeItem: () => { throw new Error('SecurityError'); } };
    expect(hasWork(blocked)).toBe(false);
    expect(loadWork(blocked, validateStory).notice).toMatch(/blocked/);
    expect(() => clearWork(blocked)).not.toThrow();
  });
});

describe('set-aside work', () => {
  it('keeps unreadable saved work under its own key, untouched, before anything can overwrite it', () => {
    const storage = memoryStorage();
    storage.setItem(STORAGE_KEY, '{"format":1,"story":{"broken":true}}');
    const loaded = loadWork(storage, validateStory);
    expect(loaded.work).toBeNull();
    expect(loaded.notice).toMatch(/set aside, not deleted: download it below/);
    expect(loaded.setAside).toBe('{"format":1,"story":{"broken":true}}');
    expect(readSetAside(storage)).toBe('{"format":1,"story":{"broken":true}}');
    // The next article's work is saved under the main key; the set-aside copy stays.
    expect(saveWork(storage, { story: storyFixture(), storyUrl: '', siteUrl: '' })).toEqual({ ok: true });
    expect(readSetAside(storage)).toBe('{"format":1,"story":{"broken":true}}');
    discardSetAside(storage);
    expect(readSetAside(storage)).toBeNull();
  });

  it('makes room for the set-aside copy when storage is full', () => {
    const raw = 'x'.repeat(50);
    const m = new Map<string, string>([[STORAGE_KEY, raw]]);
    const full = {
      getItem: (k: string) => m.get(k) ?? null,
      setItem: (k: string, v: string) => {
        if ([...m.values()].reduce((n, s) => n + s.length, 0) + v.length > 60) throw new DOMException('quota', 'QuotaExceededError');
        m.set(k, v);
      },
      removeItem: (k: string) => void m.delete(k),
    };
    expect(loadWork(full, validateStory).notice).toMatch(/set aside, not deleted/);
    expect(readSetAside(full)).toBe(raw);
  });

  it('restores a story with a duplicate mention, dropping the copy with a note', () => {
    const storage = memoryStorage();
    const story = storyFixture();
    story.mentions.push({ ...story.mentions[0]! });
    storage.setItem(STORAGE_KEY, JSON.stringify({ format: 1, savedAt: '', story, storyUrl: '', siteUrl: '' }));
    const loaded = loadWork(storage, validateStory);
    expect(loaded.work?.story.mentions).toHaveLength(2);
    expect(loaded.notes).toEqual(['1 duplicate mention was dropped.']);
  });
});
