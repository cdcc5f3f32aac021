import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Mention, Passage, Story } from '../../../src/lib/contract/story.ts';
import { parseClaims, summariseRegion, type Claims } from '../../../src/lib/claims/index.ts';
import { UA } from '../uaProfile.ts';

const claimsResult = parseClaims(JSON.parse(readFileSync(join(import.meta.dirname, '../../../geodata/conflicts/ua/claims.json'), 'utf8')), UA);
if (!claimsResult.ok) throw new Error(claimsResult.errors.join('\n'));
const claims: Claims = claimsResult.value;

const passage = (id: string, text: string, topics: Passage['topics'], party: Passage['speaker']['party'] = 'outlet'): Passage => ({
  id, kind: 'sentence', start: 0, end: text.length, text, paragraph: 0, speaker: { party, name: party }, topics,
});
const mention = (region: Mention['region'], passageId: string): Mention => ({ region, start: 0, end: 1, text: 'x', via: 'name', passage: passageId });

const story: Pick<Story, 'passages' | 'mentions'> = {
  passages: [
    passage('p1.s1', 'Putin insists that Ukraine must cede full control of Donetsk, Luhansk, Kherson, and Zaporizhzhia.', ['claim'], 'russia'),
    passage('p2.s1', 'This includes nearly all of Luhansk, as well as parts of Donetsk, Kherson, and Zaporizhzhia.', ['control']),
    passage('p3.s1', 'Zelenskiy said Ukraine will not give up Donetsk.', ['claim'], 'ukraine'),
    passage('p4.s1', 'Talks in Geneva mentioned Donetsk in passing.', []),
    passage('p5.s1', 'Crimea was annexed in 2014 and is held by Russia.', ['claim', 'control']),
  ],
  mentions: [
    mention('UA-14', 'p1.s1'), mention('UA-09', 'p1.s1'), mention('UA-65', 'p1.s1'), mention('UA-23', 'p1.s1'),
    mention('UA-09', 'p2.s1'), mention('UA-14', 'p2.s1'), mention('UA-65', 'p2.s1'), mention('UA-23', 'p2.s1'),
    mention('UA-14', 'p3.s1'), mention('UA-14', 'p4.s1'), mention('UA-43', 'p5.s1'),
  ],
};
const shares = { regions: { 'UA-14': { share: 0.79 }, 'UA-09': { share: 0.998 }, 'UA-43': { share: 1 } } };
const inputs = { story, claims, shares, controlDate: '2025-11-27', controlSources: [{ name: 'DeepStateMap.Live', date: '2025-11-27' }] };

const passageIds = (ev: { kind: string; id?: string }[]) => ev.filter((e) => e.kind === 'passage').map((e) => e.id);
const sourceNames = (ev: { kind: string; name?: string }[]) => ev.filter((e) => e.kind === 'source').map((e) => e.name);

describe('summariseRegion', () => {
  it('picks claim passages for Russia’s claim and control passages for the held share', () => {
    const s = summariseRegion('UA-14', inputs);
    expect(passageIds(s.claimant.evidence)).toEqual(['p1.s1']);
    expect(passageIds(s.held!.evidence)).toEqual(['p2.s1']);
    // A claim made by Ukraine's side supports Ukraine's position, not Russia's claim.
    expect(passageIds(s.sovereign.evidence)).toEqual(['p3.s1']);
    // p4 mentions Donetsk but is about neither.
    expect(JSON.stringify(s)).not.toContain('p4.s1');
  });

  it('prefers passages that name the region over ones that only speak of "occupied territories"', () => {
    const kherson = { regions: { 'UA-65': { share: 0.75 } } };
    const collective = (id: string): Mention => ({ region: 'UA-65', start: 0, end: 1, text: 'x', via: 'collective', passage: id });
    const s2: Pick<Story, 'passages' | 'mentions'> = {
      passages: [
        passage('c1', 'Russian forces hold the occupied territories.', ['control'], 'russia'),
        passage('d1', 'Russia holds parts of Kherson.', ['control']),
      ],
      mentions: [collective('c1'), { ...collective('d1'), via: 'name' }],
    };
    expect(passageIds(summariseRegion('UA-65', { ...inputs, shares: kherson, story: s2 }).held!.evidence)).toEqual(['d1']);
    // With nothing naming it, the group mention is still evidence.
    const s3 = { passages: s2.passages.slice(0, 1), mentions: s2.mentions.slice(0, 1) };
    expect(passageIds(summariseRegion('UA-65', { ...inputs, shares: kherson, story: s3 }).held!.evidence)).toEqual(['c1']);
  });

  it('shows the held share as text with its date', () => {
    expect(summariseRegion('UA-14', inputs).held!.text).toBe('≈ 79 % held by Russia (approximate, as of 27 Nov 2025)');
    expect(summariseRegion('UA-09', inputs).held!.text).toBe('> 99 % held by Russia (approximate, as of 27 Nov 2025)');
  });

  it('still cites named, dated public sources when the story says nothing', () => {
    const s = summariseRegion('UA-40', { ...inputs, shares: { regions: { 'UA-40': { share: 1 } } } });
    expect(passageIds(s.claimant.evidence)).toEqual([]);
    expect(sourceNames(s.sovereign.evidence).join(' ')).toContain('68/262');
    expect(s.claimant.evidence.length).toBeGreaterThan(0);
    expect(sourceNames(s.held!.evidence)).toEqual(['DeepStateMap.Live']);
    for (const st of [s.sovereign, s.claimant, s.held!]) for (const e of st.evidence) if (e.kind === 'source') expect(e.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('a passage with both topics is evidence for both', () => {
    const s = summariseRegion('UA-43', inputs);
    expect(passageIds(s.claimant.evidence)).toEqual(['p5.s1']);
    expect(passageIds(s.held!.evidence)).toEqual(['p5.s1']);
  });

  it('works without a story, and without shares', () => {
    const s = summariseRegion('UA-65', { claims, story: null, shares: null, controlDate: '2025-11-27' });
    expect(s.held).toBeNull();
    expect(s.claimant.text).toMatch(/30 Sep 2022/);
    expect(s.claimant.scope).toMatch(/including land Russia does not hold/);
  });

  it('a layer without its own sources still cites itself with its date', () => {
    const s = summariseRegion('UA-14', { claims, story: null, shares, controlDate: '2026-01-15' });
    expect(s.held!.evidence).toEqual([{ kind: 'source', name: 'Control layer (approximate)', date: '2026-01-15' }]);
    expect(s.held!.text).toContain('as of 15 Jan 2026');
  });
});
