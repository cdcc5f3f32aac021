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
    // Any apostrophe is inside the word: я after it is "ia", not the initial "ya".
    expect(romanizeUk("Велика Знам'янка")).toBe('velyka znamianka');
    expect(romanizeUk('Слов’янськ')).toBe('sloviansk');
  });
});

describe('ukrainianName', () => {
  it('picks the Ukrainian spelling among Russian and other alternates', () => {
    // GeoNames 704422's alternates, abridged.
    const alts = ['Grishino', 'Krasnoarmeysk', 'Pokrovs\'k', 'Красноармейск', 'Красноармійськ', 'Покровськ'];
    expect(ukrainianName(['Pokrovsk'], alts)).toBe('Покровськ');
  });

  it('prefers the spelling with Ukrainian letters where Russian romanises alike', () => {
    expect(ukrainianName(['Pokrovsk'], ['Покровск', 'Покровськ'])).toBe('Покровськ');
  });

  it('never takes a spelling with letters Ukrainian does not have', () => {
    expect(ukrainianName(['Zaporizhzhia'], ['Запорожье', 'Запоріжжя'])).toBe('Запоріжжя');
    expect(ukrainianName(['Myrnyi'], ['Мирный'])).toBeUndefined();
  });

  it('matches any of the place\'s Latin names, the official spelling or an older one', () => {
    expect(ukrainianName(['Velyka Znamianka'], ["Велика Знам'янка"])).toBe("Велика Знам'янка");
    expect(ukrainianName(["Slov'yans'k", 'Sloviansk'], ['Славянск', 'Слов’янськ'])).toBe('Слов’янськ');
    expect(ukrainianName(['Kamyanka-Dniprovska'], ['Каменка-Днепровская', 'Кам’янка-Дніпровська'])).toBe('Кам’янка-Дніпровська');
  });

  it('never takes a Russian -ск ending for Ukrainian, even when it is the only spelling that romanises', () => {
    expect(ukrainianName(['Novoazovsk'], ['Новоазовск'])).toBeUndefined();
    expect(ukrainianName(['Novoazovsk'], ['Новоазовск', 'Новоазовськ'])).toBe('Новоазовськ');
  });

  it('leaves a spelling that reads as Russian as well, with no Ukrainian letter, to the English name', () => {
    expect(ukrainianName(['Medvedevka'], ['Медведевка'])).toBeUndefined();
    expect(ukrainianName(['Myrnohrad'], ['Мирноград', 'Димитров'])).toBe('Мирноград');
  });

  it('finds none when no alternate romanises to the name', () => {
    expect(ukrainianName(['Sukhumi'], ['Сухуми', 'Aqwa'])).toBeUndefined();
    expect(ukrainianName(['Sukhumi'], ['Сухуми', 'Сухумі'])).toBe('Сухумі');
  });
});
