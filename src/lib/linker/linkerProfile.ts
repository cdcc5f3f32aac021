/**
 * What the linker knows about one conflict, from its profile folder: the
 * region-name vocabulary (`src/lexicon.json`), the speaker list
 * (`src/speakers.json`) and the profile's regions and parties. Compiled once
 * per profile (regular expressions and the lexicon's entries); the linker's
 * code names no conflict.
 */
import { z } from '../zod.ts';
import { formatIssues } from '../claims/sourceRef.ts';
import type { Profile } from '../conflict/profileSchema.ts';
import { buildLexicon, type LexiconEntry } from './lexicon.ts';
import { compileCues, type Cues } from './speakers.ts';
import { claimPatterns, type ClaimPatterns } from './topics.ts';

const Strings = z.array(z.string().min(1));
const RegionCode = z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/);

export const LexiconFileSchema = z.strictObject({
  _about: z.string().optional(),
  regions: z.record(
    RegionCode,
    z.strictObject({ bases: Strings, plain: Strings.optional(), acronyms: Strings.optional(), republic: z.boolean().optional() }),
  ),
  otherRegions: z
    .record(RegionCode, z.strictObject({ bases: Strings, plain: Strings.optional() }))
    .optional(),
  areaWords: Strings,
  republicWords: Strings,
  groups: z.array(z.strictObject({ phrases: Strings, regions: z.array(RegionCode).min(2) })),
  notRegions: Strings,
  collective: z.array(z.union([z.string().min(1), z.strictObject({ phrase: z.string().min(1), kremlinOnly: z.literal(true) })])),
  anaphora: Strings,
  notNarrowing: z.string().min(1),
  claimantFrame: z.string().min(1),
  claimTopic: Strings.optional(),
  claimTopicCyr: Strings.optional(),
});

export const SpeakersFileSchema = z.strictObject({
  _about: z.string().optional(),
  cues: z.array(z.strictObject({ latin: z.string().min(1), cyr: z.string().min(1).optional(), party: z.string().regex(/^[a-z][a-z-]{1,30}$/) })).min(1),
});

export type LexiconFile = z.infer<typeof LexiconFileSchema>;
export type SpeakersFile = z.infer<typeof SpeakersFileSchema>;

export type LinkerProfile = {
  id: string;
  /** The focus regions: what a group phrase links. */
  focus: readonly string[];
  /** Focus and context: the regions a mention may link. */
  story: ReadonlySet<string>;
  /** The claimant's party key: "new regions" counts in its voice. */
  claimant: string;
  lexicon: readonly LexiconEntry[];
  cues: Cues;
  /** Words after "of"/"in" that keep a group phrase whole ("of Ukraine"). */
  notNarrowing: RegExp;
  /** The claimant's framing just before a kremlinOnly phrase ("Russia's new regions"). */
  claimantFrame: RegExp;
  /** The claim topic's patterns, with the profile's claim words that name a party. */
  claim: ClaimPatterns;
};

function parsed<T>(r: { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } }, file: string): T {
  if (!r.success) throw new Error(formatIssues(file, r.error.issues).join('\n'));
  return r.data;
}

/** Compiles a profile's linker files; an id the profile does not have is an error naming it. */
export function compileLinkerProfile(profile: Profile, lexiconJson: unknown, speakersJson: unknown): LinkerProfile {
  const dir = `geodata/conflicts/${profile.id}/src`;
  const lexicon = parsed(LexiconFileSchema.safeParse(lexiconJson), `${dir}/lexicon.json`);
  const speakers = parsed(SpeakersFileSchema.safeParse(speakersJson), `${dir}/speakers.json`);
  const story = new Set([...profile.regions.focus, ...profile.regions.context]);
  const named = [...Object.keys(lexicon.regions), ...lexicon.groups.flatMap((g) => g.regions)];
  for (const id of named) if (!story.has(id)) throw new Error(`${dir}/lexicon.json: unknown region id: ${id} (conflict ${profile.id})`);
  for (const id of Object.keys(lexicon.otherRegions ?? {}))
    if (story.has(id)) throw new Error(`${dir}/lexicon.json: otherRegions.${id} is a story region (conflict ${profile.id})`);
  return {
    id: profile.id,
    focus: profile.regions.focus,
    story,
    claimant: profile.parties.claimant,
    lexicon: buildLexicon(lexicon, profile.regions.focus),
    cues: compileCues(speakers.cues),
    notNarrowing: new RegExp(lexicon.notNarrowing, 'u'),
    claimantFrame: new RegExp(lexicon.claimantFrame, 'u'),
    claim: claimPatterns(lexicon.claimTopic, lexicon.claimTopicCyr),
  };
}
