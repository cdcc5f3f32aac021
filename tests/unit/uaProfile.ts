/** The Ukraine profile's region lists, read from its data (what tests used to import as constants). */
import { readConflictJson, readProfile } from '../../src/cli/conflicts.ts';
import { regionIdsOf } from '../../src/lib/conflict/loadProfile.ts';

export const UA = readProfile('ua');
export const FOCUS_REGIONS: readonly string[] = UA.regions.focus;
export const CONTEXT_REGIONS: readonly string[] = UA.regions.context;
export const STORY_REGIONS: readonly string[] = [...FOCUS_REGIONS, ...CONTEXT_REGIONS];
export const UKRAINE_REGIONS: readonly string[] = regionIdsOf(readConflictJson('ua', 'src/names.json'));
