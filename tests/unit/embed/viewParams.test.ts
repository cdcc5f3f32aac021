import { describe, expect, it } from 'vitest';
import { readViewParams } from '../../../src/lib/data/viewParams.ts';

describe('readViewParams', () => {
  it('reads every documented parameter', () => {
    expect(readViewParams('?story=s.json&control=c.geojson&date=2023-06-18&compare=2022-02-23&lang=uk&theme=dark&region=UA-14&article=1')).toEqual({
      story: 's.json', control: 'c.geojson', date: '2023-06-18', compare: '2022-02-23', lang: 'uk', theme: 'dark', region: 'UA-14', article: true,
    });
  });
  it('defaults to nothing set', () => {
    expect(readViewParams('')).toEqual({ story: null, control: null, date: null, compare: null, lang: null, theme: null, region: null, article: false });
  });
});
