import { describe, expect, it } from 'vitest';
import { article, link, linked, regionsAt } from './helpers.ts';

describe('names: Ukrainian- and Russian-style spellings', () => {
  it('links Russian-style spellings to the same oblasts', () => {
    const text = article(
      'Fighting continued in Lugansk and Zaporozhye, while shelling hit the Kherson region and the Zaporizhzhia oblast. ' +
        'Officials in Donetsk province and the Luhansk Oblast reported losses.',
    );
    expect(linked(text)).toEqual([
      'UA-09 Lugansk',
      'UA-23 Zaporozhye',
      'UA-65 Kherson region',
      'UA-23 Zaporizhzhia oblast',
      'UA-14 Donetsk province',
      'UA-09 Luhansk Oblast',
    ]);
  });

  it('folds transliteration variants (zhzh/zh, ia/ya, h/g, double letters)', () => {
    expect(linked(article('Zaporizhia, Zaporizhzhya, Luhanska oblast and Zaporozhia.'))).toEqual([
      'UA-23 Zaporizhia',
      'UA-23 Zaporizhzhya',
      'UA-09 Luhanska oblast',
      'UA-23 Zaporozhia',
    ]);
  });

  it('links the People’s Republic names and their acronyms, longest match first', () => {
    const text = article(
      "Moscow-installed leaders of the Donetsk People's Republic and the Luhansk People’s Republic met. " +
        'The DPR and LPR (also DNR and LNR) held votes.',
    );
    const story = link(text);
    expect(story.mentions.map((m) => `${m.region} ${m.text}`)).toEqual([
      "UA-14 Donetsk People's Republic",
      'UA-09 Luhansk People’s Republic',
      'UA-14 DPR',
      'UA-09 LPR',
      'UA-14 DNR',
      'UA-09 LNR',
    ]);
    expect(story.mentions.every((m) => m.via === 'name')).toBe(true);
  });

  it('does not read lower-case "dpr"-like words or other acronyms as regions', () => {
    expect(linked(article('The GDPR rules and the dpr file were discussed at the UN and NATO.'))).toEqual([]);
  });

  it('links Donbas and Donbass to both Donetsk and Luhansk', () => {
    const story = link(article('Russia wants all of the Donbas. Donbass, Moscow says, is historically Russian.'));
    expect(story.mentions.map((m) => `${m.region} ${m.text}`)).toEqual(['UA-14 Donbas', 'UA-09 Donbas', 'UA-14 Donbass', 'UA-09 Donbass']);
  });

  it('links Crimea, the Crimean Peninsula and Sevastopol', () => {
    expect(linked(article('Russia annexed Crimea in 2014. The Crimean Peninsula and the port of Sevastopol host the fleet.'))).toEqual([
      'UA-43 Crimea',
      'UA-43 Crimean Peninsula',
      'UA-40 Sevastopol',
    ]);
  });

  it('keeps possessives out of the span', () => {
    const text = article('Donetsk’s governor and Kherson\'s mayor spoke.');
    expect(linked(text)).toEqual(['UA-14 Donetsk', 'UA-65 Kherson']);
  });
});

