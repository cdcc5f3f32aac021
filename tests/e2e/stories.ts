/** Stories made for the browser tests, with offsets computed, never typed. */
import type { Mention, Passage, Story } from '../../src/lib/contract/story.ts';

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
