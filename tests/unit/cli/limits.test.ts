import { describe, expect, it } from 'vitest';
import { storyToJson } from '../../../src/lib/contract/storyJson.ts';
import { validateStory } from '../../../src/lib/contract/storySchema.ts';
import { LIMITS } from '../../../src/lib/contract/limits.ts';
import { link } from '../linker/helpers.ts';

describe('what the CLI and the author page write stays inside what the app opens', () => {
  it('writes an article-sized story indented, and it validates', () => {
    const story = link('A Title\n\nFighting near Pokrovsk and in Kherson.\n');
    const text = storyToJson(story);
    expect(text).toContain('\n  "article"');
    expect(validateStory(JSON.parse(text)).ok).toBe(true);
  });

  it('refuses a story past the passage limit with a sentence naming it', () => {
    const story = link('A Title\n\nFighting near Pokrovsk.\n');
    const p = story.passages[1]!;
    story.passages = Array.from({ length: LIMITS.passages + 1 }, (_, i) => ({ ...p, id: `x${i}` }));
    expect(() => storyToJson(story)).toThrow('The article splits into 60,001 passages, over the 60,000 a map can show; split it into several articles.');
  });

  it('writes a large story compact', () => {
    const story = link('A Title\n\nFighting near Pokrovsk.\n');
    const p = story.passages[1]!;
    story.passages = Array.from({ length: 6_000 }, (_, i) => ({ ...p, id: `x${i}` }));
    expect(storyToJson(story)).not.toContain('\n  ');
  });
});
