/**
 * Strings for the positions' sentences and comparison table, en and uk. Apart
 * from strings.ts so they load with the positions (src/lib/data/loadPositions.ts
 * and the panel), not with the first view.
 */
import type { Lang } from './strings.ts';
import { conflictVars } from '../conflict/words.ts';

const en = {
  posSovereignGives: 'Under {position} of {date}, {sovereign} would withdraw from about {km2} km² of {region} ({pct} %){including}.',
  posClaimantGives: 'Under {position} of {date}, {claimant} would withdraw from about {km2} km² of {region} ({pct} %){including}.',
  posClaimantAlso: '{claimant} would withdraw from about {km2} km² ({pct} %){including}.',
  posNoChange: 'Under {position} of {date}, nothing in {region} would change hands beyond the line of {line}.',
  posIncluding: ', including {places}',
  posZone: '{zone}: about {km2} km².',
  posTableCaption: 'What would change hands under each position, beyond the approximate control line of {date}',
  posTablePosition: 'Position',
  posCellSovereign: '{sovereign} gives up ≈ {km2} km² ({pct} %)',
  posCellClaimant: '{claimant} gives up ≈ {km2} km² ({pct} %)',
  posCellNone: 'no change',
  posKind_claim: 'claim',
  posKind_demand: 'demand',
  posKind_proposal: 'proposal',
  posKind_refusal: 'refusal',
  posKind_resolution: 'resolution',
  posSources: 'Sources',
  posPanelTitle: 'Positions: what would change hands here',
  posArticleSays: 'Stated in this article',
  posOnMap: 'on the map',
  posShowOnMap: 'Show on the map',
  posTableTitle: 'All positions compared',
  posLoading: 'Loading the positions…',
  posLoadError: 'The positions could not be loaded: {error}',
  posMeasured: 'Measured against the approximate control line of {date}.',
} as const;

export type PositionStringKey = keyof typeof en;

const uk: Record<PositionStringKey, string> = {
  posSovereignGives: '{region}: {position} від {date} передбачає, що {sovereign} залишить близько {km2} км² ({pct} % області){including}.',
  posClaimantGives: '{region}: {position} від {date} передбачає, що {claimant} залишить близько {km2} км² ({pct} % області){including}.',
  posClaimantAlso: '{claimant} залишила б близько {km2} км² ({pct} %){including}.',
  posNoChange: '{region}: {position} від {date} не передбачає змін порівняно з лінією станом на {line}.',
  posIncluding: ', зокрема {places}',
  posZone: '{zone}: близько {km2} км².',
  posTableCaption: 'Що змінило б власника за кожною позицією порівняно з приблизною лінією контролю станом на {date}',
  posTablePosition: 'Позиція',
  posCellSovereign: '{sovereign} віддає ≈ {km2} км² ({pct} %)',
  posCellClaimant: '{claimant} віддає ≈ {km2} км² ({pct} %)',
  posCellNone: 'без змін',
  posKind_claim: 'претензія',
  posKind_demand: 'вимога',
  posKind_proposal: 'пропозиція',
  posKind_refusal: 'відмова',
  posKind_resolution: 'резолюція',
  posSources: 'Джерела',
  posPanelTitle: 'Позиції: що змінило б власника тут',
  posArticleSays: 'Сказано в цій статті',
  posOnMap: 'на мапі',
  posShowOnMap: 'Показати на мапі',
  posTableTitle: 'Усі позиції порівняно',
  posLoading: 'Завантаження позицій…',
  posLoadError: 'Не вдалося завантажити позиції: {error}',
  posMeasured: 'Виміряно щодо приблизної лінії контролю станом на {date}.',
};

const TABLE: Record<Lang, Record<PositionStringKey, string>> = { en, uk };

/** Looks up a positions string and fills its {placeholders}. */
export function tp(lang: Lang, key: PositionStringKey, vars: Record<string, string | number> = {}): string {
  const all: Record<string, string | number> = { ...conflictVars(lang), ...vars };
  return TABLE[lang][key].replace(/\{(\w+)\}/g, (m, k: string) => (k in all ? String(all[k]) : m));
}
