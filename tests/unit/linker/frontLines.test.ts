/**
 * Classes found by linking real front-line reports (wire copy, Ukrainian outlets,
 * Russian state media in English and Russian) by hand, each in the languages it
 * occurs in, with exact offsets: namesakes spelled the Russian and the Ukrainian
 * way, regions outside the story as qualifiers, qualifiers for a whole list, a
 * region's neuter adjective as a village, English qualifier phrasings, list-mates,
 * adjectives inside place names, district qualifiers, names the gazetteer lacks in
 * a qualified list, and group phrases narrowed through "the Ukrainian regions of".
 * (The golden fixtures tests/fixtures/linker/in/front-lines-<lang>.txt hold longer
 * articles of the same classes.)
 */
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../src/lib/contract/story.ts';
import { article, link } from './helpers.ts';

/** [start, end) of the n-th occurrence of `phrase` in `text`. */
function at(text: string, phrase: string, n = 1): [number, number] {
  let i = -1;
  for (let k = 0; k < n; k++) i = text.indexOf(phrase, i + 1);
  if (i < 0) throw new Error(`phrase not in text: ${phrase}`);
  return [i, i + phrase.length];
}

/** Mentions as [region, start, end, place?, 'ambiguous'?]. */
const rows = (ms: Mention[]) => ms.map((m) => [m.region, m.start, m.end, ...(m.via === 'place' ? [m.place] : []), ...(m.ambiguous ? ['ambiguous'] : [])]);
const name = (text: string, region: string, phrase: string, n = 1) => [region, ...at(text, phrase, n)];
const place = (text: string, region: string, phrase: string, placeName: string, n = 1, ...flags: string[]) => [region, ...at(text, phrase, n), placeName, ...flags];

describe('namesakes spelled the Russian and the Ukrainian way are one name', () => {
  it('ru: Crimea’s villages (Russian-spelled in GeoNames) no longer take a Donetsk village’s name', () => {
    const t = article('В районах населенных пунктов Ленино, Ивановка и Торецкое в ДНР идут бои.');
    expect(rows(link(t).mentions)).toEqual([place(t, 'UA-14', 'Ивановка', 'Ivanivka'), name(t, 'UA-14', 'ДНР')]);
  });

  it('ru: with nothing in the sentence, the oblast the article discusses, marked ambiguous', () => {
    const t = article('Бои идут в Донецкой области. Под Ивановкой отражены атаки.');
    expect(rows(link(t).mentions)).toEqual([name(t, 'UA-14', 'Донецкой области'), place(t, 'UA-14', 'Ивановкой', 'Ivanivka', 1, 'ambiguous')]);
  });

  it('en: a name spelled as only places outside the story are is never guessed into a story namesake', () => {
    const t = article('Crimea was hit again. Fighting continued around Zhuravlivka.');
    expect(rows(link(t).mentions)).toEqual([name(t, 'UA-43', 'Crimea')]);
  });
});

describe('regions outside the story qualify the places beside them', () => {
  it('ru: Новопавловка в Днепропетровской области is no namesake in Crimea', () => {
    const t = article('Нанесено поражение в районе Новопавловки в Днепропетровской области.');
    expect(link(t).mentions).toEqual([]);
  });

  it('en: a namesake whose sentence names an oblast outside the story is not guessed', () => {
    const t = article('Donetsk was shelled. In the Dnipropetrovsk region, Russian troops took Novoselivka, the ministry said.');
    expect(rows(link(t).mentions)).toEqual([name(t, 'UA-14', 'Donetsk')]);
  });
});

