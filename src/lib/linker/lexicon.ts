/**
 * The hand-kept vocabulary of the linker: names of the story regions in the
 * spellings articles use, phrases that name the claimed regions as a group,
 * and names that look like a region but are not one (rivers).
 * Places (settlements) come from the gazetteer, not from here.
 */
import type { StoryRegionId } from '../geo/regionIds.ts';
import { DEFAULT_PROFILE } from '../conflict/bundled.ts';

const FOCUS_REGIONS = DEFAULT_PROFILE.regions.focus;
import type { MentionVia } from '../contract/story.ts';

export type LexiconEntry = {
  phrase: string;
  /** Empty: a known name that links to nothing (it only stops a shorter match). */
  regions: readonly StoryRegionId[];
  via: MentionVia;
  /** `capital`: first letter must be upper-case (names); `exact`: acronyms; `any`: phrases. */
  casing: 'capital' | 'exact' | 'any';
  /** "new regions" means the four oblasts only in the Kremlin's usage. */
  kremlinOnly?: boolean;
  /** "these four regions": a group mention only once the article has named the group before. */
  anaphoric?: boolean;
};

type RegionNames = {
  /** Names that take "region", "oblast", "People's Republic"… after them. */
  bases: string[];
  /** Names used as they are. */
  plain?: string[];
  acronyms?: string[];
  /** Whether "<base> People's Republic" is a name of it. */
  republic?: boolean;
};

const NAMES: Record<StoryRegionId, RegionNames> = {
  'UA-14': {
    bases: ['Donetsk', 'Donetska', 'Донецьк', 'Донецк'],
    plain: ['Donechchyna', 'Donetchina', 'Донеччина', 'Донетчина', 'Donetsk Republic'],
    acronyms: ['DPR', 'DNR', 'ДНР'],
    republic: true,
  },
  'UA-09': {
    bases: ['Luhansk', 'Lugansk', 'Luhanska', 'Луганськ', 'Луганск'],
    plain: ['Luhanshchyna', 'Луганщина', 'Luhansk Republic'],
    acronyms: ['LPR', 'LNR', 'ЛНР'],
    republic: true,
  },
  'UA-65': {
    bases: ['Kherson', 'Khersonska', 'Херсон', 'Херсонськ', 'Херсонск'],
    plain: ['Khersonshchyna', 'Херсонщина'],
  },
  'UA-23': {
    bases: ['Zaporizhzhia', 'Zaporizhia', 'Zaporozhye', 'Zaporozhia', 'Zaporizka', 'Запоріжжя', 'Запорожье', 'Запорізьк', 'Запорожск'],
    plain: [
      'Zaporizhzhia nuclear plant', 'Zaporizhzhia nuclear power plant', 'Zaporizhzhia Nuclear Power Station',
      'Zaporizhzhia NPP', 'Zaporozhye nuclear plant', 'Zaporozhye nuclear power plant', 'Zaporozhye NPP',
      'Запорізька АЕС', 'Запорожская АЭС',
    ],
    acronyms: ['ZNPP', 'ЗАЭС', 'ЗАЕС'],
  },
  'UA-43': {
    bases: ['Crimea', 'Crimean', 'Krym', 'Крим', 'Крым', 'Кримськ', 'Крымск'],
    plain: [
      'Crimean Peninsula', 'Republic of Crimea', 'Autonomous Republic of Crimea', 'Crimean Bridge', 'Kerch Bridge',
      'Кримський півострів', 'Крымский полуостров', 'Кримськ півостров', 'Крымск полуостров', 'Республика Крым', 'Автономна Республіка Крим',
    ],
  },
  'UA-40': {
    bases: ['Sevastopol', 'Sebastopol', 'Севастополь'],
  },
};

/** Both Donetsk and Luhansk oblasts. */
const DONBAS = ['Donbas', 'Donbass', 'Donbas region', 'Donbass region', 'Donets Basin', 'Donetsk Basin', 'Донбас', 'Донбасс'];

const AREA_WORDS = [
  'region', 'regions', 'oblast', 'oblasts', 'province', 'provinces', 'area', 'city', 'Oblast', 'Region', 'Province',
  'district', 'район', 'область', 'області', 'обл', 'регіон', 'регион', 'край',
];

/** Rivers and basins whose names contain a region name. */
const NOT_REGIONS = [
  'Dnipro River', 'Dnieper', 'Dnieper River', 'Dnepr River', 'Siverskyi Donets', 'Seversky Donets', 'Donets River',
  'Сіверський Донець', 'Северский Донец', 'Дніпро', 'Днепр',
];

