import type { RegionId } from '../geo/regionIds.ts';
import type { Lang } from '../i18n/strings.ts';
import { tp as t } from '../i18n/positionStrings.ts';
import { formatControlDate, formatPercent } from './formatShare.ts';
import type { BuiltPosition, BuiltPositions, Place, RegionFigure } from './positionsSchema.ts';

/**
 * Text for positions, from the built figures only (no geometry): the panel
 * sentence for one region and the comparison table for the focus regions.
 * Pure; the numbers were measured at build time (geodata/buildPositions.ts).
 */

/** "5,549.09" → "5,500": rounded as "about" reads (nearest 1,000 from 10,000, 100 from 1,000, 10 from 100). */
export function formatAboutKm2(km2: number, lang: Lang): string {
  if (!Number.isFinite(km2) || km2 < 0) throw new Error(`area out of range: ${km2}`);
  if (km2 > 0 && km2 < 1) return '< 1';
  const step = km2 >= 10_000 ? 1000 : km2 >= 1000 ? 100 : km2 >= 100 ? 10 : 1;
  return new Intl.NumberFormat(lang === 'uk' ? 'uk' : 'en').format(Math.round(km2 / step) * step);
}

/** The position with this id, or null (an unknown `?position=` shows a notice and the default view). */
export function findPosition(built: BuiltPositions, id: string | null | undefined): BuiltPosition | null {
  return (id && built.positions.find((p) => p.id === id)) || null;
}

/**
 * Reads `?position=`: the chosen position; none when the parameter is absent,
 * empty or "none" (the default view: claims and control only); none with
 * `unknown` set when the id is not a position (the UI shows a notice).
 */
export function resolvePosition(built: BuiltPositions, param: string | null | undefined): { position: BuiltPosition | null; unknown: string | null } {
  if (!param || param === 'none') return { position: null, unknown: null };
  const found = findPosition(built, param);
  return found ? { position: found, unknown: null } : { position: null, unknown: param };
}

/** "Donetsk oblast" / "Донецька область"; Crimea and the cities by name. */
export function regionPhrase(built: BuiltPositions, region: RegionId, lang: Lang): string {
  const n = built.regionNames[region];
  if (!n) throw new Error(`unknown region id: ${region}`);
  if (lang === 'uk') return n.uk;
  return n.type === 'oblast' ? `${n.en} oblast` : n.en;
}

function placesText(places: readonly Place[], lang: Lang, max: number): string {
  const names = places.slice(0, max).map((p) => p.name[lang]);
  if (names.length === 0) return '';
  return t(lang, 'posIncluding', { places: new Intl.ListFormat(lang === 'uk' ? 'uk' : 'en', { type: 'conjunction' }).format(names) });
}

const EMPTY: RegionFigure = {
  ukraineGivesKm2: 0,
  ukraineGivesShare: 0,
  russiaGivesKm2: 0,
  russiaGivesShare: 0,
  ukraineGivesPlaces: [],
  russiaGivesPlaces: [],
  zones: [],
};

/** The figures of one position in one region (zeros where nothing would change). */
export function regionFigure(position: BuiltPosition, region: RegionId): RegionFigure {
  return position.regions[region] ?? EMPTY;
}

export type PositionSentence = {
  position: string;
  region: RegionId;
  /** Who gives up land in this region under the position. */
  direction: 'ukraine-gives' | 'russia-gives' | 'both' | 'none';
  text: string;
};

/**
 * The panel sentence: "Under Russia's demand of 27 Nov 2025, Ukraine would
 * withdraw from about 5,500 km² of Donetsk oblast (21 %), including Kramatorsk
 * and Sloviansk." Names at most `places` places (default 2); zones follow.
 */
