import { describe, expect, it } from 'vitest';
import { formatAboutKm2, positionSentence, positionTable, resolvePosition } from '../../../src/lib/claims/positionSummary.ts';
import { FOCUS_REGIONS } from '../uaProfile.ts';
import { builtPositions } from './helpers.ts';

const built = builtPositions();
const figure = (id: string, region: 'UA-14' | 'UA-63') => built.positions.find((p) => p.id === id)!.regions[region]!;

describe('formatAboutKm2', () => {
  it('rounds as "about" reads, in each language', () => {
    expect(formatAboutKm2(5549.09, 'en')).toBe('5,500');
    expect(formatAboutKm2(20997.89, 'en')).toBe('21,000');
    expect(formatAboutKm2(192.82, 'en')).toBe('190');
    expect(formatAboutKm2(42.4, 'en')).toBe('42');
    expect(formatAboutKm2(0.4, 'en')).toBe('< 1');
    expect(formatAboutKm2(5549.09, 'uk').replace(/\s/g, ' ')).toBe('5 500');
    expect(() => formatAboutKm2(-1, 'en')).toThrow('area out of range: -1');
  });
});

describe('positionSentence', () => {
  it('Russia’s 2025 demand in Donetsk: the computed area, its share and the two largest places', () => {
    const f = figure('ru-demand-2025', 'UA-14');
    const s = positionSentence(built, 'ru-demand-2025', 'UA-14', 'en');
    expect(s.direction).toBe('ukraine-gives');
    expect(s.text).toBe(
      `Under Russia's demand of 27 Nov 2025, Ukraine would withdraw from about ${formatAboutKm2(f.ukraineGivesKm2, 'en')} km² of Donetsk oblast (${Math.round(f.ukraineGivesShare * 100)} %), including Kramatorsk and Sloviansk.`,
    );
  });

  it('in Ukrainian, with Ukrainian names', () => {
    const s = positionSentence(built, 'ru-demand-2025', 'UA-14', 'uk');
    expect(s.text).toMatch(/^Донецька область: вимога Росії від 27 лист\. 2025 передбачає, що Україна залишить близько 5\s500 км² \(\d+ % області\), зокрема Краматорськ і Слов’янськ\.$/);
  });

  it('the U.S. plan: Russia gives up in Kharkiv; in Donetsk the zone follows', () => {
    const k = positionSentence(built, 'us-plan-2025', 'UA-63', 'en');
    expect(k.direction).toBe('russia-gives');
    expect(k.text).toMatch(/^Under the U\.S\. 28-point plan of 20 Nov 2025, Russia would withdraw from about [\d,]+ km² of Kharkiv oblast \(\d+ %\), including Vovchansk/);
    expect(positionSentence(built, 'us-plan-2025', 'UA-14', 'en').text).toMatch(/\. Demilitarised buffer zone: about [\d,]+ km²\.$/);
  });

  it('nothing changes hands: says so, with the line’s date', () => {
    const s = positionSentence(built, 'ru-claim-2014', 'UA-43', 'en');
    expect(s).toEqual({
      position: 'ru-claim-2014',
      region: 'UA-43',
      direction: 'none',
      text: "Under Russia's annexation claim of 18 Mar 2014, nothing in Crimea would change hands beyond the line of 27 Nov 2025.",
    });
  });

  it('an unknown position is an error naming it', () => {
    expect(() => positionSentence(built, 'nope', 'UA-14')).toThrow('unknown position id: nope');
  });
});

describe('positionTable', () => {
  it('one row per position, one cell per focus region, as text', () => {
    const t = positionTable(built, FOCUS_REGIONS, 'en');
    expect(t.caption).toBe('What would change hands under each position, beyond the approximate control line of 27 Nov 2025');
    expect(t.columns.map((c) => c.label)).toEqual(['Donetsk', 'Luhansk', 'Kherson', 'Zaporizhzhia']);
    expect(t.rows.map((r) => r.position)).toEqual(built.positions.map((p) => p.id));
    const demand = t.rows.find((r) => r.position === 'ru-demand-2025')!;
    expect(demand.label).toBe("Russia's demand, 27 Nov 2025");
    expect(demand.kind).toBe('demand');
    expect(demand.cells.map((c) => c.text)).toEqual([
      expect.stringMatching(/^Ukraine gives up ≈ 5,500 km² \(\d+ %\)$/),
      'no change',
      expect.stringMatching(/^Ukraine gives up ≈ [\d,]+ km² \(\d+ %\)$/),
      expect.stringMatching(/^Ukraine gives up ≈ [\d,]+ km² \(\d+ %\)$/),
    ]);
    expect(t.rows.find((r) => r.position === 'un-ga')!.cells[1]!.text).toBe('Russia gives up ≈ 26,000 km² (> 99 %)');
    expect(positionTable(built, FOCUS_REGIONS, 'uk').rows[0]!.label).toBe('Анексія, заявлена Росією, 18 бер. 2014');
  });
});

describe('resolvePosition (?position=)', () => {
  it('a known id; none (the default view); an unknown id (the default view, with the id for a notice)', () => {
    expect(resolvePosition(built, 'us-plan-2025')).toEqual({ position: built.positions.find((p) => p.id === 'us-plan-2025'), unknown: null });
    expect(resolvePosition(built, null)).toEqual({ position: null, unknown: null });
    expect(resolvePosition(built, 'none')).toEqual({ position: null, unknown: null });
    expect(resolvePosition(built, 'nope')).toEqual({ position: null, unknown: 'nope' });
  });
});
