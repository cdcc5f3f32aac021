/**
 * Places on the map (issue 13, item 7): the gazetteer carries GeoNames points,
 * the linker writes them on place mentions, the story schema checks them, and a
 * place is held or not on the line in force on a date.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { validateStory } from '../../../src/lib/contract/storySchema.ts';
import { loadGazetteer, parsePoint, placePoint } from '../../../src/lib/linker/gazetteer.ts';
import { pointInLayer } from '../../../src/lib/geo/pointInLayer.ts';
import { heldAt } from '../../../src/lib/geo/heldAt.ts';
import { decodeRegions } from '../../../src/lib/geo/decodeRegions.ts';
import { placeViews } from '../../../src/lib/geo/placeViews.ts';
import { snapshotFor } from '../../../src/lib/claims/snapshotFor.ts';
import { applyGazetteer, encodePoint } from '../../../geodata/gazetteer.ts';
import { geonameIdOf } from '../../../geodata/geonameIds.ts';
import { link, gazetteer, gazetteerJson, root } from '../linker/helpers.ts';

const seedText = readFileSync(join(root, 'public', 'stories', 'clash-report-2025-11-28.txt'), 'utf8');
const seed = link(seedText);
const land = decodeRegions(JSON.parse(readFileSync(join(root, 'geodata', 'conflicts', 'ua', 'regions.topo.json'), 'utf8'))).regions;
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

type IndexEntry = { date: string; file: string };
const index = JSON.parse(readFileSync(join(root, 'geodata', 'conflicts', 'ua', 'control', 'index.json'), 'utf8')) as IndexEntry[];
/** The snapshot in force on `date`: the latest dated on or before it. */
function lineOn(date: string): { date: string; layer: FeatureCollection } {
  const e = snapshotFor(index, date);
  if (!e) throw new Error(`no snapshot on ${date}`);
  return { date: e.date, layer: JSON.parse(readFileSync(join(root, 'geodata', 'conflicts', 'ua', 'control', e.file), 'utf8')) as FeatureCollection };
}

describe('the linker writes a place point', () => {
  it('gives Pokrovsk in the seed article its GeoNames point and id', () => {
    const m = seed.mentions.find((x) => x.via === 'place' && x.place === 'Pokrovsk');
    expect(m?.region).toBe('UA-14');
    // GeoNames 704422, Pokrovsk (Donetsk oblast), 48.28° N 37.18° E.
    expect(m?.point?.geonameId).toBe(704422);
    expect(m?.point?.lat).toBeCloseTo(48.28, 2);
    expect(m?.point?.lon).toBeCloseTo(37.177, 2);
    expect(validateStory(seed).ok).toBe(true);
  });

  it('gives names and collective phrases no point, and no point to a guessed oblast', () => {
    const s = link('Title\n\nFighting near Bakhmut and in the Donetsk region. Shelling hit Pavlivka.\n');
    expect(s.mentions.filter((m) => m.point).map((m) => m.place)).toEqual(['Bakhmut']);
    for (const m of s.mentions) if (m.ambiguous) expect(m.point).toBeUndefined();
  });

  it('resolves a point by the oblast the text chose', () => {
    const s = link('Title\n\nRussian troops entered Novomykolaivka, Zaporizhzhia region.\n');
    const m = s.mentions.find((x) => x.via === 'place');
    expect(m?.region).toBe('UA-23');
    const p = placePoint(gazetteer, m!.place!, 'UA-23');
    expect(m?.point).toEqual(p);
  });
});