export function positionSentence(built: BuiltPositions, positionId: string, region: RegionId, lang: Lang = 'en', places = 2): PositionSentence {
  const position = findPosition(built, positionId);
  if (!position) throw new Error(`unknown position id: ${positionId}`);
  const f = regionFigure(position, region);
  const vars = { position: position.label[lang], date: formatControlDate(position.date, lang), region: regionPhrase(built, region, lang) };
  const uk = f.ukraineGivesKm2 > 0;
  const ru = f.russiaGivesKm2 > 0;
  const parts: string[] = [];
  if (uk)
    parts.push(t(lang, 'posSovereignGives', { ...vars, km2: formatAboutKm2(f.ukraineGivesKm2, lang), pct: formatPercent(f.ukraineGivesShare), including: placesText(f.ukraineGivesPlaces, lang, places) }));
  if (ru) {
    const r = { km2: formatAboutKm2(f.russiaGivesKm2, lang), pct: formatPercent(f.russiaGivesShare), including: placesText(f.russiaGivesPlaces, lang, places) };
    parts.push(uk ? t(lang, 'posClaimantAlso', r) : t(lang, 'posClaimantGives', { ...vars, ...r }));
  }
  if (!uk && !ru) parts.push(t(lang, 'posNoChange', { ...vars, line: formatControlDate(built.controlDate, lang) }));
  for (const z of f.zones) {
    const zone = position.zones.find((x) => x.id === z.id);
    if (zone && z.km2 > 0) parts.push(t(lang, 'posZone', { zone: zone.name[lang], km2: formatAboutKm2(z.km2, lang) }));
  }
  return { position: position.id, region, direction: uk && ru ? 'both' : uk ? 'ukraine-gives' : ru ? 'russia-gives' : 'none', text: parts.join(' ') };
}

export type PositionCell = {
  region: RegionId;
  text: string;
  ukraineGivesKm2: number;
  ukraineGivesShare: number;
  russiaGivesKm2: number;
  russiaGivesShare: number;
};

export type PositionRow = {
  position: string;
  /** Row header: "Russia's demand, 27 Nov 2025". */
  label: string;
  party: string;
  kind: string;
  date: string;
  cells: PositionCell[];
};

export type PositionTable = {
  caption: string;
  /** Header of the first column, then one per region. */
  corner: string;
  columns: { region: RegionId; label: string }[];
  rows: PositionRow[];
};

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

function cellText(f: RegionFigure, lang: Lang): string {
  const out: string[] = [];
  if (f.ukraineGivesKm2 > 0) out.push(t(lang, 'posCellSovereign', { km2: formatAboutKm2(f.ukraineGivesKm2, lang), pct: formatPercent(f.ukraineGivesShare) }));
  if (f.russiaGivesKm2 > 0) out.push(t(lang, 'posCellClaimant', { km2: formatAboutKm2(f.russiaGivesKm2, lang), pct: formatPercent(f.russiaGivesShare) }));
  return out.length ? out.join('; ') : t(lang, 'posCellNone');
}

/** The comparison table: one row per position (in file order), one column per region. */
export function positionTable(built: BuiltPositions, regions: readonly RegionId[], lang: Lang = 'en'): PositionTable {
  return {
    caption: t(lang, 'posTableCaption', { date: formatControlDate(built.controlDate, lang) }),
    corner: t(lang, 'posTablePosition'),
    columns: regions.map((region) => ({ region, label: built.regionNames[region]?.[lang] ?? region })),
    rows: built.positions.map((p) => {
      const date = formatControlDate(p.date, lang);
      return {
        position: p.id,
        label: `${capitalise(p.label[lang])}, ${date}`,
        party: p.partyName[lang],
        kind: t(lang, `posKind_${p.kind}`),
        date,
        cells: regions.map((region) => {
          const f = regionFigure(p, region);
          return {
            region,
            text: cellText(f, lang),
            ukraineGivesKm2: f.ukraineGivesKm2,
            ukraineGivesShare: f.ukraineGivesShare,
            russiaGivesKm2: f.russiaGivesKm2,
            russiaGivesShare: f.russiaGivesShare,
          };
        }),
      };
    }),
  };
}