describe('a qualifier for the whole list', () => {
  it('ru: X, Y и Z Донецкой Народной Республики', () => {
    const t = article('Освобождены населенные пункты Ленинское, Новоалексеевка, Ильинка и Новодмитровка Донецкой Народной Республики.');
    expect(rows(link(t).mentions)).toEqual([
      place(t, 'UA-14', 'Ленинское', 'Leninskoye'),
      place(t, 'UA-14', 'Новоалексеевка', 'Novooleksiyivka'),
      place(t, 'UA-14', 'Ильинка', 'Illinka'),
      place(t, 'UA-14', 'Новодмитровка', 'Novodmytrivka'),
      name(t, 'UA-14', 'Донецкой Народной Республики'),
    ]);
  });

  it('uk: Іванівку, Вільне та Новоолексіївку Донецької області', () => {
    const t = article('Ворог атакував Іванівку, Вільне та Новоолексіївку Донецької області.');
    expect(rows(link(t).mentions)).toEqual([
      place(t, 'UA-14', 'Іванівку', 'Ivanivka'),
      place(t, 'UA-14', 'Вільне', 'Vilne'),
      place(t, 'UA-14', 'Новоолексіївку', 'Novooleksiyivka'),
      name(t, 'UA-14', 'Донецької області'),
    ]);
  });

  it('ru: в ДНР: X, Y и Z, with the names the gazetteer lacks', () => {
    const t = article('Взяты под контроль населенные пункты в ДНР: Дальнее, Ильинка и Горняк, сообщили в ведомстве.');
    expect(rows(link(t).mentions)).toEqual([
      name(t, 'UA-14', 'ДНР'),
      place(t, 'UA-14', 'Дальнее', 'Дальнее'),
      place(t, 'UA-14', 'Ильинка', 'Illinka'),
      place(t, 'UA-14', 'Горняк', 'Горняк'),
    ]);
  });

  it('en: “Pokrovsk and Huliaipole in the Zaporizhzhia region” leaves a certain place where it is', () => {
    const t = article('Officials named Pokrovsk and Huliaipole in the Zaporizhzhia region.');
    expect(rows(link(t).mentions)).toEqual([
      place(t, 'UA-14', 'Pokrovsk', 'Pokrovsk'),
      place(t, 'UA-23', 'Huliaipole', 'Huliaipole'),
      name(t, 'UA-23', 'Zaporizhzhia region'),
    ]);
  });
});

describe('a region’s neuter adjective alone is a village', () => {
  it('uk: Запорізьке Дніпропетровської області is no mention of Zaporizhzhia; Запорізьке водосховище is', () => {
    const t = article('Сили оборони утримують село Запорізьке Дніпропетровської області. Запорізьке водосховище міліє.');
    expect(rows(link(t).mentions)).toEqual([name(t, 'UA-23', 'Запорізьке', 2)]);
  });

  it('ru: Крымское, Барановку Донецкой Народной Республики are villages of Donetsk oblast', () => {
    const t = article('Военные взяли Крымское, Барановку Донецкой Народной Республики. Запорожское направление остается напряженным.');
    expect(rows(link(t).mentions)).toEqual([
      place(t, 'UA-14', 'Крымское', 'Krymskoye'),
      place(t, 'UA-14', 'Барановку', 'Барановку'),
      name(t, 'UA-14', 'Донецкой Народной Республики'),
      name(t, 'UA-23', 'Запорожское'),
    ]);
  });
});

describe('English qualifiers as wire copy writes them', () => {
  it('“the settlement of X in Ukraine’s eastern Donetsk region”, “X, a village in the Y region”', () => {
    const t = article(
      "Russian troops took the settlement of Zaporizhzhia in Ukraine's eastern Donetsk region. Ivanivka, a small village in the Zaporizhzhia region, was shelled.",
    );
    expect(rows(link(t).mentions)).toEqual([
      place(t, 'UA-14', 'Zaporizhzhia', 'Zaporizhzhia'),
      name(t, 'UA-14', 'Donetsk region'),
      place(t, 'UA-23', 'Ivanivka', 'Ivanivka'),
      name(t, 'UA-23', 'Zaporizhzhia region'),
    ]);
  });
});

describe('the places of one list share an oblast', () => {
  it('en: a namesake listed between two Donetsk towns is not guessed into Kherson', () => {
    const t = article('Kherson was shelled. Three civilians were killed in Andriivka, Novohryhorivka and Myrnohrad.');
    const ms = link(t).mentions;
    expect(ms.map((m) => `${m.region} ${m.text}`)).toEqual(['UA-65 Kherson', 'UA-14 Andriivka', 'UA-14 Myrnohrad']);
  });
});

