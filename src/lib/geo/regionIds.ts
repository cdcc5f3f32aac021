/**
 * Region ids are ISO 3166-2 codes held as plain strings: which ones exist is
 * data (the conflict profile's `regions` and `src/names.json`), checked when a
 * profile, a story or a data file loads (`src/lib/conflict/profileSchema.ts`),
 * never a TypeScript literal union.
 */
/** Any first-level unit of the profile's country, e.g. "UA-14". */
export type RegionId = string;
/** A region a story of the profile may link (its focus and context regions). */
export type StoryRegionId = string;
