import { describe, expect, it } from 'vitest';
import { readViewParams } from '../../../src/lib/data/viewParams.ts';

describe('readViewParams', () => {
  it('reads every documented parameter', () => {
    expect(readViewParams('?story=s.json&control=c.geojson&lang=uk&theme=dark&region=UA-14&article=1&position=ru-demand-2025')).toEqual({
      story: 's.json', control: 'c.geojson', lang: 'uk', theme: 'dark', region: 'UA-14', article: true, position: 'ru-demand-2025',
    });
  });
  it('defaults to nothing set', () => {
    expect(readViewParams('')).toEqual({ story: null, control: null, lang: null, theme: null, region: null, article: false, position: null });
  });
});
