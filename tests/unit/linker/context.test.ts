/**
 * The classes of issue 15, each in English, Ukrainian and Russian, with exact
 * offsets: homonyms decided by the text's own qualifier, qualified group
 * phrases, group anaphora, datelines, the long tail of spellings, bylines.
 * (The golden fixtures tests/fixtures/linker/in/<class>-<lang>.txt hold
 * longer articles of the same classes.)
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

/** Mentions as [region, start, end] with the flags a reviewer checks. */
const rows = (ms: Mention[]) =>
  ms.map((m) => [m.region, m.start, m.end, ...(m.ambiguous ? ['ambiguous'] : []), ...(m.alternatives ? [m.alternatives.join(' ')] : [])]);
const row = (text: string, region: string, phrase: string, n = 1, ...flags: string[]) => [region, ...at(text, phrase, n), ...flags];
const FOUR = ['UA-14', 'UA-09', 'UA-65', 'UA-23'];
const group = (text: string, phrase: string, n = 1) => FOUR.map((r) => row(text, r, phrase, n));

describe('homonyms: the text’s own qualifier wins', () => {
  it('en: a village named like an oblast, a shared name with its oblast, a shared name by the article’s oblast', () => {
    const t = article('Troops entered the village of Zaporizhzhia in the Donetsk region. Novomykolaivka, Zaporizhzhia region, was shelled. Kherson was hit. Near Novomykolaivka the fighting went on.');
    expect(rows(link(t).mentions)).toEqual([
      row(t, 'UA-14', 'Zaporizhzhia', 1, 'UA-23'),
      row(t, 'UA-14', 'Donetsk region'),
      row(t, 'UA-23', 'Novomykolaivka', 1, 'UA-12 UA-48 UA-65'),
      row(t, 'UA-23', 'Zaporizhzhia region'),
      row(t, 'UA-65', 'Kherson'),
      // Nothing in its sentence says which: the oblast the article discusses most, marked.
      row(t, 'UA-23', 'Novomykolaivka', 2, 'ambiguous', 'UA-12 UA-48 UA-65'),
    ]);
  });

  it('en: a shared name nothing disambiguates is not linked', () => {
    expect(link(article('Residents of Novomykolaivka fled.')).mentions).toEqual([]);
  });

  it('uk: село Запоріжжя Донецької області; Новомиколаївка біля Херсонщини', () => {
    const t = article('Війська увійшли в село Запоріжжя Донецької області. Біля Новомиколаївки на Херсонщині тривають бої.');
    expect(rows(link(t).mentions)).toEqual([
      row(t, 'UA-14', 'Запоріжжя', 1, 'UA-23'),
      row(t, 'UA-14', 'Донецької області'),
      row(t, 'UA-65', 'Новомиколаївки', 1, 'UA-12 UA-23 UA-48'),
      row(t, 'UA-65', 'Херсонщині'),
    ]);
  });

  it('ru: село Запорожье Донецкой области; Покровское Донецкой области', () => {
    const t = article('Войска вошли в село Запорожье Донецкой области. Обстрелу подверглось село Покровское Донецкой области.');
    expect(rows(link(t).mentions)).toEqual([
      row(t, 'UA-14', 'Запорожье', 1, 'UA-23'),
      row(t, 'UA-14', 'Донецкой области'),
      row(t, 'UA-14', 'Покровское', 1, 'UA-09 UA-12 UA-53'),
      row(t, 'UA-14', 'Донецкой области', 2),
    ]);
  });
});

describe('qualified group phrases', () => {
  it('en: “of Kherson Oblast” is Kherson only; “parts of Zaporizhzhia and Kherson” those two; bare and “of Ukraine” stay the group', () => {
    const t = article('Moscow wants the occupied territories of Kherson Oblast. Fighting in occupied parts of Zaporizhzhia and Kherson regions went on. The occupied territories of Ukraine must be returned.');
    expect(rows(link(t).mentions)).toEqual([
      row(t, 'UA-65', 'Kherson Oblast'),
      row(t, 'UA-23', 'Zaporizhzhia'),
      row(t, 'UA-65', 'Kherson regions'),
      ...group(t, 'occupied territories', 2),
    ]);
  });

  it('en: a group qualified by a region outside the story links nothing', () => {
    expect(link(article('The occupied parts of Kharkiv were freed.')).mentions).toEqual([]);
  });

  it('uk: окуповані території Запорізької області', () => {
    const t = article('Москва контролює окуповані території Запорізької області. Окуповані території мають бути повернуті.');
    expect(rows(link(t).mentions)).toEqual([row(t, 'UA-23', 'Запорізької області'), ...group(t, 'Окуповані території')]);
  });

  it('ru: оккупированные территории Херсонской и Запорожской областей', () => {
    const t = article('Киев требует вернуть оккупированные территории Херсонской и Запорожской областей.');
    expect(rows(link(t).mentions)).toEqual([row(t, 'UA-65', 'Херсонской'), row(t, 'UA-23', 'Запорожской областей')]);
  });
});

