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
  // region → passage id → whether any mention there is direct
  const about = new Map<string, Map<string, boolean>>();
  for (const m of story.mentions) {
    let list = byPassage.get(m.passage);
    if (!list) byPassage.set(m.passage, (list = []));
    list.push(m);
    counts.set(m.region, (counts.get(m.region) ?? 0) + 1);
    let ps = about.get(m.region);
    if (!ps) about.set(m.region, (ps = new Map()));
    ps.set(m.passage, (ps.get(m.passage) ?? false) || m.via !== 'collective');
  }
  const byRegion = new Map<string, { direct: Passage[]; collective: Passage[] }>();
  for (const [region] of about) byRegion.set(region, { direct: [], collective: [] });
  for (const p of story.passages) {
    if (!byPassage.has(p.id)) continue;
    for (const [region, ps] of about) {
      const direct = ps.get(p.id);
      if (direct === undefined) continue;
      byRegion.get(region)![direct ? 'direct' : 'collective'].push(p);
    }
  }
  return { byPassage, byRegion, counts };
}

/** The mentions of one passage (none when it has none). */
export function mentionsOf(index: StoryIndex, passageId: string): readonly Mention[] {
  return index.byPassage.get(passageId) ?? NONE;
}
