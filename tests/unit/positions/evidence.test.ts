import { describe, expect, it } from 'vitest';
import type { Story } from '../../../src/lib/contract/story.ts';
import { evidenceByPosition, matchPositionEvidence, statementKinds } from '../../../src/lib/claims/positionEvidence.ts';
import { linkArticle } from '../../../src/lib/linker/index.ts';
import { readLinker } from '../../../src/cli/conflicts.ts';
import { builtPositions, readText } from './helpers.ts';

const built = builtPositions();
const gazetteer = readLinker('ua');
const seed = linkArticle(readText('public/stories/clash-report-2025-11-28.txt'), gazetteer);

describe('evidence from the article', () => {
  it('the seed’s “Putin insists that Ukraine must cede full control of …” is evidence for Russia’s 2025 demand', () => {
    const p41 = seed.passages.find((p) => p.text.startsWith('Putin insists that Ukraine must cede full control of'))!;
    const ev = matchPositionEvidence(seed, built.positions).find((e) => e.passage === p41.id);
    expect(ev).toMatchObject({ position: 'ru-demand-2025', kind: 'demand', speaker: { party: 'russia', name: 'Putin' } });
  });

  it('every seed passage it matches is Putin’s, and states the 2025 demand; none is taken for the U.S. plan', () => {
    const ev = matchPositionEvidence(seed, built.positions);
    expect(ev.length).toBeGreaterThan(1);
    for (const e of ev) {
      expect(e.speaker.party, e.passage).toBe('russia');
      expect(e.position, e.passage).toBe('ru-demand-2025');
    }
    // Putin describing the plan is not the plan's position.
    const described = seed.passages.find((p) => p.text.includes('described U.S. President Donald Trump’s peace plan'))!;
    expect(ev.some((e) => e.passage === described.id)).toBe(false);
    expect(evidenceByPosition(ev).get('us-plan-2025')).toBeUndefined();
  });

  it('an article dated before the 2025 demand maps the same words to the demand in force then (2024)', () => {
    const earlier: Story = { ...seed, article: { ...seed.article, date: '2025-01-15' } };
    const ev = matchPositionEvidence(earlier, built.positions);
    expect(new Set(ev.map((e) => e.position))).toEqual(new Set(['ru-demand-2024']));
  });

  it('other parties and kinds: a U.S. proposal, a Ukrainian refusal, Russia’s 2014 claim on Crimea', () => {
    const story = linkArticle(
      'Positions\n\nThe State Department said the U.S. plan proposes to freeze Kherson and Zaporizhzhia along the line of contact.\n\nZelenskiy said Ukraine will not withdraw from Donetsk.\n\nThe Kremlin said Crimea was annexed lawfully.\n\nNovember 28, 2025\n',
      gazetteer,
    );
    const ev = matchPositionEvidence(story, built.positions);
    const by = (start: string) => ev.find((e) => e.text.startsWith(start));
    expect(by('The State Department')).toMatchObject({ position: 'us-plan-2025', kind: 'proposal' });
    expect(by('Zelenskiy said')).toMatchObject({ position: 'ua-refusal-2025', kind: 'refusal' });
    expect(by('The Kremlin said')).toMatchObject({ position: 'ru-claim-2014', kind: 'claim' });
  });

  it('reads the kind of statement from its words, in English and Ukrainian', () => {
    expect(statementKinds('Putin insists that Ukraine must cede full control of Donetsk')).toEqual(['demand']);
    expect(statementKinds('Kyiv refuses to withdraw')).toEqual(['refusal', 'demand']);
    expect(statementKinds('Путін вимагає, щоб Україна вивела війська')).toEqual(['demand']);
    expect(statementKinds('The weather was fine')).toEqual([]);
  });
});

describe('the linker’s claim topic', () => {
  it('stands in for the kind of statement when no cue of its own matches', () => {
    const text = 'Moscow wants all of Donetsk, Lavrov said.';
    expect(statementKinds(text)).toEqual([]);
    const story: Pick<Story, 'article' | 'passages' | 'mentions'> = {
      article: { title: 't', date: '2025-12-01', source: null },
      passages: [{ id: 'p1.s1', kind: 'sentence', start: 0, end: text.length, text, paragraph: 1, speaker: { party: 'russia', name: 'Lavrov' }, topics: ['claim'] }],
      mentions: [{ region: 'UA-14', start: 20, end: 27, text: 'Donetsk', via: 'name', passage: 'p1.s1' }],
    };
    expect(matchPositionEvidence(story, built.positions).map((e) => e.position)).toEqual(['ru-demand-2025']);
    expect(matchPositionEvidence({ ...story, passages: [{ ...story.passages[0]!, topics: [] }] }, built.positions)).toEqual([]);
  });
});
