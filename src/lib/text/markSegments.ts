import type { Mention, Passage } from '../contract/story.ts';

/** A run of a passage's text: plain, or the words of one or more mentions. */
export type Segment = { text: string; start: number; regions: string[]; via: Mention['via'] | null };

/**
 * Cuts a passage into runs so that every mention's [start, end) is its own run.
 * `mentions` are the passage's own (see `indexStory`); offsets are the story's
 * (into the original article). Overlapping mentions (e.g. "Donbas" → UA-14 and
 * UA-09) share a run and list both regions. When `only` is given, only that
 * region's mentions are marked.
 *
 * One sweep over the mentions' ends: time O(k log k) for k mentions, whatever
 * their overlaps, so a passage with thousands of mentions stays fast.
 */
export function markSegments(passage: Passage, mentions: readonly Mention[], only?: string): Segment[] {
  type Edge = { at: number; m: Mention; open: boolean };
  const edges: Edge[] = [];
  for (const m of mentions) {
    if (m.passage !== passage.id || m.start < passage.start || m.end > passage.end || m.end <= m.start) continue;
    if (only && m.region !== only) continue;
    edges.push({ at: m.start, m, open: true }, { at: m.end, m, open: false });
  }
  // At one offset, closings come first: a run ending there does not include what opens there.
  edges.sort((a, b) => a.at - b.at || Number(a.open) - Number(b.open));

  // Open mentions, counted by region (in first-opened order) and by kind.
  const open = new Map<string, number>();
  const vias = new Map<Mention['via'], number>();
  const bump = <K>(map: Map<K, number>, k: K, d: number) => {
    const n = (map.get(k) ?? 0) + d;
    if (n === 0) map.delete(k);
    else map.set(k, n);
  };
  const out: Segment[] = [];
  const emit = (a: number, b: number) => {
    if (b <= a) return;
    const regions = [...open.keys()];
    const via = regions.length === 0 ? null : vias.has('place') ? 'place' : vias.has('name') ? 'name' : 'collective';
    out.push({ text: passage.text.slice(a - passage.start, b - passage.start), start: a, regions, via });
  };
  let pos = passage.start;
  for (const e of edges) {
    emit(pos, e.at);
    pos = Math.max(pos, e.at);
    bump(open, e.m.region, e.open ? 1 : -1);
    bump(vias, e.m.via, e.open ? 1 : -1);
  }
  emit(pos, passage.end);
  return out;
}