describe('the gazetteer carries points', () => {
  it('has one point list per oblast it locates, as long as the place list', () => {
    for (const [region, list] of Object.entries(gazetteerJson.points ?? {})) expect(list.length).toBe(gazetteerJson.regions[region]?.length);
    const located = gazetteer.places.filter((p) => p.point);
    expect(located.length).toBeGreaterThan(500);
    // Inside Ukraine's box.
    for (const p of located) {
      expect(p.point!.lat).toBeGreaterThan(44);
      expect(p.point!.lat).toBeLessThan(52.5);
      expect(p.point!.lon).toBeGreaterThan(22);
      expect(p.point!.lon).toBeLessThan(40.3);
    }
  });

  it('keeps a name with several points in one oblast unlocated, and one with a single point located', () => {
    const { gazetteer: g } = applyGazetteer(
      [
        { name: 'Pavlivka', region: 'UA-14', at: { lat: 47.9, lon: 37.1 } },
        { name: 'Pavlivka', region: 'UA-14', at: { lat: 48.5, lon: 38.0 } },
        { name: 'Bakhmut', region: 'UA-14', at: { lat: 48.5942, lon: 37.9989, geonameId: 712451 } },
        { name: 'Kurakhivka', region: 'UA-14', at: { lat: 48.3, lon: 37.9 } },
      ],
      { _source: 'test', places: { Bakhmut: { region: 'UA-14', aliases: ['Artemivsk'] } } },
      'attr',
    );
    const loaded = loadGazetteer(g);
    expect(placePoint(loaded, 'Pavlivka', 'UA-14')).toBeUndefined();
    expect(placePoint(loaded, 'Bakhmut', 'UA-14')).toEqual({ lat: 48.594, lon: 37.999, geonameId: 712451 });
    expect(placePoint(loaded, 'Kurakhivka', 'UA-14')).toEqual({ lat: 48.3, lon: 37.9 });
  });

  it('encodes and parses points, refusing bad ones', () => {
    expect(encodePoint([{ lat: 48.28014, lon: 37.17706 }, { lat: 48.28198, lon: 37.17585, geonameId: 704422 }])).toBe('48.28,37.177,704422');
    expect(encodePoint(undefined)).toBe('');
    expect(parsePoint('48.28,37.177,704422', 'x')).toEqual({ lat: 48.28, lon: 37.177, geonameId: 704422 });
    expect(() => parsePoint('95,37', 'points.UA-14[3]')).toThrow('gazetteer: points.UA-14[3]: bad point: "95,37"');
    expect(() => parsePoint('48,abc', 'x')).toThrow(/bad point/);
    expect(() => loadGazetteer({ attribution: '', version: 1, regions: { 'UA-14': ['A', 'B'] }, points: { 'UA-14': ['48,37'] } })).toThrow('1 points for 2 places');
  });

  it('finds a GeoNames id only for the same name nearby', () => {
    const list = [{ geonameId: 704422, names: ['Pokrovsk', 'Krasnoarmeysk'], lat: 48.28198, lon: 37.17585 }];
    expect(geonameIdOf('Pokrovsk', 37.17706, 48.28014, list)).toBe(704422);
    expect(geonameIdOf('Pokrovsk', 35.0, 47.0, list)).toBeUndefined();
    expect(geonameIdOf('Myrnohrad', 37.17706, 48.28014, list)).toBeUndefined();
  });
});

describe('the story schema and place points', () => {
  it('accepts an old story whose place mentions have no point', () => {
    const old = clone(seed) as Record<string, any>;
    for (const m of old.mentions) delete m.point;
    const v = validateStory(old);
    expect(v.ok).toBe(true);
    // Nothing to draw, nothing wrong.
    if (v.ok) expect(placeViews({ story: v.story, control: null, date: null, lang: 'en' })).toEqual([]);
  });

  it.each([
    [{ lat: 91, lon: 37 }, 'story.mentions[I].point.lat: must be between -90 and 90 (got 91)'],
    [{ lat: 48, lon: -181 }, 'story.mentions[I].point.lon: must be between -180 and 180 (got -181)'],
    [{ lat: '48', lon: 37 }, 'story.mentions[I].point.lat'],
    [{ lat: 48 }, 'story.mentions[I].point.lon'],
    [{ lat: 48, lon: 37, geonameId: 1.5 }, 'story.mentions[I].point.geonameId'],
    [{ lat: 48, lon: 37, geonameId: -3 }, 'story.mentions[I].point.geonameId'],
  ])('rejects the point %j', (point, message) => {
    const s = clone(seed) as Record<string, any>;
    const i = s.mentions.findIndex((m: { via: string }) => m.via === 'place');
    s.mentions[i].point = point;
    const v = validateStory(s);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.errors.some((e) => e.startsWith(message.replace('[I]', `[${i}]`)))).toBe(true);
  });

  it('rejects infinite and NaN coordinates (a story built in memory)', () => {
    for (const bad of [Infinity, -Infinity, NaN]) {
      const s = clone(seed);
      const m = s.mentions.find((x) => x.via === 'place')!;
      m.point = { lat: bad, lon: 37 };
      expect(validateStory(s).ok).toBe(false);
    }
  });

  it('rejects a point on a mention that is not a place', () => {
    const s = clone(seed) as Record<string, any>;
    const i = s.mentions.findIndex((m: { via: string }) => m.via === 'name');
    s.mentions[i].point = { lat: 48, lon: 37 };
    const v = validateStory(s);
    expect(v.ok ? [] : v.errors).toEqual([`story.mentions[${i}].point: only a mention with via "place" has a point (got via "name")`]);
  });
});

