/**
 * The conflict the authoring page works on (the profile picker's choice): the
 * region geometry it draws, and the names of the regions a mention may point
 * at. The bundled profile at first; another is loaded when picked.
 */
import type { FeatureCollection } from 'geojson';
import type { Lang } from '../lib/i18n/lang.ts';
import { DEFAULT_CONFLICT_DATA, loadConflict, showConflict, type ConflictData } from '../lib/data/conflicts.ts';

const current = $state({ data: DEFAULT_CONFLICT_DATA as ConflictData });

/** The conflict in use (reactive: components and derived values follow a change of profile). */
export function conflict(): ConflictData {
  return current.data;
}

/** Switches the page to another profile: its regions, claims, words; the linker follows with its id. */
export async function useConflict(id: string): Promise<ConflictData> {
  const data = await loadConflict(id);
  showConflict(data);
  current.data = data;
  return data;
}

export function regions() {
  return current.data.regions;
}

export function control(): FeatureCollection {
  return current.data.control.layer;
}

export function isStoryRegion(id: string): boolean {
  return current.data.regions.story.includes(id);
}

export function regionName(id: string, lang: Lang = 'en'): string {
  const p = current.data.regions.byId.get(id)?.properties;
  if (!p) return id;
  return lang === 'uk' ? p.name_uk : p.name;
}

/** The regions a mention may be linked to, with their names in `lang`, in the canonical order. */
export function linkable(lang: Lang = 'en'): { id: string; name: string }[] {
  return current.data.regions.story.map((id) => ({ id, name: regionName(id, lang) }));
}
