/**
 * The Georgia profile's example article, linked with the Georgia linker
 * (`npm run link -- --conflict ge geodata/conflicts/ge/article.txt`): it
 * names Abkhazia and South Ossetia / the Tskhinvali region, its quotes go to
 * their sides, and the committed story is what the linker makes today.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLinker, readProfile } from '../../../src/cli/conflicts.ts';
import { linkArticle } from '../../../src/lib/linker/index.ts';
import { storyToJson } from '../../../src/lib/contract/storyJson.ts';

const dir = join(import.meta.dirname, '../../../geodata/conflicts/ge');
const text = readFileSync(join(dir, 'article.txt'), 'utf8');
const committed = readFileSync(join(dir, 'story.json'), 'utf8');
const story = linkArticle(text, readLinker('ge'));
const profile = readProfile('ge');

const mentionsOf = (region: string) => story.mentions.filter((m) => m.region === region);
const passageOf = (needle: string) => {
  const p = story.passages.find((x) => x.text.includes(needle));
  if (!p) throw new Error(`no passage with "${needle}"`);
  return p;
};

describe('geodata/conflicts/ge/article.txt linked with the Georgia profile', () => {
  it('belongs to the ge profile and links only its story regions', () => {
    expect(story.conflict).toBe('ge');
    const story_ = new Set([...profile.regions.focus, ...profile.regions.context]);
    for (const m of story.mentions) expect(story_.has(m.region), `${m.text} → ${m.region}`).toBe(true);
  });

  it('links Abkhazia by name, by its places (Sukhumi, Gali, Ochamchire) and through the Kodori gorge', () => {
    const ab = mentionsOf('GE-AB');
    expect(ab.filter((m) => m.text === 'Abkhazia' && m.via === 'name').length).toBeGreaterThanOrEqual(6);
    expect(ab.filter((m) => m.via === 'place').map((m) => m.place)).toEqual(expect.arrayContaining(['Sukhumi', 'Gali', 'Ochamchire']));
    expect(ab.map((m) => m.text)).toContain('Kodori gorge');
  });

  it('links South Ossetia and the Tskhinvali region to Shida Kartli, Akhalgori to Mtskheta-Mtianeti and Kvaisa to Racha', () => {
    const sk = mentionsOf('GE-SK').map((m) => m.text);
    expect(sk.filter((t) => t === 'South Ossetia').length).toBeGreaterThanOrEqual(6);
    expect(sk.filter((t) => t === 'Tskhinvali region').length).toBeGreaterThanOrEqual(3);
    expect(sk).toContain('Tskhinvali');
    expect(mentionsOf('GE-MM').map((m) => m.text)).toEqual(expect.arrayContaining(['Akhalgori', 'Akhalgori valley']));
    expect(mentionsOf('GE-RL').map((m) => m.text)).toEqual(['Kvaisa']);
  });

  it('reads "breakaway regions", then "both regions", as the group of Abkhazia and South Ossetia, not the law on occupied territories', () => {
    const group = story.mentions.filter((m) => m.via === 'collective');
    expect(new Set(group.map((m) => m.region))).toEqual(new Set(profile.regions.focus));
    expect(group.map((m) => m.text)).toEqual(expect.arrayContaining(['breakaway regions', 'both regions']));
    expect(group.map((m) => m.text)).not.toContain('Occupied Territories');
  });

  it('gives each quote to its side: Russia, Georgia, the de facto authorities, the EU mission', () => {
    expect(passageOf('the only possibility to save human lives').speaker).toMatchObject({ party: 'russia', name: 'Medvedev' });
    expect(passageOf('I am confident that this process is irreversible').speaker).toMatchObject({ party: 'russia' });
    expect(passageOf('will have to change its illegal decision').speaker).toMatchObject({ party: 'georgia' });
    expect(passageOf('unprecedented number of supporters').speaker).toMatchObject({ party: 'georgia' });
    expect(passageOf('will always be with Russia').speaker).toMatchObject({ party: 'de-facto-authorities', name: 'Gagloev' });
    expect(passageOf('logistical support point').speaker).toMatchObject({ party: 'de-facto-authorities' });
    expect(passageOf('depends on which maps are used').speaker).toMatchObject({ party: 'international' });
  });

  it('is committed as geodata/conflicts/ge/story.json, as the linker makes it', () => {
    expect(committed).toBe(storyToJson(story));
  });
});
