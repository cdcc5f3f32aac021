import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { decodePositionPieces } from '../../../src/lib/geo/decodePositions.ts';
import { renderMap } from '../../../src/lib/render/renderMap.ts';
import { renderPicture } from '../../../src/lib/render/renderPicture.ts';
import { FOCUS_REGIONS, UA, UKRAINE_REGIONS } from '../uaProfile.ts';
import { STATUS_STYLES } from '../../../src/lib/style/status.ts';
import { hostileStory } from '../../e2e/stories.ts';
import { elements, parseXml, textOf, type XmlElement } from './xml.ts';
import { input, seedStory } from './fixture.ts';

const all = (svg: string) => elements(parseXml(svg));
const regionPaths = (els: XmlElement[]) => els.filter((e) => e.name === 'path' && e.attrs['data-region']);

describe('renderMap', () => {
  const svg = renderMap(input(), { width: 736, height: 440 });
  const els = all(svg);

  it('is one well-formed SVG of the requested size', () => {
    const root = parseXml(svg);
    expect(root.name).toBe('svg');
    expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
    expect([root.attrs.width, root.attrs.height, root.attrs.viewBox]).toEqual(['736', '440', '0 0 736 440']);
  });

  it('draws every region of Ukraine as path[data-region] with an accessible name', () => {
    const paths = regionPaths(els);
    expect(paths.map((p) => p.attrs['data-region']).sort()).toEqual([...UKRAINE_REGIONS].sort());
    const donetsk = paths.find((p) => p.attrs['data-region'] === 'UA-14')!;
    expect(donetsk.attrs['aria-label']).toBe('Donetsk, claimed by Russia, ≈ 79 % held by Russia, 7 passages');
    expect(textOf(donetsk)).toBe(donetsk.attrs['aria-label']);
    expect(donetsk.attrs.class).toBe('cl-region cl-claimed cl-mentioned');
    expect(donetsk.attrs.fill).toBe('url(#cl-static-hatch)');
    const lviv = paths.find((p) => p.attrs['data-region'] === 'UA-46')!;
    expect(lviv.attrs.class).toBe('cl-region cl-sovereign');
  });

  it('hatches claimed regions with one pattern and draws the control layer over them', () => {
    expect(els.filter((e) => e.name === 'pattern').map((e) => e.attrs.id)).toEqual(['cl-static-hatch']);
    const held = els.filter((e) => e.attrs['data-control'] === 'held');
    expect(held.length).toBeGreaterThan(0);
    expect(held.every((p) => p.attrs.d !== 'M0 0' && p.attrs.class === 'cl-held')).toBe(true);
  });

  it('labels the story regions, the neighbours and the seas, but not Ukraine or Sevastopol', () => {
    const labels = els.filter((e) => e.name === 'text').map(textOf);
    expect(labels).toEqual(expect.arrayContaining(['Donetsk', 'Luhansk', 'Kherson', 'Zaporizhzhia', 'Crimea', 'Sea of Azov', 'RUSSIA']));
    expect(labels).not.toContain('UKRAINE');
    expect(labels).not.toContain('Sevastopol');
  });

  it('marks the selected region and, for a page, makes regions buttons', () => {
    const live = all(renderMap(input({ selected: 'UA-23' }), { width: 736, height: 440, interactive: true, idPrefix: 'm1' }));
    const paths = regionPaths(live);
    expect(paths.every((p) => p.attrs.role === 'button' && p.attrs.tabindex === '0')).toBe(true);
    expect(paths.filter((p) => p.attrs['aria-pressed'] === 'true').map((p) => p.attrs['data-region'])).toEqual(['UA-23']);
    expect(live.some((e) => e.attrs.class === 'cl-outline cl-outline--selected')).toBe(true);
    expect(live.find((e) => e.name === 'pattern')!.attrs.id).toBe('m1-hatch');
  });

  it('writes Ukrainian names for lang uk', () => {
    const uk = all(renderMap(input({ lang: 'uk' }), { width: 736, height: 440 }));
    expect(regionPaths(uk).find((p) => p.attrs['data-region'] === 'UA-14')!.attrs['aria-label']).toMatch(/^Донецька область, претензії Росії, ≈ 79 % під контролем Росії/);
  });
});

