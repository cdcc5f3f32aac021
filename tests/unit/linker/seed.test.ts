import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateStory } from '../../../src/lib/contract/storySchema.ts';
import { link, root } from './helpers.ts';

const input = readFileSync(join(root, 'public', 'stories', 'clash-report-2025-11-28.txt'), 'utf8');
const story = link(input);

// Every mention of the seed article, pinned: region, start, end, text, via, passage, place.
const EXPECTED: Array<[string, number, number, string, string, string, string | null]> = [
  ['UA-14', 287, 307, 'occupied territories', 'collective', 'standfirst', null],
  ['UA-09', 287, 307, 'occupied territories', 'collective', 'standfirst', null],
  ['UA-65', 287, 307, 'occupied territories', 'collective', 'standfirst', null],
  ['UA-23', 287, 307, 'occupied territories', 'collective', 'standfirst', null],
  ['UA-14', 1067, 1087, 'occupied territories', 'collective', 'p2.s3', null],
  ['UA-09', 1067, 1087, 'occupied territories', 'collective', 'p2.s3', null],
  ['UA-65', 1067, 1087, 'occupied territories', 'collective', 'p2.s3', null],
  ['UA-23', 1067, 1087, 'occupied territories', 'collective', 'p2.s3', null],
  ['UA-14', 1400, 1407, 'Donetsk', 'name', 'p4.s1', null],
  ['UA-09', 1409, 1416, 'Luhansk', 'name', 'p4.s1', null],
  ['UA-65', 1418, 1425, 'Kherson', 'name', 'p4.s1', null],
  ['UA-23', 1431, 1443, 'Zaporizhzhia', 'name', 'p4.s1', null],
  // The section heading "Russian-Controlled Territories and Recent Gains".
  ['UA-14', 2183, 2213, 'Russian-Controlled Territories', 'collective', 'h4', null],
  ['UA-09', 2183, 2213, 'Russian-Controlled Territories', 'collective', 'h4', null],
  ['UA-65', 2183, 2213, 'Russian-Controlled Territories', 'collective', 'h4', null],
  ['UA-23', 2183, 2213, 'Russian-Controlled Territories', 'collective', 'h4', null],
  ['UA-09', 2345, 2352, 'Luhansk', 'name', 'p7.s2', null],
  ['UA-14', 2374, 2381, 'Donetsk', 'name', 'p7.s2', null],
  ['UA-65', 2383, 2390, 'Kherson', 'name', 'p7.s2', null],
  ['UA-23', 2396, 2408, 'Zaporizhzhia', 'name', 'p7.s2', null],
  ['UA-14', 2512, 2520, 'Pokrovsk', 'place', 'p7.s3', 'Pokrovsk'],
  ['UA-14', 2731, 2738, 'Donetsk', 'name', 'p8.s1', null],
];

describe('seed article (Clash Report, 28 Nov 2025)', () => {
  it('reads the metadata and drops the boilerplate', () => {
    expect(story.article).toMatchObject({
      title: 'Putin Sees U.S. Peace Plan as “Starting Point” as He Presses Ukraine to Withdraw',
      date: '2025-11-28',
      source: 'Clash Report',
    });
    const texts = story.passages.map((p) => p.text);
    for (const junk of ['Advertisement banner', 'Cover Image', 'November 28, 2025Clash Report']) {
      expect(texts.some((t) => t.includes(junk))).toBe(false);
    }
    // The title repeated at the end is not a passage.
    expect(story.passages.filter((p) => p.text === story.article.title)).toHaveLength(1);
    expect(story.passages.at(-1)?.id).toBe('p9.s2');
  });

  it('pins every mention with exact offsets', () => {
    const got = story.mentions.map((m) => [m.region, m.start, m.end, m.text, m.via, m.passage, m.place ?? null]);
    expect(got).toEqual(EXPECTED);
    for (const m of story.mentions) expect(input.slice(m.start, m.end)).toBe(m.text);
  });

  it('links Pokrovsk to Donetsk oblast through the gazetteer', () => {
    const p = story.mentions.find((m) => m.text === 'Pokrovsk');
    expect(p).toMatchObject({ region: 'UA-14', via: 'place', place: 'Pokrovsk' });
  });

  it('links both "occupied territories" to the four oblasts, collectively', () => {
    const spans = story.mentions.filter((m) => m.via === 'collective' && m.text === 'occupied territories');
    expect(new Set(spans.map((m) => m.start)).size).toBe(2);
    for (const start of new Set(spans.map((m) => m.start))) {
      expect(spans.filter((m) => m.start === start).map((m) => m.region).sort()).toEqual(['UA-09', 'UA-14', 'UA-23', 'UA-65']);
    }
  });

  it.each(['Geneva', 'Bishkek', 'Moscow', 'Kiev', 'NATO', 'Kyrgyzstan', 'Kremlin', 'Ukraine'])('links %s to nothing', (word) => {
    let at = input.indexOf(word);
    expect(at).toBeGreaterThanOrEqual(0);
    while (at >= 0) {
      const pos = at;
      expect(story.mentions.filter((m) => m.start <= pos && m.end > pos)).toEqual([]);
      at = input.indexOf(word, at + 1);
    }
  });

  it('splits passages with stable ids, "U.S." not ending a sentence', () => {
    expect(story.passages.map((p) => p.id)).toEqual([
      'title', 'standfirst', 'p1.s1', 'p1.s2', 'h1', 'p2.s1', 'p2.s2', 'p2.s3', 'p3.s1', 'h2', 'p4.s1', 'p4.s2',
      'p5.s1', 'h3', 'p6.s1', 'p6.s2', 'h4', 'p7.s1', 'p7.s2', 'p7.s3', 'p8.s1', 'h5', 'p9.s1', 'p9.s2',
    ]);
    const h1 = story.passages.find((p) => p.id === 'h1');
    expect(h1?.text).toBe('U.S. Plan Seen as “Starting Point”');
    expect(story.passages.find((p) => p.id === 'p2.s1')?.text).toMatch(/^Speaking to reporters .* draft agreement\.”$/);
    for (const p of story.passages) expect(input.slice(p.start, p.end)).toBe(p.text);
  });

  it('tags speakers', () => {
    const party = (id: string) => story.passages.find((p) => p.id === id)?.speaker.party;
    expect(party('standfirst')).toBe('russia');
    expect(party('p2.s2')).toBe('russia'); // "He added, …" after Putin
    expect(party('p4.s1')).toBe('russia');
    expect(party('p6.s1')).toBe('ukraine');
    expect(party('p7.s2')).toBe('outlet');
    expect(party('p8.s1')).toBe('analysts');
    expect(party('p9.s2')).toBe('analysts');
    expect(story.passages.find((p) => p.id === 'p7.s1')?.speaker.name).toBe('Clash Report');
  });

  it('tags claim and control topics on passages that name regions', () => {
    const topics = (id: string) => story.passages.find((p) => p.id === id)?.topics;
    expect(topics('p4.s1')).toContain('claim');
    expect(topics('p2.s3')).toEqual(['claim']);
    expect(topics('p7.s2')).toEqual(['control']); // "This includes…" continues "Moscow controls…"
    expect(topics('p7.s3')).toEqual(['control']);
    expect(topics('p8.s1')).toEqual(['control']);
  });

  it('is a valid story', () => {
    const v = validateStory(JSON.parse(JSON.stringify(story)));
    expect(v.ok ? [] : v.errors).toEqual([]);
  });
});
