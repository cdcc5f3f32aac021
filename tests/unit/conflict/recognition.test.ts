/**
 * A claimant that recognises regions as states (Russia and Abkhazia, South
 * Ossetia since 26 Aug 2008) does not claim them for itself: the regions' names
 * and the picture's alt text say "recognises", never "claims".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRenderData } from '../../../src/cli/renderData.ts';
import { regionViews } from '../../../src/lib/geo/regionView.ts';
import { altText } from '../../../src/lib/render/altText.ts';
import type { Story } from '../../../src/lib/contract/story.ts';
import { ROOT } from '../../../src/cli/conflicts.ts';
import { link } from '../linker/helpers.ts';

const ge = loadRenderData('ge');
const story = JSON.parse(readFileSync(join(ROOT, 'geodata/conflicts/ge/story.json'), 'utf8')) as Story;
const shares = JSON.parse(readFileSync(join(ROOT, 'geodata/conflicts/ge/shares.json'), 'utf8'));

afterAll(() => {
  // Later files in this worker read the bundled profile's words again.
  loadRenderData('ua');
});

describe("Georgia's profile: recognition, not annexation", () => {
  it('names Abkhazia as recognised as a state by Russia', () => {
    const views = regionViews({ regions: ge.regions, story, shares, claims: ge.claims, lang: 'en' });
    const abkhazia = views.get('GE-AB')!;
    expect(abkhazia.status).toBe('claimed');
    expect(abkhazia.accessibleName).toMatch(/^Abkhazia, all or part recognised as a state by Russia/);
    expect(abkhazia.accessibleName).not.toMatch(/claimed by/);
  });

  it('writes an alt text that says Russia recognises the regions as states', () => {
    const text = altText(story, { regions: ge.regions, claims: ge.claims, shares, controlDate: '2025-11-27', lang: 'en' });
    expect(text).toMatch(/^Map: Russia recognises all or part of Abkhazia, Shida Kartli, .* as states; it holds about/);
    expect(text).not.toMatch(/claims/);
  });

  it('keeps Ukraine\'s wording: Russia claims the four regions as annexed', () => {
    const ua = loadRenderData('ua');
    const seed = link(readFileSync(join(ROOT, 'public/stories/clash-report-2025-11-28.txt'), 'utf8'));
    const views = regionViews({ regions: ua.regions, story: seed, shares: null, claims: ua.claims, lang: 'en' });
    expect(views.get('UA-14')!.accessibleName).toMatch(/^Donetsk, claimed by Russia/);
  });
});