describe('renderPicture', () => {
  const svg = renderPicture(input(), { width: 1200 });
  const root = parseXml(svg);
  const els = elements(root);
  const texts = els.filter((e) => e.name === 'text').map(textOf);

  it('is one well-formed SVG, as wide as asked, titled and described by its alt text', () => {
    expect(root.attrs.width).toBe('1200');
    expect(root.attrs.role).toBe('img');
    expect(textOf(els.find((e) => e.name === 'title')!)).toBe(seedStory.article.title);
    expect(textOf(els.find((e) => e.name === 'desc')!)).toMatch(/^Map: Russia claims Donetsk, Luhansk, Kherson and Zaporizhzhia; it holds about 79 %/);
  });

  it('draws the title, the legend from the status table, every focus region, the control date as approximate, source and attribution', () => {
    expect(texts.join(' ')).toContain('Putin Sees U.S. Peace Plan');
    for (const s of STATUS_STYLES) expect(texts).toContain(UA.statusLabels[s.status].en);
    // The seed story names a located place (Pokrovsk), so the legend lists the place marks too.
    expect(els.filter((e) => e.attrs['data-status']).map((e) => e.attrs['data-status'])).toEqual([...STATUS_STYLES.map((s) => s.status), 'place-held', 'place-not-held']);
    const place = els.find((e) => e.attrs['data-place'] === 'g704422');
    expect(place?.attrs['data-held']).toBe('true');
    expect(place?.attrs['aria-label']).toBe('Pokrovsk: held by Russia on 27 Nov 2025; 1 passage');
    const regions = regionPaths(els).map((p) => p.attrs['data-region']);
    for (const id of FOCUS_REGIONS) expect(regions).toContain(id);
    const all = texts.join('\n');
    expect(all).toContain('Control line as of 27 Nov 2025. Approximate');
    expect(all).toContain('Source: Clash Report, 28 Nov 2025');
    expect(all).toContain('Natural Earth');
    expect(all).toContain('GeoNames (CC BY 4.0)');
    expect(all).toMatch(/Control line sources: Institute for the Study of War.*\(27 Nov 2025\)/);
  });

  it('names a supplied control layer\'s sources instead of calling it Claimline\'s', () => {
    const supplied = { ...input().control, supplied: true, dateFrom: '2025-11-01', shares: null, sources: [{ name: 'Newsroom desk', date: '2025-11-20' }] };
    const out = elements(parseXml(renderPicture(input({ control: supplied }), { width: 1000 })));
    const note = out.filter((e) => e.attrs.class === 'cl-picture-control').map(textOf).join(' ');
    expect(note).toBe('Control line as of 1 Nov 2025 to 27 Nov 2025. Supplied layer, not drawn by Claimline; its source: Newsroom desk.');
  });

  it('fits a given height exactly (a social card)', () => {
    const card = parseXml(renderPicture(input(), { width: 1200, height: 630 }));
    expect([card.attrs.width, card.attrs.height]).toEqual(['1200', '630']);
    expect(() => renderPicture(input(), { width: 1200, height: 200 })).toThrow(/leaves -?\d+ px for the map/);
  });

  it('lays out a social card with the map on the left and the text beside it', () => {
    const card = parseXml(renderPicture(input(), { width: 1200, height: 630, layout: 'side', compact: true }));
    const els = elements(card);
    expect([card.attrs.width, card.attrs.height]).toEqual(['1200', '630']);
    const map = els.find((e) => e.name === 'svg' && e !== card)!;
    expect([map.attrs.x, map.attrs.y, map.attrs.width, map.attrs.height]).toEqual(['0', '0', '720', '630']);
    const texts = els.filter((e) => e.name === 'text');
    expect(texts.every((t) => Number(t.attrs.x) > 720 || t.attrs.class?.startsWith('cl-static-label') === true || t.attrs.class === 'cl-static-place-label' || t.attrs.x === undefined)).toBe(true);
    const credits = texts.filter((t) => t.attrs.class === 'cl-picture-attribution').map(textOf).join(' ');
    expect(credits).toContain('Control line sources: Institute for the Study of War (27 Nov 2025).');
    expect(() => renderPicture(input(), { width: 1200, layout: 'side' })).toThrow('layout "side" needs a height');
    expect(() => renderPicture(input(), { width: 1200, height: 150, layout: 'side' })).toThrow(/too small for the text column/);
  });

  it('refuses a width it cannot lay out', () => {
    expect(() => renderPicture(input(), { width: 100 })).toThrow('width must be a whole number of px from 320 to 4000, got 100');
    expect(() => renderPicture(input(), { width: 800.5 })).toThrow(/got 800.5/);
  });

  it('keeps hostile story text as text', () => {
    const story = hostileStory();
    story.article.title += ' ]]> <!-- & "quoted" \u0000\u0007 \ud800 end';
    const out = renderPicture(input({ story }), { width: 800 });
    const tree = elements(parseXml(out));
    // No element the story could have smuggled in.
    const names = new Set(tree.map((e) => e.name));
    for (const bad of ['script', 'img', 'a', 'i', 'b', 'foreignObject', 'iframe']) expect(names.has(bad), bad).toBe(false);
    expect(tree.some((e) => Object.keys(e.attrs).some((k) => k.startsWith('on')))).toBe(false);
    // The title comes back exactly, with XML's forbidden characters replaced.
    expect(textOf(tree.find((e) => e.name === 'title')!)).toBe('Title <script>window.__pwned=1</script> ]]> <!-- & "quoted" \ufffd\ufffd \ufffd end');
    expect(tree.filter((e) => e.name === 'text').map(textOf).join('\n')).toContain('Source: <i>javascript:alert(1)</i>');
  });
});

