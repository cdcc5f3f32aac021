import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/linker/ingest.ts';
import { splitPassages, splitSentences } from '../../../src/lib/linker/splitPassages.ts';
import { findDate } from '../../../src/lib/linker/parseDate.ts';

const kinds = (text: string) => ingest(text).blocks.map((b) => `${b.kind}: ${text.slice(b.start, b.end)}`);

describe('ingest', () => {
  it('reads a dateline glued to the outlet and drops scrape boilerplate', () => {
    const text = 'Advertisement banner\n\nBig Title Here\n\nA standfirst sentence. Another one.\n\nNovember 28, 2025Clash Report\n\nCover Image\n\nBody text.\n\nBig Title Here';
    const r = ingest(text);
    expect(r.meta).toMatchObject({ title: 'Big Title Here', date: '2025-11-28', source: 'Clash Report', standfirst: 'A standfirst sentence. Another one.' });
    expect(kinds(text)).toEqual(['title: Big Title Here', 'standfirst: A standfirst sentence. Another one.', 'paragraph: Body text.']);
  });

  it('reads Markdown: headings, emphasis-wrapped standfirst, list items, offsets without markers', () => {
    const text = '# The Title\n\n_An italic standfirst._\n\n## A Section\n\nA paragraph with **bold** words.\n\n- item one.\n- item two.\n';
    expect(kinds(text)).toEqual([
      'title: The Title',
      'standfirst: An italic standfirst.',
      'heading: A Section',
      'paragraph: A paragraph with **bold** words.',
      'paragraph: item one.',
      'paragraph: item two.',
    ]);
  });

  it('reads bylines, source lines and other date formats', () => {
    expect(ingest('Title\n\nBy Jane Doe | Kyiv Independent\n3 March 2024\n\nText.').meta).toMatchObject({ date: '2024-03-03', source: 'Kyiv Independent' });
    expect(ingest('Title\n\nSource: Meduza\n\nText.').meta.source).toBe('Meduza');
    expect(ingest('Title\n\nPublished 2023-09-30 14:05 UTC\n\nText.').meta.date).toBe('2023-09-30');
    expect(ingest('Заголовок\n\n28 листопада 2025\n\nТекст.').meta.date).toBe('2025-11-28');
    expect(ingest('Title\n\nKYIV, Nov 30 (Reuters) - Russia said it took a village.').meta.source).toBe('Reuters');
  });

  it('accepts text with single newlines between paragraphs and CRLF', () => {
    const text = 'Title line\r\nFirst paragraph here.\r\nSecond paragraph.\r\n';
    expect(kinds(text)).toEqual(['title: Title line', 'paragraph: First paragraph here.', 'paragraph: Second paragraph.']);
  });

  it('has no title passage when the text starts with prose, but still a title', () => {
    const r = ingest('Russia said on Monday that it took a village. More text follows here.');
    expect(r.blocks[0]?.kind).toBe('paragraph');
    expect(r.meta.title).toBe('Russia said on Monday that it took a village.');
  });
});

describe('findDate', () => {
  it.each([
    ['November 28, 2025', '2025-11-28'],
    ['Nov. 3, 2024', '2024-11-03'],
    ['28 November 2025', '2025-11-28'],
    ['2025-01-09', '2025-01-09'],
    ['28.11.2025', '2025-11-28'],
    ['28 ноября 2025', '2025-11-28'],
  ])('%s → %s', (s, iso) => expect(findDate(s)?.iso).toBe(iso));
  it('finds none in plain text', () => expect(findDate('no date in 2025 here')).toBeNull());
});

describe('splitPassages', () => {
  it('does not split after U.S., Mr., Gen. or initials; keeps a quotation whole', () => {
    const text = 'The U.S. President met Mr. Smith and Gen. J. Doe. He said, “We agree. Fully.” Then he left.';
    expect(splitSentences(text, 0, text.length).map(([s, e]) => text.slice(s, e))).toEqual([
      'The U.S. President met Mr. Smith and Gen. J. Doe.',
      'He said, “We agree. Fully.”',
      'Then he left.',
    ]);
  });

  it('gives stable ids and paragraph numbers', () => {
    const text = 'Title\n\nOne. Two.\n\nA Heading\n\nThree.';
    const passages = splitPassages(text, ingest(text).blocks);
    expect(passages.map((p) => [p.id, p.kind, p.paragraph, p.text])).toEqual([
      ['title', 'title', 0, 'Title'],
      ['p1.s1', 'sentence', 1, 'One.'],
      ['p1.s2', 'sentence', 1, 'Two.'],
      ['h1', 'heading', 2, 'A Heading'],
      ['p2.s1', 'sentence', 3, 'Three.'],
    ]);
  });
});
