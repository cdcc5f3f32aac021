import { describe, expect, it } from 'vitest';
import { readViewParams } from '../../../src/lib/data/viewParams.ts';

describe('readViewParams', () => {
  it('reads every documented parameter', () => {
    expect(readViewParams('?story=s.json&conflict=ge&control=c.geojson&date=2023-06-18&compare=2022-02-23&lang=uk&theme=dark&region=UA-14&article=1&download=0&position=ru-demand-2025')).toEqual({
      story: 's.json', conflict: 'ge', control: 'c.geojson', date: '2023-06-18', compare: '2022-02-23', lang: 'uk', theme: 'dark', region: 'UA-14', article: true, download: false, position: 'ru-demand-2025',
    });
  });
  it('defaults to nothing set', () => {
    expect(readViewParams('')).toEqual({ story: null, conflict: null, control: null, date: null, compare: null, lang: null, theme: null, region: null, article: false, download: true, position: null });
  });
  it('keeps the Download menu unless the publisher says ?download=0 (or false)', () => {
    expect(readViewParams('?download=1').download).toBe(true);
    expect(readViewParams('?download=false').download).toBe(false);
  });
});