describe('places: settlements resolved to their oblast', () => {
  it('links towns of each story region, with their English name', () => {
    const story = link(
      article('Strikes hit Kramatorsk, Sievierodonetsk, Nova Kakhovka, Melitopol, Simferopol and Mariupol overnight.'),
    );
    expect(story.mentions.map((m) => [m.region, m.text, m.via, m.place])).toEqual([
      ['UA-14', 'Kramatorsk', 'place', 'Kramatorsk'],
      ['UA-09', 'Sievierodonetsk', 'place', 'Sievierodonetsk'],
      ['UA-65', 'Nova Kakhovka', 'place', 'Nova Kakhovka'],
      ['UA-23', 'Melitopol', 'place', 'Melitopol'],
      ['UA-43', 'Simferopol', 'place', 'Simferopol'],
      ['UA-14', 'Mariupol', 'place', 'Mariupol'],
    ]);
  });

  it('links Russian-style and pre-renaming names to today’s towns', () => {
    const story = link(
      article(
        'Older reports speak of Artemivsk, Dzerzhinsk and Krasnoarmeysk; Russian media write Severodonetsk, ' +
          'Lisichansk, Berdyansk, Energodar, Avdeyevka, Ugledar, Gulyaipole and Slavyansk.',
      ),
    );
    expect(story.mentions.map((m) => `${m.region} ${m.text}→${m.place}`)).toEqual([
      'UA-14 Artemivsk→Bakhmut',
      'UA-14 Dzerzhinsk→Toretsk',
      'UA-14 Krasnoarmeysk→Pokrovsk',
      'UA-09 Severodonetsk→Sievierodonetsk',
      'UA-09 Lisichansk→Lysychansk',
      'UA-23 Berdyansk→Berdiansk',
      'UA-23 Energodar→Enerhodar',
      'UA-14 Avdeyevka→Avdiivka',
      'UA-14 Ugledar→Vuhledar',
      'UA-23 Gulyaipole→Huliaipole',
      'UA-14 Slavyansk→Sloviansk',
    ]);
  });

  it('counts "Kherson city" and "Zaporizhzhia city" as their oblasts', () => {
    expect(linked(article('Drones struck Kherson city and Zaporizhzhia city on Monday.'))).toEqual([
      'UA-65 Kherson city',
      'UA-23 Zaporizhzhia city',
    ]);
  });

  it('prefers the longest match: the nuclear plant, not just the city', () => {
    const text = article('The IAEA said the Zaporizhzhia nuclear power plant lost power; the Zaporizhzhia NPP is held by Russia.');
    expect(linked(text)).toEqual(['UA-23 Zaporizhzhia nuclear power plant', 'UA-23 Zaporizhzhia NPP']);
  });
});

describe('negatives: precision', () => {
  it('does not link Dnipro (city or river) to Kherson or Zaporizhzhia', () => {
    const text = article(
      'Troops crossed the Dnipro River near the Dnieper delta. A missile hit Dnipro, and Dnepr residents sheltered.',
    );
    expect(linked(text)).toEqual([]);
  });

  it('links places outside the story regions to nothing', () => {
    const text = article(
      'Russian forces pressed on Kupiansk and Kharkiv; air raid alerts sounded in Kyiv, Kiev, Odesa, Odessa, Mykolaiv, ' +
        'Lviv and Kryvyi Rih. Diplomats met in Geneva, Moscow and Bishkek.',
    );
    expect(linked(text)).toEqual([]);
  });

  it('does not read a person’s name as a place', () => {
    const text = article('Analyst Olena Lyman and Gen. Bakhmut are fictional; Ivan Mariupol spoke too. Lyman itself was shelled.');
    expect(linked(text)).toEqual(['UA-14 Lyman']);
  });

  it('does not link common words or world names that are also village names', () => {
    const text = article('Chechnya, Moscow, Paris and Victoria were mentioned. Peace, Progress and Victory parties met in May.');
    expect(linked(text)).toEqual([]);
  });

  it('does not link the Siverskyi Donets river to the town of Siversk', () => {
    expect(linked(article('Troops dug in along the Siverskyi Donets.'))).toEqual([]);
  });
});

describe('collective phrases', () => {
  it('links group phrases to the four oblasts, one mention each, same span', () => {
    const text = article(
      'Moscow demands the four regions. Kyiv will not give up occupied territories, nor the annexed regions or occupied areas.',
    );
    const story = link(text);
    const spans = [...new Set(story.mentions.map((m) => m.text))];
    expect(spans).toEqual(['four regions', 'occupied territories', 'annexed regions', 'occupied areas']);
    for (const s of spans) {
      expect(story.mentions.filter((m) => m.text === s).map((m) => m.region)).toEqual(['UA-14', 'UA-09', 'UA-65', 'UA-23']);
    }
    expect(story.mentions.every((m) => m.via === 'collective')).toBe(true);
  });

  it('needs "Russian-" before held/captured, which are verbs too', () => {
    expect(regionsAt(article('Life in Russian-held territory is hard.'), 'Russian-held')).toEqual(['UA-14', 'UA-09', 'UA-65', 'UA-23']);
    expect(linked(article('Russia captured territory near Kupiansk, and they held regions in the north.'))).toEqual([]);
  });

  it('takes "new regions" as the four oblasts only in the Kremlin’s usage', () => {
    expect(regionsAt(article('Putin said the new regions would be rebuilt.'), 'new regions')).toEqual(['UA-14', 'UA-09', 'UA-65', 'UA-23']);
    expect(regionsAt(article('The airline opened routes to new regions of Europe.'), 'new regions')).toEqual([]);
  });
});

