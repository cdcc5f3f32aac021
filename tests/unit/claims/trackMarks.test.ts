import { describe, expect, it } from 'vitest';
import { trackFraction, trackMarks } from '../../../src/lib/claims/trackMarks.ts';

const dates = ['2014-03-18', '2015-02-18', '2022-02-24', '2022-03-24', '2022-04-24'];

describe('trackFraction', () => {
  it('puts a snapshot’s own day on its step, and a day between two in proportion', () => {
    expect(trackFraction(dates, '2014-03-18')).toBe(0);
    expect(trackFraction(dates, '2022-02-24')).toBe(0.5);
    expect(trackFraction(dates, '2022-04-24')).toBe(1);
    // 14 of the 28 days from 24 Feb to 24 Mar 2022: half-way from step 2 to step 3.
    expect(trackFraction(dates, '2022-03-10')).toBeCloseTo(2.5 / 4);
  });

  it('has no place before the series, and keeps a later day at the end', () => {
    expect(trackFraction(dates, '2010-01-01')).toBeNull();
    expect(trackFraction(dates, '2030-01-01')).toBe(1);
    expect(() => trackFraction(dates, 'soon')).toThrow(/not a date/);
  });
});

describe('trackMarks', () => {
  it('shares one mark between events too close to tell apart, and leaves out those before the series', () => {
    const marks = trackMarks(dates, [
      { date: '2022-03-25', id: 'c' },
      { date: '2014-03-18', id: 'a' },
      { date: '2014-03-27', id: 'b' },
      { date: '2001-01-01', id: 'early' },
    ]);
    expect(marks.map((m) => [m.snapshot, m.events.map((e) => e.id)])).toEqual([
      ['2014-03-18', ['a', 'b']],
      ['2022-03-24', ['c']],
    ]);
    expect(marks[0]!.at).toBe(0);
  });
});
