import type { Passage } from '../contract/story.ts';

/** Consecutive passages of one paragraph (or one heading), shown as one <p> or <h2>. */
export type Block = { kind: Passage['kind']; paragraph: number; passages: Passage[] };

/** Groups passages into the blocks the article views draw, in order. */
export function groupBlocks(passages: readonly Passage[]): Block[] {
  const out: Block[] = [];
  for (const p of passages) {
    const last = out.at(-1);
    if (last && last.paragraph === p.paragraph && last.kind === p.kind) last.passages.push(p);
    else out.push({ kind: p.kind, paragraph: p.paragraph, passages: [p] });
  }
  return out;
}

/** A page of a long list: items [from, to) of `total`, page `index` of `count`. */
export type Page = { index: number; count: number; from: number; to: number; total: number };

export function pageOf(total: number, size: number, index: number): Page {
  const count = Math.max(1, Math.ceil(total / size));
  const i = Math.min(Math.max(0, index), count - 1);
  return { index: i, count, from: i * size, to: Math.min(total, (i + 1) * size), total };
}
