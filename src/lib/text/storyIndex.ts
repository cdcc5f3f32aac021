import type { Mention, Passage, Story } from '../contract/story.ts';

/**
 * A story's mentions looked up the ways the UI needs them, built once per
 * story in one pass: by passage (to mark a passage's words), and by region
 * (the passages that name it directly, then those that only include it in a
 * group). Rendering then costs time proportional to what is on screen.
 */
export type StoryIndex = {
  /** Each passage's mentions, in the story's order. */
  byPassage: Map<string, Mention[]>;
  /** Each region's passages in article order: `direct` name it or a place in it; `collective` only a group phrase. */
  byRegion: Map<string, { direct: Passage[]; collective: Passage[] }>;
  /** Mentions per region. */
  counts: Map<string, number>;
};

const NONE: readonly Mention[] = [];

export function indexStory(story: Story): StoryIndex {
  const byPassage = new Map<string, Mention[]>();
  const counts = new Map<string, number>();
  for (const m of story.mentions) {
    const list = byPassage.get(m.passage);
    if (list) list.push(m);
    else byPassage.set(m.passage, [m]);
    counts.set(m.region, (counts.get(m.region) ?? 0) + 1);
  }
  const byRegion = new Map<string, { direct: Passage[]; collective: Passage[] }>();
  const add = (region: string, p: Passage, direct: boolean) => {
    let r = byRegion.get(region);
    if (!r) byRegion.set(region, (r = { direct: [], collective: [] }));
    (direct ? r.direct : r.collective).push(p);
  };
  // In article order; each passage looks only at its own mentions.
  for (const p of story.passages) {
    const own = byPassage.get(p.id);
    if (!own) continue;
    if (own.length === 1) {
      add(own[0]!.region, p, own[0]!.via !== 'collective');
      continue;
    }
    const regions = new Map<string, boolean>();
    for (const m of own) regions.set(m.region, (regions.get(m.region) ?? false) || m.via !== 'collective');
    for (const [region, direct] of regions) add(region, p, direct);
  }
  return { byPassage, counts, byRegion };
}

/** The mentions of one passage (none when it has none). */
export function mentionsOf(index: StoryIndex, passageId: string): readonly Mention[] {
  return index.byPassage.get(passageId) ?? NONE;
}