describe('Cyrillic: Ukrainian and Russian, with case endings', () => {
  it('links inflected Ukrainian names and places', () => {
    const text = article(
      'Бої тривають біля Покровська та на Донеччині. Обстріли у Херсонській області й у Запоріжжі. Донеччина, Луганщина, у Криму, в Горлівці.',
    );
    const story = link(text);
    expect(story.mentions.map((m) => `${m.region} ${m.text}`)).toEqual([
      'UA-14 Покровська',
      'UA-14 Донеччині',
      'UA-65 Херсонській області',
      'UA-23 Запоріжжі',
      'UA-14 Донеччина',
      'UA-09 Луганщина',
      'UA-43 Криму',
      'UA-14 Горлівці',
    ]);
    expect(story.mentions.find((m) => m.text === 'Покровська')?.place).toBe('Pokrovsk');
    for (const m of story.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('links Russian forms', () => {
    const text = article(
      'В Донецкой народной республике и в Луганской области прошли выборы. Войска под Запорожьем, у Северодонецка и в Крыму. Оккупированные территории.',
    );
    expect(linked(text).filter((s) => !s.startsWith('UA-09 Оккуп') && !s.startsWith('UA-65 Оккуп') && !s.startsWith('UA-23 Оккуп'))).toEqual([
      'UA-14 Донецкой народной республике',
      'UA-09 Луганской области',
      'UA-23 Запорожьем',
      'UA-09 Северодонецка',
      'UA-43 Крыму',
      'UA-14 Оккупированные территории',
    ]);
  });

  it('tells adjective-form villages from cases of -ськ towns, but not for region names', () => {
    // Покровське is a village in four oblasts: linked only as an ambiguous guess (the oblast the article discusses).
    const text = article('Покровське й Покровського — інші села. Бої в Покровске і у Покровську.');
    expect(linked(text)).toEqual(['UA-14 Покровське', 'UA-14 Покровске', 'UA-14 Покровську']);
    const [village, ...town] = link(text).mentions;
    expect(village).toMatchObject({ place: 'Pokrovske', ambiguous: true, alternatives: ['UA-09', 'UA-12', 'UA-53'] });
    for (const m of town) expect(m).toMatchObject({ place: 'Pokrovsk' });
    for (const m of town) expect(m.ambiguous).toBeUndefined();
    expect(linked(article('Херсонського району, Кримського півострова, у Новій Каховці, Запорожской области.'))).toEqual([
      'UA-65 Херсонського району',
      'UA-43 Кримського півострова',
      'UA-65 Новій Каховці',
      'UA-23 Запорожской области',
    ]);
  });

  it('links nothing for Kyiv, Kharkiv, Dnipro in Cyrillic', () => {
    expect(linked(article('У Києві, Харкові та Дніпрі оголосили тривогу. В Москве заявили.'))).toEqual([]);
  });
});

describe('boilerplate', () => {
  it('emits no mention from dropped lines or the repeated title', () => {
    const text = 'Shelling in Kherson\n\nRead more: Donetsk front update\n\nPhoto: Luhansk, 2022\n\nA quiet day in Mariupol.\n\nShelling in Kherson';
    const story = link(text);
    expect(story.mentions.map((m) => [m.text, m.passage])).toEqual([
      ['Kherson', 'title'],
      ['Mariupol', 'p1.s1'],
    ]);
  });
});

describe('offsets', () => {
  it('point into the original text, Markdown markers and emphasis included', () => {
    const text = '# Front line update\n\n*Russian troops press on.*\n\nFighting near **Pokrovsk** and in _Zaporizhzhia_ oblast.\n';
    const story = link(text);
    for (const m of story.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(story.mentions.map((m) => m.text)).toEqual(['Pokrovsk', 'Zaporizhzhia']);
    expect(story.article.title).toBe('Front line update');
  });
});
