/**
 * The static render follows labelLayout: in the Georgia profile's map Sukhumi's name moves left of Abkhazia's
 * label, a name that fits nowhere leaves its <text> out but keeps its point, title and accessible name, and a base
 * label a place's name would touch is not drawn.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { loadRenderData, ROOT } from '../../../src/cli/renderData.ts';
import { readLinker, readProfile } from '../../../src/cli/conflicts.ts';
import { linkArticle } from '../../../src/lib/linker/index.ts';
import { validateStory } from '../../../src/lib/contract/storySchema.ts';
import { mapViewFor, renderMap, type RenderInput } from '../../../src/lib/render/renderMap.ts';
import { labelBox, placeTextBox, boxesMeet } from '../../../src/lib/geo/labelLayout.ts';
import { toPixel } from '../../../src/lib/geo/leafletView.ts';
import { elements, parseXml, textOf, type XmlElement } from './xml.ts';
import { input } from './fixture.ts';

const ge = loadRenderData('ge');
const geDir = join(ROOT, 'geodata', 'conflicts', 'ge');
const geStory = validateStory(JSON.parse(readFileSync(join(geDir, 'story.json'), 'utf8')), readProfile('ge'));
if (!geStory.ok) throw new Error(`ge story.json: ${geStory.errors.join('; ')}`);
const geInput: RenderInput = {
  ...ge,
  story: geStory.story,
  control: { layer: JSON.parse(readFileSync(join(geDir, 'control.geojson'), 'utf8')) as FeatureCollection, date: '2025-11-27', shares: null, sources: [] },
  lang: 'en',
};
const places = (els: XmlElement[]) => els.filter((e) => e.name === 'g' && e.attrs['data-place']);
const textIn = (g: XmlElement) => g.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === 'text');

describe('the static render lays labels out', () => {
  const [w, h] = [760, 560];
  const els = elements(parseXml(renderMap(geInput, { width: w, height: h })));

  it('moves Sukhumi’s name left of its dot, clear of Abkhazia’s label', () => {
    const sukhumi = places(els).find((g) => g.attrs['data-place'] === 'g611847')!;
    expect(sukhumi.attrs.class).toContain('cl-static-place--left');
    const text = textIn(sukhumi)!;
    expect(text.attrs['text-anchor']).toBe('end');
    const circle = sukhumi.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === 'circle')!;
    expect(Number(text.attrs.x)).toBeLessThan(Number(circle.attrs.cx));
    // Its box as drawn does not meet Abkhazia's.
    const abkhazia = els.find((e) => e.name === 'text' && textOf(e) === 'Abkhazia')!;
    const view = mapViewFor(ge.regions, w, h);
    const [px, py] = toPixel(view, 40.989, 43.007);
    expect([Number(circle.attrs.cx), Number(circle.attrs.cy)]).toEqual([px, py]);
    const place = { key: 'g611847', text: 'Sukhumi', x: px, y: py, passages: 4 };
    expect(boxesMeet(placeTextBox(place, 'left'), labelBox({ id: 'GE-AB', kind: 'region', text: 'Abkhazia', x: Number(abkhazia.attrs.x), y: Number(abkhazia.attrs.y) }))).toBe(false);
    expect(boxesMeet(placeTextBox(place, 'right'), labelBox({ id: 'GE-AB', kind: 'region', text: 'Abkhazia', x: Number(abkhazia.attrs.x), y: Number(abkhazia.attrs.y) }))).toBe(true);
  });

  it('leaves out a hidden name’s <text> but keeps its point, <title> and accessible name; region labels all stay', () => {
    const hidden = places(els).filter((g) => g.attrs.class!.includes('cl-static-place--label-hidden'));
    expect(hidden.map((g) => g.attrs['aria-label']!.split(':')[0])).toContain('Gori');
    for (const g of hidden) {
      expect(textIn(g)).toBeUndefined();
      expect(g.children.some((c) => typeof c !== 'string' && c.name === 'circle')).toBe(true);
      const title = g.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === 'title')!;
      expect(textOf(title)).toBe(g.attrs['aria-label']);
    }
    const regionLabels = els.filter((e) => e.attrs.class === 'cl-static-label cl-static-label--region').map(textOf);
    expect(regionLabels).toEqual(expect.arrayContaining(['Abkhazia', 'Shida Kartli', 'Mtskheta-Mtianeti']));
  });

  it('hides a base label a place’s name would touch, and draws it when no place is near', () => {
    // Henichesk, on the Sea of Azov's shore: its name runs over the sea's label at every size.
    const story = linkArticle('Shelling in the south\n\nRussian forces shelled Henichesk and Skadovsk overnight, officials said.\n', readLinker('ua'));
    expect(story.mentions.filter((m) => m.point).map((m) => m.place)).toEqual(['Henichesk', 'Skadovsk']);
    const texts = (s: RenderInput['story'], kind: string, size: [number, number]) =>
      elements(parseXml(renderMap(input({ story: s }), { width: size[0], height: size[1] }))).filter((x) => x.name === 'text' && x.attrs.class === `cl-static-label cl-static-label--${kind}`).map(textOf);
    for (const size of [[736, 440], [375, 260]] as [number, number][]) {
      const bare = { ...story, mentions: [] };
      expect(texts(bare, 'sea', size)).toContain('Sea of Azov');
      expect(texts(story, 'sea', size)).not.toContain('Sea of Azov');
      expect(texts(story, 'sea', size)).toContain('Black Sea');
      // Region labels never give way.
      expect(texts(story, 'region', size)).toEqual(texts(bare, 'region', size));
    }
  });
});
