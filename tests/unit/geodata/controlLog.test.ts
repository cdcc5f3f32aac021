import { describe, expect, it } from 'vitest';
import { parseControlLog, parseRef, snapshotDates, stateOn } from '../../../geodata/controlLog.ts';

const src = { outlet: 'Test Wire', title: 'A report', date: '2022-03-01' };
const places = {
  A: { geonames: 'A', admin1: '05', lonlat: [37.0, 48.0] },
  B: { geonames: 'B', admin1: '05', lonlat: [37.1, 48.1] },
  C: { geonames: 'C', admin1: '05', lonlat: [37.2, 48.2] },
  D: { geonames: 'D', admin1: '05', lonlat: [37.3, 48.3] },
};
const base = (changes: unknown[]) => ({ _about: 'test', method: 'test', sharesSource: 'test', gazetteer: 'test', series: { monthlyFrom: '2022-02-24', to: '2022-05-10' }, rules: [], places, changes });
const set = (date: string, points: string[]) => ({ date, what: 'drawn', source: src, line: 'main', set: { name: 'Main', points, close: [[40, 48]] } });

describe('parseControlLog', () => {
  it('names an unknown place, with the entry', () => {
    expect(() => parseControlLog(base([set('2022-03-01', ['A', 'Nowhere +3@90'])]))).toThrow('changes[0] (2022-03-01): unknown place "Nowhere": add it to places');
  });

  it('rejects entries out of date order', () => {
    expect(() => parseControlLog(base([set('2022-03-02', ['A', 'B']), set('2022-03-01', ['A', 'B'])]))).toThrow(/changes\[1\]\.date: 2022-03-01 before the previous entry's 2022-03-02/);
  });

  it('rejects an entry that does two things, or none', () => {
    expect(() => parseControlLog(base([{ ...set('2022-03-01', ['A', 'B']), remove: true }]))).toThrow(/exactly one of/);
    expect(() => parseControlLog(base([{ date: '2022-03-01', what: 'x', source: src, line: 'main' }]))).toThrow(/exactly one of/);
  });

  it('reads offsets: "Borova +12@95" is 12 km at 95°', () => {
    expect(parseRef('Borova +12@95')).toEqual({ name: 'Borova', offset: { km: 12, bearing: 95 } });
    expect(parseRef('Chasiv Yar +1.5@90')).toEqual({ name: 'Chasiv Yar', offset: { km: 1.5, bearing: 90 } });
    expect(parseRef('Kupiansk')).toEqual({ name: 'Kupiansk' });
  });
});

describe('stateOn', () => {
  const log = parseControlLog(
    base([
      set('2022-03-01', ['A', 'B', 'D']),
      { date: '2022-04-01', what: 'moved', source: src, line: 'main', from: 'A', to: 'D', via: ['C +2@90'] },
      { date: '2022-05-01', what: 'gone', source: src, line: 'main', remove: true },
    ]),
  );

  it('replays the entries dated on or before the day', () => {
    expect(stateOn(log, '2022-02-28').lines.size).toBe(0);
    expect(stateOn(log, '2022-03-15').lines.get('main')!.points).toEqual(['A', 'B', 'D']);
    expect(stateOn(log, '2022-04-01').lines.get('main')!.points).toEqual(['A', 'C +2@90', 'D']);
    expect(stateOn(log, '2022-05-01').lines.has('main')).toBe(false);
  });

  it('says which anchor is missing from which line', () => {
    const bad = parseControlLog(base([set('2022-03-01', ['A', 'B']), { date: '2022-04-01', what: 'x', source: src, line: 'main', from: 'C', to: 'B', via: [] }]));
    expect(() => stateOn(bad, '2022-04-02')).toThrow('changes[1] (2022-04-01, main): from "C" is not a point of line "main" (has: A | B)');
  });

  it('has a snapshot for every change date and every month of the monthly range', () => {
    expect(snapshotDates(log)).toEqual(['2022-02-24', '2022-03-01', '2022-04-01', '2022-05-01', '2022-05-10']);
  });
});
