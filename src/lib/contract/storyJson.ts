import type { Story } from './story.ts';
import { storyLimitProblem } from './limits.ts';

/** Stories up to this many passages are written indented, for review; larger ones compact. */
const INDENT_UP_TO = 5_000;

/**
 * A story as the JSON text the CLI and the author page write: indented when
 * article-sized, compact when huge, so that what they write always fits the
 * limits the app opens. Throws with a sentence for the editor when the story
 * is past the limits.
 */
export function storyToJson(story: Story): string {
  const tooBig = storyLimitProblem(story);
  if (tooBig) throw new Error(tooBig);
  return JSON.stringify(story, null, story.passages.length <= INDENT_UP_TO ? 2 : undefined) + '\n';
}
