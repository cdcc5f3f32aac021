import type { Mention, Passage } from '../contract/story.ts';

/** A run of a passage's text: plain, or the words of one or more mentions. */
export type Segment = { text: string; start: number; regions: string[]; via: Mention['via'] | null };

/**
 * Cuts a passage into runs so that every mention's [start, end) is its own run.
 * Offsets are the story's (into the original article); overlapping mentions
 * (e.g. "Donbas" → UA-14 and UA-09) share a run and list both regions.
 * When `only` is given, only that region's mentions are marked.
 */
export function markSegments(passage: Passage, mentions: readonly Mention[], only?: string): Segment[] {
  const mine = mentions.filter(
    (m) => m.passage === passage.id && m.start >= passage.start && m.end <= passage.end && (!only || m.region === only),
  );
  const cuts = new Set<number>([passage.start, passage.end]);
  for (const m of mine) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    if (a === b) continue;
    const covering = mine.filter((m) => m.start <= a && m.end >= b);
    const regions = [...new Set(covering.map((m) => m.region))];
    const via = covering.some((m) => m.via !== 'collective') ? (covering.find((m) => m.via !== 'collective')!.via) : covering[0]?.via ?? null;
    out.push({ text: passage.text.slice(a - passage.start, b - passage.start), start: a, regions, via });
  }
  return out;
}
