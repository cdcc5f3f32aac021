/**
 * The map's text labels (the rule StoryMap.svelte applies): the quiet base
 * labels for seas and neighbours, except Ukraine itself, then every story
 * region's name at its pole of inaccessibility, except Sevastopol (too small).
 */
import type { Lang } from '../i18n/strings.ts';
import type { DecodedRegions } from './decodeRegions.ts';

export type MapLabelKind = 'region' | 'country' | 'sea';
export type MapLabel = { id: string; text: string; at: [number, number]; kind: MapLabelKind };

/** geodata/conflicts/ua/src/baseLabels.json */
export type BaseLabels = { labels: { id: string; kind: string; en: string; uk: string; at: number[] }[] };

export function mapLabels(regions: DecodedRegions, base: BaseLabels, lang: Lang): MapLabel[] {
  return [
    ...base.labels
      .filter((l) => l.kind !== 'country' || l.id !== 'UA')
      .map((l) => ({ id: l.id, text: l[lang], at: [l.at[0]!, l.at[1]!] as [number, number], kind: l.kind as MapLabelKind })),
    ...regions.regions
      .filter((f) => f.properties.role !== 'base' && f.properties.id !== 'UA-40')
      .map((f) => ({ id: f.properties.id, text: lang === 'uk' ? f.properties.name_uk : f.properties.name, at: f.properties.label, kind: 'region' as const })),
  ];
}
