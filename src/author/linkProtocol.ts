/** Messages between the authoring page and its linking worker. */
export type LinkPhase = 'places' | 'matcher' | 'linking' | 'sending';

export const PHASES: readonly LinkPhase[] = ['places', 'matcher', 'linking', 'sending'];

export const PHASE_LABEL: Record<LinkPhase, string> = {
  places: 'Loading the place names',
  matcher: 'Preparing the matcher',
  linking: 'Finding passages and region mentions',
  sending: 'Drawing the story',
};

export type LinkRequest = { id: number; text: string };

export type LinkReply =
  | { id: number; type: 'progress'; phase: LinkPhase }
  /** The story as JSON text: one string crosses threads far faster than a deep object graph. */
  | { id: number; type: 'done'; json: string; ms: number }
  | { id: number; type: 'error'; message: string };

/** Largest article the page links (characters); the CLI's limit is 5 MB of UTF-8. */
export const MAX_CHARS = 6_000_000;