// Bare "held", "captured", "seized" are verbs too ("they captured territory near Kupiansk"): only with "Russian-".
const OCCUPIED = ['occupied', 'annexed', 'Russian-held', 'Russian-controlled', 'Russian-seized', 'Russian-captured', 'illegally annexed', 'temporarily occupied', 'partially occupied'];
const AREAS = ['territories', 'territory', 'regions', 'areas', 'lands', 'oblasts', 'provinces', 'parts'];

function collectivePhrases(): LexiconEntry[] {
  const out: LexiconEntry[] = [];
  const add = (phrase: string, kremlinOnly = false) =>
    out.push({ phrase, regions: FOCUS_REGIONS, via: 'collective', casing: 'any', ...(kremlinOnly ? { kremlinOnly } : {}) });
  for (const a of OCCUPIED) for (const n of AREAS) add(`${a} ${n}`);
  for (const q of ['', 'Ukrainian ', 'annexed ', 'occupied ', 'partially occupied ', 'new '])
    for (const n of ['regions', 'oblasts', 'provinces', 'territories']) add(`four ${q}${n}`);
  for (const n of ['regions', 'territories']) {
    add(`new ${n}`, true);
    add(`newly annexed ${n}`);
  }
  for (const p of [
    'окуповані території', 'окупованих територій', 'тимчасово окуповані території', 'окупованих регіонів',
    'оккупированные территории', 'оккупированных территорий', 'аннексированные регионы',
    'анексовані регіони', 'чотири області', 'четыре области', 'четырех областей', 'чотирьох областей',
  ])
    add(p);
  for (const p of ['новые регионы', 'новых регионов', 'новые территории', 'нові регіони']) add(p, true);
  // Phrases that point back at a group named earlier: linked only after it (see `applyContext`).
  const anaphor = (phrase: string) => out.push({ phrase, regions: FOCUS_REGIONS, via: 'collective', casing: 'any', anaphoric: true });
  for (const d of ['these', 'those']) for (const n of ['regions', 'oblasts', 'provinces', 'territories']) anaphor(`${d} four ${n}`);
  for (const n of ['territories', 'regions', 'areas']) {
    anaphor(`marked ${n}`);
    for (const who of ['it', 'Russia', 'Moscow'])
      for (const v of ['occupies', 'holds', 'controls', 'claims', 'has occupied', 'has seized', 'has annexed', 'annexed', 'seized'])
        anaphor(`${n} ${who} ${v}`);
  }
  for (const p of [
    'ці чотири області', 'ці чотири регіони', 'цих чотирьох областей', 'цих чотирьох регіонів', 'займаних територій',
    'займані території', 'зазначені території', 'зазначених територій', 'позначені території', 'позначених територій',
    'эти четыре региона', 'эти четыре области', 'этих четырех регионов', 'этих четырёх регионов', 'этих четырех областей',
    'этих четырёх областей', 'занимаемых территорий', 'занимаемые территории', 'указанных территорий', 'указанные территории',
    'обозначенных территорий', 'обозначенные территории',
  ])
    anaphor(p);
  return out;
}

function regionNames(): LexiconEntry[] {
  const out: LexiconEntry[] = [];
  for (const [id, n] of Object.entries(NAMES) as Array<[StoryRegionId, RegionNames]>) {
    const name = (phrase: string, casing: LexiconEntry['casing'] = 'capital') =>
      out.push({ phrase, regions: [id], via: 'name', casing });
    for (const b of n.bases) {
      name(b);
      for (const w of AREA_WORDS) name(`${b} ${w}`);
      if (n.republic) {
        for (const r of ["People's Republic", "People’s Republic", 'Peoples Republic', 'народна республіка', 'народная республика'])
          name(`${b} ${r}`);
      }
    }
    for (const p of n.plain ?? []) name(p);
    for (const a of n.acronyms ?? []) name(a, 'exact');
  }
  for (const d of DONBAS) out.push({ phrase: d, regions: ['UA-14', 'UA-09'], via: 'name', casing: 'capital' });
  for (const p of NOT_REGIONS) out.push({ phrase: p, regions: [], via: 'name', casing: 'capital' });
  return out;
}

/** Every lexicon entry: region names, Donbas, rivers, collective phrases. */
export const LEXICON: readonly LexiconEntry[] = [...regionNames(), ...collectivePhrases()];