describe('adjectives inside place names, and district qualifiers', () => {
  it('ru: Каменку-Днепровскую; Садовое Токмакского муниципального округа', () => {
    const t = article('Обстреляли Каменку-Днепровскую. Пострадало село Садовое Токмакского муниципального округа.');
    expect(rows(link(t).mentions)).toEqual([place(t, 'UA-23', 'Каменку-Днепровскую', 'Kamianka-Dniprovska'), place(t, 'UA-23', 'Садовое', 'Sadovoye')]);
  });
});

describe('group phrases narrowed through “the Ukrainian regions of”', () => {
  it('en: the Russian-controlled parts of the Ukrainian regions of Kherson and Zaporizhzhia', () => {
    const t = article('The Russian-controlled parts of the Ukrainian regions of Kherson and Zaporizhzhia were annexed.');
    expect(rows(link(t).mentions)).toEqual([name(t, 'UA-65', 'Kherson'), name(t, 'UA-23', 'Zaporizhzhia')]);
  });
});

describe('one sense per article, and what a guess may not do', () => {
  it('en: a name qualified once keeps its oblast later in the article (marked ambiguous)', () => {
    const t = article(
      'Troops moved north of the settlement of Novosyolovka in the Zaporizhzhia area. The main success was at Novosyolovka, he said.',
    );
    expect(rows(link(t).mentions)).toEqual([
      place(t, 'UA-23', 'Novosyolovka', 'Novosyolovka'),
      name(t, 'UA-23', 'Zaporizhzhia area'),
      place(t, 'UA-23', 'Novosyolovka', 'Novosyolovka', 2, 'ambiguous'),
    ]);
  });

  it('en: a Russian-spelled name known only in Crimea is not guessed there in an article about another oblast', () => {
    const t = article('Fighting went on in the Zaporizhzhia region. Russian troops advanced near Novosyolovka.');
    expect(rows(link(t).mentions)).toEqual([name(t, 'UA-23', 'Zaporizhzhia region')]);
  });

  it('en: list-mates outside the story (Nikopol) do not stop the article’s own oblast', () => {
    const t = article('Shelling hit the Kherson region. Russian forces shelled the towns of Bilozerka and Nikopol.');
    expect(rows(link(t).mentions)).toEqual([name(t, 'UA-65', 'Kherson region'), place(t, 'UA-65', 'Bilozerka', 'Bilozerka', 1, 'ambiguous')]);
  });

  it('uk: a word of a two-word name the gazetteer lacks is no place (Червоний Маяк, Широка Балка)', () => {
    const t = article('Під вогнем опинилися Червоний Маяк, Білозерка, Широка Балка та Дудчани Херсонської області.');
    const ms = link(t).mentions;
    // Neither Crimea's Chervonoye nor Zaporizhzhia oblast's Balka.
    expect(ms.filter((m) => m.text === 'Балка' || m.text === 'Червоний')).toEqual([]);
    expect(new Set(ms.map((m) => m.region))).toEqual(new Set(['UA-65']));
  });
});

describe('group phrases wire copy uses', () => {
  it('en: “one of four partially controlled provinces”', () => {
    const t = article('Kherson is one of four partially controlled provinces that Russia claims.');
    expect(link(t).mentions.map((m) => `${m.region} ${m.text}`)).toEqual([
      'UA-65 Kherson',
      'UA-14 four partially controlled provinces',
      'UA-09 four partially controlled provinces',
      'UA-65 four partially controlled provinces',
      'UA-23 four partially controlled provinces',
    ]);
  });
});

describe('common words and adjectives that look like villages', () => {
  it('uk: “Країна-терорист” is no village (Crimea’s Krayneye)', () => {
    expect(link(article('Країна-терорист не припиняє атакувати Україну.')).mentions).toEqual([]);
  });

  it('ru: “Красноармейской агломерации” is no village named by an adjective (Crimea’s Krasnoarmeyskoye)', () => {
    expect(link(article('Продолжается бой в Красноармейской агломерации.')).mentions).toEqual([]);
  });
});
