/** ISO 3166-2 codes of the regions a Claimline story is about. */
export const FOCUS_REGIONS = ['UA-14', 'UA-09', 'UA-65', 'UA-23'] as const;
/** Occupied and claimed since 2014: shown as context. */
export const CONTEXT_REGIONS = ['UA-43', 'UA-40'] as const;
export const STORY_REGIONS = [...FOCUS_REGIONS, ...CONTEXT_REGIONS] as const;

export type FocusRegionId = (typeof FOCUS_REGIONS)[number];
export type StoryRegionId = (typeof STORY_REGIONS)[number];

/** Every first-level unit of Ukraine, as in geodata/conflicts/ua/regions.topo.json. */
export const UKRAINE_REGIONS = [
  'UA-05', 'UA-07', 'UA-09', 'UA-12', 'UA-14', 'UA-18', 'UA-21', 'UA-23', 'UA-26',
  'UA-30', 'UA-32', 'UA-35', 'UA-40', 'UA-43', 'UA-46', 'UA-48', 'UA-51', 'UA-53',
  'UA-56', 'UA-59', 'UA-61', 'UA-63', 'UA-65', 'UA-68', 'UA-71', 'UA-74', 'UA-77',
] as const;
export type RegionId = (typeof UKRAINE_REGIONS)[number];

export function isStoryRegion(id: string): id is StoryRegionId {
  return (STORY_REGIONS as readonly string[]).includes(id);
}

export function isRegionId(id: string): id is RegionId {
  return (UKRAINE_REGIONS as readonly string[]).includes(id);
}
