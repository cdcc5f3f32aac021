/** Stories made for the browser tests, with offsets computed, never typed. */
import type { Mention, Passage, Story } from '../../src/lib/contract/story.ts';
import { linkArticle } from '../../src/lib/linker/index.ts';
import { readLinker } from '../../src/cli/conflicts.ts';

/** A story whose every text field carries markup and script that must stay text. */
export function hostileStory(): Story {
  const title = 'Title <script>window.__pwned=1</script>';
  const body = 'Shelling near Donetsk <img src=x onerror="window.__pwned=2"> and <a href="javascript:window.__pwned=3">a link</a>.';
  const text = `${title}\n\n${body}\n`;
  const passages: Passage[] = [
    { id: 'title', kind: 'title', start: 0, end: title.length, text: title, paragraph: 0, speaker: { party: 'outlet', name: '<b>Outlet</b>' }, topics: [] },
    { id: 'p1.s1', kind: 'sentence', start: title.length + 2, end: title.length + 2 + body.length, text: body, paragraph: 1, speaker: { party: 'outlet', name: '<svg onload=alert(1)>' }, topics: ['control'] },
  ];
  const at = text.indexOf('Donetsk');
  const mentions: Mention[] = [{ region: 'UA-14', start: at, end: at + 'Donetsk'.length, text: 'Donetsk', via: 'name', passage: 'p1.s1' }];
  return { version: 1, article: { title, date: '2025-11-28', source: '<i>javascript:alert(1)</i>' }, passages, mentions };
}

/**
 * A valid story of `passages` one-sentence paragraphs (every other one naming
 * Donetsk), as the JSON text a server sends: a story at the size limits.
 */
export function bigStoryJson(passages: number): string {
  const sentence = 'Fighting near Donetsk continued overnight, officials said.';
  const plain = 'Officials gave no further details about the fighting.';
  const outlet = { party: 'outlet' as const, name: 'Test Wire' };
  const ps: Passage[] = [];
  const ms: Mention[] = [];
  let at = 0;
  const title = 'A very long wire feed';
  ps.push({ id: 'title', kind: 'title', start: 0, end: title.length, text: title, paragraph: 0, speaker: outlet, topics: [] });
  at = title.length + 2;
  for (let i = 1; i <= passages - 1; i++) {
    const text = i % 2 ? sentence : plain;
    const id = `p${i}.s1`;
    ps.push({ id, kind: 'sentence', start: at, end: at + text.length, text, paragraph: i, speaker: outlet, topics: [] });
    if (i % 2) ms.push({ region: 'UA-14', start: at + 14, end: at + 21, text: 'Donetsk', via: 'name', passage: id });
    at += text.length + 2;
  }
  return JSON.stringify({ version: 1, article: { title, date: '2025-11-27', source: 'Test Wire' }, passages: ps, mentions: ms });
}

/** A small valid story with one mention listed twice and a source that opens a right-to-left override it never closes. */
export function duplicateBidiStory(): Story {
  const s = hostileStory();
  s.mentions.push({ ...s.mentions[0]! });
  s.article.source = '\u202EEvil Outlet';
  return s;
}

/**
 * A wire story naming five villages within about 15 km of each other around Siversk (Donetsk and Luhansk oblasts),
 * linked by the Ukraine profile's own linker, as a newsroom would get it: its places' labels pile up unless moved.
 */
export function villagesStory(): Story {
  const text =
    'Russia says it took four villages near Siversk\n\n' +
    'Russian forces took Yampil, Zvanivka, Siversk and Serebrianka in Donetsk region, the Russian Defence Ministry said on Thursday.\n\n' +
    "Ukraine's army said its troops still held positions near Bilohorivka, and that fighting went on around Siversk.\n";
  const story = linkArticle(text, readLinker('ua'));
  story.article.date = '2025-11-27';
  return story;
}
