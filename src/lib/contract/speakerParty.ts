/**
 * Which side a passage speaks for, so the UI can show it beside each quote: a
 * party key of the story's conflict profile (its `parties` and the parties of
 * its `src/speakers.json`, e.g. "analysts"), or "outlet" for the article itself.
 */
export type SpeakerParty = string;