describe('group anaphora only after the group was named', () => {
  it('en', () => {
    const before = article('These four regions are not negotiable, the Kremlin said.');
    expect(link(before).mentions).toEqual([]);
    const t = article('Russia claims Donetsk, Luhansk, Zaporizhzhia and Kherson. These four regions and the territories it occupies stay Russian, Putin said.');
    expect(rows(link(t).mentions).slice(4)).toEqual([...group(t, 'These four regions'), ...group(t, 'territories it occupies')]);
  });

  it('uk', () => {
    expect(link(article('Ці чотири області не віддамо.')).mentions).toEqual([]);
    const t = article('Росія претендує на окуповані території. Ці чотири області Україна не віддасть.');
    expect(rows(link(t).mentions)).toEqual([...group(t, 'окуповані території'), ...group(t, 'Ці чотири області')]);
  });

  it('ru', () => {
    expect(link(article('Сохранение занимаемых территорий обсуждалось.')).mentions).toEqual([]);
    const t = article('Россия требует признать Донецк, Луганск, Запорожье и Херсон. Сохранение занимаемых территорий не обсуждается.');
    expect(rows(link(t).mentions).slice(4)).toEqual(group(t, 'занимаемых территорий'));
  });
});

describe('datelines are not content', () => {
  it.each([
    ['en', 'HENICHESK, September 19. /TASS/.', ' Skadovsk was struck.', 'Henichesk', 'TASS', 'Skadovsk'],
    ['uk', 'ХЕРСОН, 27 листопада (Укрінформ) –', ' Обстріляли Каховку.', 'Херсон', 'Укрінформ', 'Каховку'],
    ['ru', 'ГЕНИЧЕСК, 19 сентября. /ТАСС/.', ' ВСУ обстреляли Алешки.', 'Henichesk', 'ТАСС', 'Алешки'],
  ])('%s: the dateline names where the story was filed, with no mention', (_, dateline, body, place, outlet, named) => {
    const t = article(dateline + body);
    const story = link(t);
    const [start, end] = at(t, dateline);
    expect(story.article.dateline).toEqual({ start, end, text: dateline, place, region: 'UA-65' });
    expect(story.article.source).toBe(outlet);
    expect(rows(story.mentions)).toEqual([row(t, 'UA-65', named)]);
  });
});

describe('the long tail of spellings, by rule', () => {
  it('en: Russian-style romanisations', () => {
    const t = article('Forces retook Kazachyi Lagerya and shelled Alyoshki, Peschanovka, Krynki and Sagi.');
    const story = link(t);
    expect(rows(story.mentions)).toEqual(['Kazachyi Lagerya', 'Alyoshki', 'Peschanovka', 'Krynki', 'Sagi'].map((p) => row(t, 'UA-65', p)));
    expect(story.mentions.map((m) => m.place)).toEqual(['Kozachi Laheri', 'Oleshky', 'Pishchanivka', 'Krynky', 'Sahy']);
  });

  it('uk: Ukrainian names, inflected', () => {
    const t = article('Бої біля Козачих Лагерів та Піщанівки, в Олешках і Кринках.');
    expect(rows(link(t).mentions)).toEqual(['Козачих Лагерів', 'Піщанівки', 'Олешках', 'Кринках'].map((p) => row(t, 'UA-65', p)));
  });

  it('ru: Russian names', () => {
    const t = article('Войска заняли Казачьи Лагеря и обстреливают Алешки, Песчановку и Крынки.');
    expect(rows(link(t).mentions)).toEqual(['Казачьи Лагеря', 'Алешки', 'Песчановку', 'Крынки'].map((p) => row(t, 'UA-65', p)));
  });

  it('does not read English words or names by their vowel skeleton', () => {
    expect(link(article('Marines, Market Peace Palace Alexei Lagers Leshy Sagas.')).mentions).toEqual([]);
  });

  it('does not read surnames or function words as places (Balitsky, Медведєв, Крім)', () => {
    for (const body of ['Balitsky said so.', 'Балицький заявив.', 'Балицкий заявил.', 'Медведєв заявив.', 'Медведев заявил.', 'Крім того, обстріли тривали.'])
      expect(link(article(body)).mentions, body).toEqual([]);
  });
});

describe('byline ≠ outlet', () => {
  it.each([
    ['en', 'By Tom Balmforth | Reuters\n\nNovember 27, 2025', 'Tom Balmforth', 'Reuters'],
    ['en, © credit', '© Ivan Petrov\n\nNovember 27, 2025', 'Ivan Petrov', null],
    ['en, name and date', 'Jane Doe | Nov 27, 2025', 'Jane Doe', null],
    ['uk', 'Автор: Іван Петренко\n\n27.11.2025\n\nДжерело: Укрінформ', 'Іван Петренко', 'Укрінформ'],
    ['ru', '© Иван Петров\n\n27.11.2025\n\nИсточник: ТАСС', 'Иван Петров', 'ТАСС'],
  ])('%s', (_, meta, author, source) => {
    const story = link(`A Headline About Pokrovsk\n\n${meta}\n\nRussian forces advanced near Pokrovsk.\n`);
    expect(story.article.author).toBe(author);
    expect(story.article.source).toBe(source);
    expect(story.article.date).toBe('2025-11-27');
  });
});
