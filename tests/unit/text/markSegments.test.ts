import { describe, expect, it } from 'vitest';
import { markSegments } from '../../../src/lib/text/markSegments.ts';
import { indexStory, mentionsOf } from '../../../src/lib/text/storyIndex.ts';
import type { Mention, Passage, Story } from '../../../src/lib/contract/story.ts';
import { storyFixture } from '../author/fixture.ts';

const outlet = { party: 'outlet' as const, name: 'x' };
const passage = (text: string, start = 100): Passage => ({ id: 'p1.s1', kind: 'sentence', start, end: start + text.length, text, paragraph: 1, speaker: outlet, topics: [] });
const mention = (p: Passage, word: string, region: string, via: Mention['via'] = 'name', from = 0): Mention => {
  const i = p.text.indexOf(word, from);
  return { region: region as Mention['region'], start: p.start + i, end: p.start + i + word.length, text: word, via, passage: p.id };
};

describe('markSegments', () => {
  it('cuts a passage at every mention and keeps the text whole', () => {
    const p = passage('Russia holds Donetsk and Luhansk, the Donbas.');
    const ms = [mention(p, 'Donetsk', 'UA-14'), mention(p, 'Luhansk', 'UA-09'), mention(p, 'Donbas', 'UA-14'), mention(p, 'Donbas', 'UA-09')];
    const segs = markSegments(p, ms);
    expect(segs.map((s) => s.text).join('')).toBe(p.text);
    expect(segs.filter((s) => s.regions.length).map((s) => [s.text, s.regions])).toEqual([
      ['Donetsk', ['UA-14']],
      ['Luhansk', ['UA-09']],
      ['Donbas', ['UA-14', 'UA-09']],
    ]);
  });

  it('splits overlapping mentions into runs that list every region covering them', () => {
    const p = passage('the Donetsk oblast front');
    const whole = { ...mention(p, 'Donetsk oblast', 'UA-14') };
    const group = { ...mention(p, 'Donetsk oblast front', 'UA-09', 'collective') };
    const segs = markSegments(p, [whole, group]);
    expect(segs.map((s) => [s.text, s.regions, s.via])).toEqual([
      ['the ', [], null],
      ['Donetsk oblast', ['UA-14', 'UA-09'], 'name'],
      [' front', ['UA-09'], 'collective'],
    ]);
  });

  it('marks only one region when asked, and ignores other passages’ mentions', () => {
    const p = passage('Kherson and Zaporizhzhia');
    const other: Mention = { ...mention(p, 'Kherson', 'UA-65'), passage: 'p9.s9' };
    const segs = markSegments(p, [mention(p, 'Kherson', 'UA-65'), mention(p, 'Zaporizhzhia', 'UA-23'), other], 'UA-23');
    expect(segs.filter((s) => s.regions.length).map((s) => s.text)).toEqual(['Zaporizhzhia']);
  });

  it('handles 20,000 mentions in one passage, every one its own run', () => {
    const text = 'Donetsk '.repeat(20_000);
    const p = passage(text, 0);
    const ms: Mention[] = [];
    for (let i = 0; i < 20_000; i++) ms.push({ region: 'UA-14', start: i * 8, end: i * 8 + 7, text: 'Donetsk', via: 'name', passage: p.id });
    const segs = markSegments(p, ms);
    expect(segs.filter((s) => s.regions.length)).toHaveLength(20_000);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });
});

describe('indexStory', () => {
  it('groups mentions by passage and passages by region, direct before collective', () => {
    const s: Story = storyFixture();
    const p2 = s.passages[2]!;
    s.mentions.push({ region: 'UA-65', start: p2.start, end: p2.start + 3, text: p2.text.slice(0, 3), via: 'collective', passage: p2.id });
    const index = indexStory(s);
    expect(mentionsOf(index, 'p1.s1').map((m) => m.region)).toEqual(['UA-65']);
    expect(mentionsOf(index, 'title')).toEqual([]);
    expect(index.byRegion.get('UA-65')!.direct.map((p) => p.id)).toEqual(['p1.s1']);
    expect(index.byRegion.get('UA-65')!.collective.map((p) => p.id)).toEqual(['p1.s2']);
    expect(index.counts.get('UA-65')).toBe(2);
    expect(index.byRegion.has('UA-23')).toBe(false);
  });
});
