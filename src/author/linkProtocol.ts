/** Messages between the authoring page and its linking worker. */
export type LinkPhase = 'places' | 'matcher' | 'linking' | 'sending';

export const PHASES: readonly LinkPhase[] = ['places', 'matcher', 'linking', 'sending'];

/** `conflict`: the profile to link with (default ua). */
export type LinkRequest = { id: number; text: string; conflict?: string };

export type LinkReply =
  | { id: number; type: 'progress'; phase: LinkPhase }
  /**
   * The story as JSON text, in parts: strings cross threads far faster than a
   * deep object graph, and the page parses one part per task, so a 5 MB
   * article's story never holds the page for long. `head` is the story
   * without its passages and mentions; each part is a JSON array of them.
   */
  | { id: number; type: 'done'; head: string; passages: string[]; mentions: string[]; ms: number }
  | { id: number; type: 'error'; message: string };

/** Largest article the page links (characters); the CLI's limit is 5 MB of UTF-8. */
export const MAX_CHARS = 6_000_000;