describe('a chosen position in the picture', () => {
  const topology = JSON.parse(readFileSync(join(import.meta.dirname, '../../../geodata/conflicts/ua/positions.topo.json'), 'utf8')) as Topology;
  const pieces = decodePositionPieces(topology, 'ru-demand-2025');
  const position = { id: 'ru-demand-2025', name: 'Russia’s demand (27 Nov 2025)', pieces };

  it('draws what the position would change hands over the line, as the live layer does', () => {
    const els = all(renderMap({ ...input(), position }, { width: 736, height: 440 }));
    const drawn = els.filter((e) => e.name === 'path' && e.attrs['data-position'] === 'ru-demand-2025');
    expect(drawn.length).toBe(pieces.features.length);
    expect(new Set(drawn.map((e) => e.attrs['data-side']))).toEqual(new Set(pieces.features.map((f) => f.properties.side)));
    expect(drawn.some((e) => e.attrs['data-piece-region'] === 'UA-14' && e.attrs.fill === 'url(#cl-static-pos-ukraine-gives)')).toBe(true);
    // Without a position nothing of the kind is drawn.
    expect(all(renderMap(input(), { width: 736, height: 440 })).some((e) => e.attrs['data-position'])).toBe(false);
  });

  it('names the position and its sides in the exported picture’s legend', () => {
    const svg = renderPicture({ ...input(), position }, { width: 1000 });
    const els = all(svg);
    expect(els.some((e) => e.attrs['data-status'] === 'position-ukraine-gives')).toBe(true);
    expect(textOf(parseXml(svg))).toContain('Drawn: Russia’s demand (27 Nov 2025), against the control line.');
  });
});