describe('held or not held on a date', () => {
  // Kherson city (GeoNames 706448, 46.63695° N 32.61458° E): taken by Russia on 2 Mar 2022,
  // retaken by Ukraine on 11 Nov 2022 (Reuters, 11 Nov 2022). Its GeoNames point is on the
  // Dnipro riverfront, just outside the simplified outline: it takes the status of the land beside it.
  const kherson = { lat: 46.63695, lon: 32.61458 };

  it('Kherson city is held on 2022-06-01 and not on 2022-12-01', () => {
    expect(pointInLayer(kherson.lon, kherson.lat, { type: 'FeatureCollection', features: land })).toBe(false); // in the river
    expect(heldAt(kherson.lon, kherson.lat, lineOn('2022-06-01').layer, land)).toBe(true);
    expect(heldAt(kherson.lon, kherson.lat, lineOn('2022-12-01').layer, land)).toBe(false);
    // The left bank across the river stays held.
    expect(heldAt(33.0, 46.5, lineOn('2022-12-01').layer, land)).toBe(true);
  });

  it('the place view follows the line of the day, and names it', () => {
    const story = { mentions: [{ region: 'UA-65', start: 0, end: 7, text: 'Kherson', via: 'place', passage: 'p1.s1', place: 'Kherson', point: { ...kherson, geonameId: 706448 } }] } as const;
    const june = lineOn('2022-06-01');
    const december = lineOn('2022-12-01');
    const [a] = placeViews({ story: story as never, control: june.layer, date: june.date, lang: 'en', land });
    const [b] = placeViews({ story: story as never, control: december.layer, date: december.date, lang: 'en', land });
    expect(a).toMatchObject({ key: 'g706448', held: true, passages: ['p1.s1'] });
    expect(a!.accessibleName).toMatch(/^Kherson: held by Russia on \d+ \w+ 2022; 1 passage$/);
    expect(b).toMatchObject({ key: 'g706448', held: false });
    expect(b!.accessibleName).toMatch(/^Kherson: not held by Russia on \d+ \w+ 2022; 1 passage$/);
    const [uk] = placeViews({ story: story as never, control: december.layer, date: december.date, lang: 'uk', land });
    expect(uk!.accessibleName).toContain('не утримує Росія');
  });

  it('Pokrovsk in the seed story is held on the line of its date, and not a month before', () => {
    const views = (date: string) => {
      const l = lineOn(date);
      return placeViews({ story: seed, control: l.layer, date: l.date, lang: 'en', land });
    };
    expect(views('2025-11-28').map((v) => [v.name, v.held])).toEqual([['Pokrovsk', true]]);
    expect(views('2025-11-01').map((v) => [v.name, v.held])).toEqual([['Pokrovsk', false]]);
  });

  it('one view per place, with every passage that names it', () => {
    const s = link('Title\n\nFighting near Bakhmut.\n\nBakhmut was shelled again, and Bakhmut burns.\n');
    const v = placeViews({ story: s, control: null, date: null, lang: 'en' });
    expect(v.map((p) => [p.name, p.passages.length, p.held])).toEqual([['Bakhmut', 2, null]]);
    expect(v[0]!.accessibleName).toBe('Bakhmut; 2 passages');
  });

  it('counts holes: a point in a hole is not held', () => {
    const ring = (x0: number, y0: number, x1: number, y1: number) => [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];
    const layer: FeatureCollection = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring(0, 0, 10, 10), ring(4, 4, 6, 6)] } }] };
    expect(pointInLayer(2, 2, layer)).toBe(true);
    expect(pointInLayer(5, 5, layer)).toBe(false);
    expect(pointInLayer(11, 5, layer)).toBe(false);
  });
});

describe('the author re-links a place', () => {
  it('drops the point when the mention moves to another oblast (it was the old oblast’s place)', async () => {
    const { changeMention } = await import('../../../src/author/authorState.ts');
    const m = seed.mentions.find((x) => x.via === 'place')!;
    const moved = changeMention(seed, m, 'UA-23', new Date('2025-12-01T00:00:00Z'));
    const after = moved.mentions.find((x) => x.start === m.start && x.end === m.end)!;
    expect(after.region).toBe('UA-23');
    expect(after.point).toBeUndefined();
    expect(validateStory(moved).ok).toBe(true);
  });
});

describe('a place in Ukrainian', () => {
  it("carries its Ukrainian name from GeoNames' alternates, and the map names it so in Ukrainian only", () => {
    const m = seed.mentions.find((x) => x.via === 'place' && x.place === 'Pokrovsk');
    expect(m?.point?.uk).toBe('Покровськ');
    const control = lineOn('2025-11-27').layer;
    const uk = placeViews({ story: seed, control, date: '2025-11-27', lang: 'uk', land });
    const en = placeViews({ story: seed, control, date: '2025-11-27', lang: 'en', land });
    expect(uk.find((p) => p.key === 'g704422')?.name).toBe('Покровськ');
    expect(uk.find((p) => p.key === 'g704422')?.accessibleName).toMatch(/^Покровськ/);
    expect(en.find((p) => p.key === 'g704422')?.name).toBe('Pokrovsk');
  });

  it('falls back to the English name where the story has no Ukrainian one (older stories)', () => {
    const old = clone(seed);
    for (const x of old.mentions) if (x.point) delete x.point.uk;
    expect(validateStory(old).ok).toBe(true);
    const uk = placeViews({ story: old, control: null, date: null, lang: 'uk', land });
    expect(uk.find((p) => p.key === 'g704422')?.name).toBe('Pokrovsk');
  });

  it('keeps the gazetteer\'s Ukrainian names in step with its places, and refuses a list of the wrong length', () => {
    const json = clone(gazetteerJson);
    for (const [region, names] of Object.entries(json.uk ?? {})) expect(names.length, region).toBe(json.regions[region]!.length);
    const first = Object.keys(json.uk ?? {})[0]!;
    json.uk![first] = json.uk![first]!.slice(1);
    expect(() => loadGazetteer(json)).toThrow(`gazetteer: uk.${first}:`);
    expect(placePoint(gazetteer, 'Pokrovsk', 'UA-14')?.uk).toBe('Покровськ');
  });
});
