/**
 * The map's text labels (the rule StoryMap.svelte applies): the quiet base
 * labels for seas and neighbours, except the profile's own country, then every
 * story region's name at its pole of inaccessibility, except those the profile
 * lists as `unlabelled` (too small).
 */
import type { Lang } from '../i18n/strings.ts';
import type { DecodedRegions } from './decodeRegions.ts';

export type MapLabelKind = 'region' | 'country' | 'sea';
export type MapLabel = { id: string; text: string; at: [number, number]; kind: MapLabelKind };

/** A profile's src/baseLabels.json */
export type BaseLabels = { labels: { id: string; kind: string; en: string; uk: string; at: number[] }[] };

export function mapLabels(regions: DecodedRegions, base: BaseLabels, lang: Lang): MapLabel[] {
  return [
    ...base.labels
      .filter((l) => l.kind !== 'country' || l.id !== regions.country)
      .map((l) => ({ id: l.id, text: l[lang], at: [l.at[0]!, l.at[1]!] as [number, number], kind: l.kind as MapLabelKind })),
    ...regions.regions
      .filter((f) => f.properties.role !== 'base' && !regions.unlabelled.includes(f.properties.id))
      .map((f) => ({ id: f.properties.id, text: lang === 'uk' ? f.properties.name_uk : f.properties.name, at: f.properties.label, kind: 'region' as const })),
  ];
}
