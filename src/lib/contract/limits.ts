/**
 * The largest inputs Claimline handles, in one place. They sit far above any
 * real article (a long feature is 50 KB of text, a few hundred passages), and
 * every part agrees on them: what the CLI and the author page produce, the app
 * and the embed open. Past a limit the reader gets one sentence naming it.
 */
export const LIMITS = {
  /** Article text the linker takes (CLI: UTF-8 bytes; author page: characters). */
  articleBytes: 5 * 1024 * 1024,
  /** A story JSON document, in bytes as fetched (a 5 MB article links to about 15 MB). */
  storyBytes: 24 * 1024 * 1024,
  /** Passages in one story. */
  passages: 60_000,
  /** Mentions in one story. */
  mentions: 60_000,
  /** Characters of the article's title, source and standfirst. */
  titleChars: 1_000,
  sourceChars: 300,
  standfirstChars: 5_000,
  /** A control layer GeoJSON document, in bytes as fetched. */
  controlBytes: 8 * 1024 * 1024,
  /** Features and vertices (positions) in one control layer. */
  controlFeatures: 2_000,
  controlVertices: 100_000,
  /** How long a story or control layer may take to arrive, in milliseconds. */
  fetchTimeoutMs: 15_000,
} as const;

/** "24 MB", "100,000": limits as readers see them. */
export function formatLimit(n: number, unit: 'bytes' | 'count'): string {
  if (unit === 'bytes') return `${Math.round(n / 1024 / 1024)} MB`;
  return n.toLocaleString('en-US');
}

/** Why a story is past the limits the map can show (a sentence for the editor), or null. */
export function storyLimitProblem(story: { passages: readonly unknown[]; mentions: readonly unknown[] }): string | null {
  if (story.passages.length > LIMITS.passages) {
    return `The article splits into ${formatLimit(story.passages.length, 'count')} passages, over the ${formatLimit(LIMITS.passages, 'count')} a map can show; split it into several articles.`;
  }
  if (story.mentions.length > LIMITS.mentions) {
    return `The article has ${formatLimit(story.mentions.length, 'count')} region mentions, over the ${formatLimit(LIMITS.mentions, 'count')} a map can show; split it into several articles.`;
  }
  return null;
}
