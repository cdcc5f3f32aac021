import { describe, expect, it } from 'vitest';
import { romanizeUk, ukrainianName } from '../../../geodata/ukrainianName.ts';

describe('romanizeUk (resolution No. 55, 2010)', () => {
  it('romanises as the official table does, initial forms and "зг" included', () => {
    expect(romanizeUk('Київ')).toBe('kyiv');
    expect(romanizeUk('Запоріжжя')).toBe('zaporizhzhia');
    expect(romanizeUk('Кривий Ріг')).toBe('kryvyi rih');
    expect(romanizeUk('Ямпіль')).toBe('yampil');
    expect(romanizeUk('Юнаківка')).toBe('yunakivka');
    expect(romanizeUk('Їжаківка')).toBe('yizhakivka');
    expect(romanizeUk('Згурівка')).toBe('zghurivka');
    expect(romanizeUk("Пʼятихатки")).toBe('piatykhatky');
  });
});

describe('ukrainianName', () => {
  it('picks the Ukrainian spelling among Russian and other alternates', () => {
    // GeoNames 704422's alternates, abridged.
    const alts = ['Grishino', 'Krasnoarmeysk', 'Pokrovs\'k', 'Красноармейск', 'Красноармійськ', 'Покровськ'];
    expect(ukrainianName('Pokrovsk', alts)).toBe('Покровськ');
  });

  it('prefers the spelling with Ukrainian letters where Russian romanises alike', () => {
    expect(ukrainianName('Pokrovsk', ['Покровск', 'Покровськ'])).toBe('Покровськ');
  });

  it('never takes a spelling with letters Ukrainian does not have', () => {
    expect(ukrainianName('Zaporizhzhia', ['Запорожье', 'Запоріжжя'])).toBe('Запоріжжя');
    expect(ukrainianName('Myrnyi', ['Мирный'])).toBeUndefined();
  });

  it('finds none when no alternate romanises to the name', () => {
    expect(ukrainianName('Sukhumi', ['Сухуми', 'Aqwa'])).toBeUndefined();
    expect(ukrainianName('Sukhumi', ['Сухуми', 'Сухумі'])).toBe('Сухумі');
  });
});
