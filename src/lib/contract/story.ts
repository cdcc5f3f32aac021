/**
 * The story: what the linker makes from an article and what the app reads.
 * This file is the source of truth for its shape; `storySchema.ts` validates it.
 * All offsets are JavaScript string offsets (UTF-16 code units, end exclusive)
 * into the article text exactly as decoded: `text === input.slice(start, end)`.
 */
import type { StoryRegionId } from '../geo/regionIds.ts';

export type PassageKind = 'title' | 'standfirst' | 'heading' | 'sentence';

/** Which side a passage speaks for, so the UI can show it beside each quote. */
export type SpeakerParty = 'russia' | 'ukraine' | 'analysts' | 'united-states' | 'outlet';

export type Speaker = {
  party: SpeakerParty;
  /** Who, as the article names them: "Vladimir Putin", "the Kremlin", "Clash Report". */
  name: string;
};

/** What a passage says about the regions it mentions. */
export type PassageTopic = 'claim' | 'control';

export type Passage = {
  /** Stable id: "title", "standfirst", "h1".., "p3.s2" (paragraph 3, sentence 2). */
  id: string;
  kind: PassageKind;
  start: number;
  end: number;
  text: string;
  /** 0-based paragraph number; sentences of one paragraph share it. Headings, title, standfirst have their own. */
  paragraph: number;
  speaker: Speaker;
  topics: PassageTopic[];
};

export type MentionVia = 'name' | 'place' | 'collective';

export type Mention = {
  region: StoryRegionId;
  start: number;
  end: number;
  text: string;
  via: MentionVia;
  /** Id of the passage that contains [start, end). */
  passage: string;
  /** For `via: "place"`: the settlement's English name from the gazetteer ("Pokrovsk"). */
  place?: string;
  /** A manual edit from the authoring tool, if any. */
  edited?: 'added' | 'changed';
};

export type ArticleMeta = {
  title: string;
  /** ISO date (YYYY-MM-DD) or null when the text gives none. */
  date: string | null;
  /** The outlet, e.g. "Clash Report". */
  source: string | null;
  standfirst?: string | null;
  url?: string | null;
};

/** A manual change made in the authoring tool, kept so reviewers can see it. */
export type StoryEdit =
  | { op: 'reject'; mention: { region: string; start: number; end: number }; at: string }
  | { op: 'add'; mention: { region: string; start: number; end: number }; at: string }
  | { op: 'change'; mention: { region: string; start: number; end: number }; to: string; at: string }
  | { op: 'meta'; field: 'title' | 'date' | 'source'; value: string | null; at: string };

export type Story = {
  /** Format version of this document. */
  version: 1;
  article: ArticleMeta;
  passages: Passage[];
  mentions: Mention[];
  /** Which linker made it. */
  generator?: string;
  edits?: StoryEdit[];
};
