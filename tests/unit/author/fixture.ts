/** A small story made by hand, with offsets into `TEXT`, for the authoring tests. */
import type { Story } from '../../../src/lib/contract/story.ts';

export const TEXT = 'Strikes in the south\n\nRussia shelled Kherson overnight. The mining heartland lost power, the Donetsk governor said.\n';

const span = (s: string, from = 0) => {
  const start = TEXT.indexOf(s, from);
  if (start < 0) throw new Error(`fixture: ${s}`);
  return { start, end: start + s.length, text: s };
};

export function storyFixture(): Story {
  const title = span('Strikes in the south');
  const s1 = span('Russia shelled Kherson overnight.');
  const s2 = span('The mining heartland lost power, the Donetsk governor said.');
  const outlet = { party: 'outlet' as const, name: 'the article' };
  return {
    version: 1,
    article: { title: title.text, date: null, source: null },
    passages: [
      { id: 'title', kind: 'title', ...title, paragraph: 0, speaker: outlet, topics: [] },
      { id: 'p1.s1', kind: 'sentence', ...s1, paragraph: 1, speaker: outlet, topics: ['control'] },
      { id: 'p1.s2', kind: 'sentence', ...s2, paragraph: 1, speaker: outlet, topics: [] },
    ],
    mentions: [
      { region: 'UA-65', ...span('Kherson'), via: 'name', passage: 'p1.s1' },
      { region: 'UA-14', ...span('Donetsk'), via: 'name', passage: 'p1.s2' },
    ],
    generator: 'test',
  };
}
