import { describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { cyrillicStemKeys, nameKey } from '../../../src/lib/linker/normalize.ts';
import { applyGazetteer, spellingVariants } from '../../../geodata/gazetteer.ts';
import { gazetteer, gazetteerJson, root } from './helpers.ts';

const regionOf = (name: string) => gazetteer.places.filter((p) => p.spellings.includes(name)).map((p) => p.region);

describe('geodata/conflicts/ua/gazetteer.json', () => {
  it('carries the GeoNames CC-BY attribution and stays small', () => {
    expect(gazetteerJson.attribution).toMatch(/GeoNames.*CC-BY 4\.0/);
    expect(statSync(join(root, 'geodata', 'conflicts', 'ua', 'gazetteer.json')).size).toBeLessThan(120_000);
  });

  it('resolves places to oblasts, story regions and others', () => {
    expect(regionOf('Pokrovsk')).toEqual(['UA-14']);
    expect(regionOf('Melitopol')).toEqual(['UA-23']);
    expect(regionOf('Skadovsk')).toEqual(['UA-65']);
    expect(regionOf('Alchevsk')).toEqual(['UA-09']);
    expect(regionOf('Kerch')).toEqual(['UA-43']);
    expect(regionOf('Kupiansk')).toEqual(['UA-63']);
    expect(regionOf('Dnipro')).toEqual(['UA-12']);
  });

  it('holds no name twice in one oblast, and a shared name in each of its oblasts', () => {
    const keys = gazetteer.places.flatMap((p) => p.spellings.map((s) => `${p.region} ${nameKey(s)}`));
    expect(keys.length).toBe(new Set(keys).size);
    expect(regionOf('Novomykolayivka').sort()).toEqual(['UA-12', 'UA-23', 'UA-48', 'UA-65']);
  });

  it('ships the story regions and their neighbours in full, other oblasts only for shared names', () => {
    const shipped = new Set(gazetteer.places.map((p) => p.region));
    for (const r of ['UA-14', 'UA-09', 'UA-23', 'UA-65', 'UA-43', 'UA-12', 'UA-63', 'UA-48']) expect(shipped.has(r as never), r).toBe(true);
    const inScope = new Set(['UA-14', 'UA-09', 'UA-23', 'UA-65', 'UA-43', 'UA-40', 'UA-12', 'UA-63', 'UA-48']);
    const keysInScope = new Set(gazetteer.places.filter((p) => inScope.has(p.region)).map((p) => nameKey(p.name)));
    for (const p of gazetteer.places) if (!inScope.has(p.region)) expect(keysInScope.has(nameKey(p.name)), p.name).toBe(true);
  });
});

describe('matching keys', () => {
  it.each([
    ['Zaporizhzhia', 'Zaporizhzhya'],
    ['Zaporizhzhia', 'Запоріжжя'],
    ['Zaporozhye', 'Запорожье'],
    ['Luhansk', 'Lugansk'],
    ['Luhansk', 'Луганськ'],
    ['Sievierodonetsk', 'Severodonetsk'],
    ['Sievierodonetsk', 'Северодонецк'],
    ['Kupiansk', 'Kupyansk'],
    ['Huliaipole', 'Gulyaipole'],
    ['Donbas', 'Donbass'],
  ])('%s ≡ %s', (a, b) => expect(nameKey(a)).toBe(nameKey(b)));

  it('stems Cyrillic case endings', () => {
    expect(cyrillicStemKeys('Покровська')).toContain(nameKey('Pokrovsk'));
    expect(cyrillicStemKeys('Горлівці')).toContain(nameKey('Horlivk'));
    expect(cyrillicStemKeys('Донеччині')).toContain(cyrillicStemKeys('Донеччина')[0]);
  });
});

describe('applyGazetteer', () => {
  const aliases = { _source: 'test', places: { Bakhmut: { region: 'UA-14', aliases: ['Artemivsk'] } } };
  const { gazetteer: g, report } = applyGazetteer(
    [
      { name: 'Novoselivka', region: 'UA-14' },
      { name: 'Pavlivka', region: 'UA-14' },
      { name: 'Pavlivka', region: 'UA-63' },
      { name: 'Bakhmut', region: 'UA-14' },
      { name: 'Victoria', region: 'UA-23' },
      { name: 'Yampil’', region: 'UA-05' },
      { name: 'Yampil', region: 'UA-05' },
    ],
    aliases,
    'attr',
  );

  it('keeps names found in two oblasts in both, drops common words, keeps the rest with variants', () => {
    expect(report.shared).toEqual(['Pavlivka']);
    expect(report.droppedStopword).toEqual(['Victoria']);
    expect(g.regions['UA-14']).toEqual(['Bakhmut|Artemivsk|Artemovsk', 'Novoselivka|Novoselovka|Novoselevka', 'Pavlivka|Pavlovka|Pavlevka']);
    expect(g.regions['UA-63']).toEqual(['Pavlivka|Pavlovka|Pavlevka']);
    expect(g.regions['UA-05']).toEqual(['Yampil']) // Yampil’ and Yampil are one name;
  });

  it('with a scope, keeps other oblasts only for names shared with it', () => {
    const scoped = applyGazetteer(
      [
        { name: 'Pavlivka', region: 'UA-14' },
        { name: 'Pavlivka', region: 'UA-46' },
        { name: 'Yampil', region: 'UA-05' },
      ],
      { _source: 'test', places: {} },
      'attr',
      new Set(['UA-14']),
    ).gazetteer;
    expect(scoped.regions).toEqual({ 'UA-14': ['Pavlivka|Pavlovka|Pavlevka'], 'UA-46': ['Pavlivka|Pavlovka|Pavlevka'] });
  });

  it('derives Russian-style endings', () => {
    expect(spellingVariants('Kurakhove')).toContain('Kurakhovo');
    expect(spellingVariants('Nova Kakhovka')).toContain('Novaya Kakhovka');
  });
});
