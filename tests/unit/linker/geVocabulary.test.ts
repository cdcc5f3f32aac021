/**
 * The Georgia profile's linker vocabulary (geodata/conflicts/ge/src/lexicon.json,
 * speakers.json) and its example article: the vocabulary names only the
 * profile's regions and parties, its speaker patterns are safe to run on any
 * text, and the article names Abkhazia and South Ossetia / the Tskhinvali
 * region through it, with the officials it quotes recognised as their side.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { readProfile } from '../../../src/cli/conflicts.ts';

type RegionNames = { bases: string[]; plain?: string[]; acronyms?: string[] };
type Lexicon = {
  areaWords: string[];
  regions: Record<string, RegionNames>;
  notRegions: string[];
  collective: Array<string | { phrase: string; kremlinOnly: true }>;
  anaphora: string[];
};
type Cue = { latin: string; cyr?: string; party: string };
type Speakers = { cues: Cue[] };

const dir = join(import.meta.dirname, '../../../geodata/conflicts/ge');
const read = <T,>(f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as T;
const profile = readProfile('ge');
const lexicon = read<Lexicon>('src/lexicon.json');
const speakers = read<Speakers>('src/speakers.json');
const article = readFileSync(join(dir, 'article.txt'), 'utf8');
const story = [...profile.regions.focus, ...profile.regions.context];

/** Every name of a region: bases, bases + area words, plain names. */
function namesOf(id: string): string[] {
  const n = lexicon.regions[id]!;
  return [...n.bases, ...n.bases.flatMap((b) => lexicon.areaWords.map((w) => `${b} ${w}`)), ...(n.plain ?? []), ...(n.acronyms ?? [])];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whole-word occurrences of the region's names in the article, longest name first, no overlaps. */
function mentionsOf(id: string): string[] {
  const names = namesOf(id).sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return article.match(re) ?? [];
}

describe('geodata/conflicts/ge/src/lexicon.json', () => {
  it('names the profile’s story regions only, each phrase for one region', () => {
    expect(Object.keys(lexicon.regions).sort()).toEqual([...story].sort());
    const seen = new Map<string, string>();
    for (const id of story) {
      for (const n of namesOf(id)) {
        const key = n.toLowerCase();
        expect(seen.get(key) ?? id, `"${n}" names ${seen.get(key)} and ${id}`).toBe(id);
        seen.set(key, id);
      }
    }
    for (const n of lexicon.notRegions) expect(seen.has(n.toLowerCase()), n).toBe(false);
    for (const c of [...lexicon.collective.map((x) => (typeof x === 'string' ? x : x.phrase)), ...lexicon.anaphora]) expect(seen.has(c.toLowerCase()), c).toBe(false);
  });

  it('links the spellings of the brief: Abkhazia/Apkhazeti/Abkhaziya, South Ossetia/Tskhinvali region/Samachablo', () => {
    for (const n of ['Abkhazia', 'Apkhazeti', 'Abkhaziya', 'Абхазия']) expect(namesOf('GE-AB'), n).toContain(n);
    for (const n of ['South Ossetia', 'Tskhinvali region', 'Samachablo', 'Южная Осетия']) expect(namesOf('GE-SK'), n).toContain(n);
  });
});

describe('geodata/conflicts/ge/article.txt through the lexicon', () => {
  it('names Abkhazia and South Ossetia / the Tskhinvali region repeatedly, and the Akhalgori valley', () => {
    const ab = mentionsOf('GE-AB');
    const sk = mentionsOf('GE-SK');
    expect(ab.length, ab.join(', ')).toBeGreaterThanOrEqual(8);
    expect(sk.length, sk.join(', ')).toBeGreaterThanOrEqual(8);
    expect(ab).toContain('Abkhazia');
    expect(sk).toEqual(expect.arrayContaining(['South Ossetia', 'Tskhinvali region']));
    // "North Ossetia" is not a region of the story; the article does not use it.
    expect(article).not.toMatch(/North Ossetia/);
  });

  it('is an explainer of 600–1,000 words with a title, a date and a list of sources', () => {
    const words = article.split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThanOrEqual(600);
    expect(words).toBeLessThanOrEqual(1000);
    expect(article.split('\n')[0]).toMatch(/Abkhazia and South Ossetia/);
    expect(article).toMatch(/27 November 2025/);
    expect(article).toMatch(/^Sources: /m);
  });
});

describe('geodata/conflicts/ge/src/speakers.json', () => {
  const parties = new Set([profile.parties.sovereign, profile.parties.claimant, 'de-facto-authorities', 'international', 'analysts']);

  it('sends every pattern to a party of the profile, the de facto authorities, international bodies or analysts', () => {
    for (const c of speakers.cues) expect(parties.has(c.party), c.party).toBe(true);
  });

  it('has no super-linear backtracking in the combined patterns (recheck automaton analysis)', () => {
    const latin = speakers.cues.map((c) => `(${c.latin})`).join('|');
    const cyr = speakers.cues.map((c) => `(${c.cyr ?? '[^\\s\\S]'})`).join('|');
    for (const [src, flags] of [[latin, 'g'], [cyr, 'gu']] as const) {
      const r = checkSync(src, flags, { checker: 'automaton', timeout: 5_000 });
      expect(r.status, src.slice(0, 80)).not.toBe('vulnerable');
    }
  }, 60_000);

  it('recognises the officials the article quotes as their side', () => {
    const partyOf = (name: string) => speakers.cues.find((c) => new RegExp(c.latin).exec(name)?.[0] === name)?.party;
    expect(partyOf('Dmitry Medvedev')).toBe('russia');
    expect(partyOf('Sergei Lavrov')).toBe('russia');
    expect(partyOf('Maka Botchorishvili')).toBe('georgia');
    expect(partyOf('Alan Gagloev')).toBe('de-facto-authorities');
    expect(partyOf('Badra Gunba')).toBe('de-facto-authorities');
    expect(partyOf('Kestutis Jankauskas')).toBe('international');
    for (const name of ['Medvedev', 'Lavrov', 'Botchorishvili', 'Gagloev', 'Jankauskas']) expect(article, name).toContain(name);
  });
});
