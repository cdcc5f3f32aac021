/**
 * The linker's work grows linearly with the text on any input: each
 * pathological shape is linked at 250 KB and at 1 MB, and the linker's own
 * count of steps (characters scanned, segments, matches, candidates) must
 * grow about 4× — never the 16× of a quadratic phase. No clocks involved.
 */
import { describe, expect, it } from 'vitest';
import { pathologicalTexts } from '../../../bench/pathological.ts';
import { work } from '../../../src/lib/linker/work.ts';
import { link } from './helpers.ts';

const SMALL = 250_000;
const LARGE = 1_000_000;

function steps(text: string): { steps: number; passages: number } {
  work.steps = 0;
  const story = link(text);
  return { steps: work.steps, passages: story.passages.length };
}

describe('linear-time linking', () => {
  const small = pathologicalTexts(SMALL);
  const large = pathologicalTexts(LARGE);
  for (const name of Object.keys(small)) {
    it(`links "${name}" at 250 KB and 1 MB in linear work`, () => {
      const a = steps(small[name]!);
      const b = steps(large[name]!);
      const growth = b.steps / a.steps;
      const size = large[name]!.length / small[name]!.length;
      expect(growth, `steps ${a.steps} → ${b.steps}`).toBeLessThan(size * 1.25);
      // A bounded number of steps per character, whatever the shape.
      expect(b.steps / large[name]!.length).toBeLessThan(40);
      expect(b.passages).toBeGreaterThan(0);
    }, 60_000);
  }

  it('counts work in proportion to a normal article', () => {
    // The steps of a normal article and of the same article twice as long.
    const para = 'Russian forces advanced near Pokrovsk, the General Staff said. Kyiv denied it.\n\n';
    const a = steps('Title\n\n' + para.repeat(1000));
    const b = steps('Title\n\n' + para.repeat(2000));
    expect(b.steps / a.steps).toBeGreaterThan(1.8);
    expect(b.steps / a.steps).toBeLessThan(2.2);
  });
});
