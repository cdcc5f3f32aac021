import { describe, expect, it } from 'vitest';
import { altText } from '../../../src/lib/render/altText.ts';
import { link } from '../linker/helpers.ts';
import { control, data, seedStory } from './fixture.ts';

const inputs = (lang: 'en' | 'uk' = 'en') => ({ regions: data.regions, claims: data.claims, shares: control.shares, controlDate: control.date, lang });

describe('altText', () => {
  it('says what Russia claims and holds, from the story and the measured shares (en)', () => {
    expect(altText(seedStory, inputs())).toBe(
      'Map: Russia claims Donetsk, Luhansk, Kherson and Zaporizhzhia; it holds about 79 %, > 99 %, 75 % and 78 % of them as of 27 Nov 2025.',
    );
  });

  it('says the same in Ukrainian, with Ukrainian names and date', () => {
    expect(altText(seedStory, inputs('uk'))).toBe(
      'Мапа. Претензії Росії: Донецька область, Луганська область, Херсонська область і Запорізька область; ' +
        'станом на 27 лист. 2025 Росія контролює відповідно приблизно 79 %, > 99 %, 75 % і 78 % цих територій.',
    );
  });

  it('names only the regions the story is about, singular for one', () => {
    const story = link('Kherson today\n\nShelling hit Kherson on Monday, officials said.\n');
    expect(altText(story, inputs())).toBe('Map: Russia claims Kherson; it holds about 75 % of it as of 27 Nov 2025.');
  });

  it('includes Crimea when the story names it', () => {
    const story = link('Crimea and Donetsk\n\nRussia annexed Crimea in 2014 and claims Donetsk.\n');
    expect(altText(story, inputs())).toMatch(/^Map: Russia claims Donetsk and Crimea; it holds about 79 % and > 99 % of them as of 27 Nov 2025\.$/);
  });

  it('falls back to the four focus regions when the story names none, and to the control date alone without shares', () => {
    const story = link('Weather\n\nIt rained in Lviv on Monday.\n');
    expect(altText(story, { ...inputs(), shares: null })).toBe(
      'Map: Russia claims Donetsk, Luhansk, Kherson and Zaporizhzhia; control line as of 27 Nov 2025, approximate.',
    );
  });
});
