/**
 * The story: what the linker makes from an article and what the app reads.
 * This file is the source of truth for its shape; `storySchema.ts` validates it.
 * All offsets are JavaScript string offsets (UTF-16 code units, end exclusive)
 * into the article text exactly as decoded: `text === input.slice(start, end)`.
 */
import type { StoryRegionId } from '../geo/regionIds.ts';
import type { SpeakerParty } from './speakerParty.ts';

export type { SpeakerParty };

export type PassageKind = 'title' | 'standfirst' | 'heading' | 'sentence';


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

/**
 * Where a settlement is: its GeoNames point (WGS84 degrees, rounded to 0.001°,
 * about 100 m) and its GeoNames id when the gazetteer knows it.
 */
export type PlacePoint = {
  lat: number;
  lon: number;
  /** GeoNames id (geonames.org/<id>), when the build identified the record. */
  geonameId?: number;
  /** Its Ukrainian name ("Покровськ"), when GeoNames' alternate names have it: the map's label in Ukrainian. */
  uk?: string;
};

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
  /**
   * For `via: "place"`: the settlement's point, written by the linker when the
   * gazetteer has exactly one place of that name in `region`. Absent in older
   * stories, for ambiguous names and where several places share the name: such
   * places are linked to their region but not drawn on the map.
   */
  point?: PlacePoint;
  /** A manual edit from the authoring tool, if any. */
  edited?: 'added' | 'changed';
  /**
   * The name is shared by places in several oblasts and nothing in its passage
   * said which (no "in the Donetsk region", no oblast named nearby): `region`
   * is the linker's best guess (an oblast the article discusses), for an author
   * to confirm.
   */
  ambiguous?: boolean;
  /** For an ambiguous or re-resolved name: the other oblasts (ISO 3166-2) it could mean. */
  alternatives?: string[];
};

/**
 * Where the article was filed: "KYIV, Nov 27 (Reuters) –". A dateline is not
 * content, so the linker makes no mention of it; it is kept here instead.
 */
export type Dateline = {
  start: number;
  end: number;
  text: string;
  /** The place as the dateline names it, in its English gazetteer name when known ("Henichesk"). */
  place?: string;
  /** Its story region, when it is in one. */
  region?: StoryRegionId;
};

export type ArticleMeta = {
  title: string;
  /** ISO date (YYYY-MM-DD) or null when the text gives none. */
  date: string | null;
  /** The outlet, e.g. "Clash Report". */
  source: string | null;
  standfirst?: string | null;
  url?: string | null;
  /** The byline's author ("By Jane Doe", "© Ivan Petrov"), never the outlet. */
  author?: string | null;
  /** Where the article was filed; never a mention (see `Dateline`). */
  dateline?: Dateline | null;
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
  /** The conflict profile the story belongs to (`geodata/conflicts/<id>/`); absent: "ua". */
  conflict?: string;
  article: ArticleMeta;
  passages: Passage[];
  mentions: Mention[];
  /** Which linker made it. */
  generator?: string;
  edits?: StoryEdit[];
};
