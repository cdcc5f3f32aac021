/**
 * Pure steps of the gazetteer build: GeoNames places in Ukraine → one compact
 * index of names (with generated alternate spellings) per oblast.
 * `buildGazetteer.ts` does the disk I/O and the point-in-polygon lookup.
 */
import { nameKey } from '../src/lib/linker/normalize.ts';
import { GIVEN_NAMES } from '../src/lib/linker/personNames.ts';
import type { GazetteerJson } from '../src/lib/linker/gazetteer.ts';

/**
 * A GeoNames point: WGS84 degrees, its GeoNames id when the build could identify the record, and then its
 * Ukrainian name when the record's alternate names have it (ukrainianName.ts).
 */
export type PlacePoint = { lat: number; lon: number; geonameId?: number; uk?: string };

export type RawPlace = { name: string; region: string; at?: PlacePoint };

/** Decimals kept of a place's latitude and longitude (3: about 100 m, finer than any control line). */
export const POINT_DECIMALS = 3;
/** Points of one name in one oblast closer than this are one place (the same town listed twice). */
const SAME_PLACE_KM = 2;

export type AliasFile = {
  _source: string;
  places: Record<string, { region: string; aliases?: string[] }>;
};

/** Common English words that are also Ukrainian place names in GeoNames (compared by key). */
const ENGLISH_WORDS = (
  'a about above after again against all also am an and any are as at be because been before being below ' +
  'between both but by can could did do does down during each few for from further had has have having he ' +
  'her here hers him his how if in into is it its just me more most my no nor not now of off on once only ' +
  'or other our out over own same she should so some such than that the their them then there these they ' +
  'this those through to too under until up very was we were what when where which while who whom why ' +
  'will with would you your yours new old north south east west central upper lower great little big ' +
  'river lake sea port bay hill hills field fields forest park garden city town village station valley ' +
  'mountain island beach rock stone green red white black blue gold golden silver star sun moon peace war ' +
  'victory glory freedom liberty union unity friendship progress october may june july august march april ' +
  'art sport mir front line bridge road plant mine factory farm school church market center centre ' +
  'spring summer winter autumn rose lily oak pine cherry orchard vine grape dawn light hope love joy ' +
  'nova novo lenin kirov marx stalin soviet communist socialist komsomol pioneer partisan russia ukraine ' +
  'europe america crimea zoria zorya mayak kalinin chapaev shevchenko pushkin gogol franko lesia aerodrom ' +
  // Foreign countries and cities that are also village names in GeoNames (Chechnya, Afiny = Athens…).
  'chechnya chechnia dagestan georgia armenia turkey poland germany france england london paris berlin ' +
  'rome roma warsaw prague vienna athens afiny moscow moskva geneva bishkek kyrgyzstan kazakhstan minsk ' +
  'belarus china india japan israel egypt syria iran iraq canada mexico brazil texas california ' +
  'washington york jerusalem bethlehem odessa alaska siberia sochi kursk belgorod rostov bryansk ' +
  'voronezh krasnodar varshava ' +
  // Words, brands and adjectives that name villages: Pravda (newspaper), Spartak (club), Aidar (battalion),
  // Tavria (historical region), Donetskyi ("of Donetsk"), Tsentralnyi ("central")…
  'spartak komar korsun frunze pravda voskhod buran aydar aidar tavriia tavria tsentralnyi zolote teple bile ' +
  'svitle donetskyi luhanskyi khersonskyi koloniya kashtany fontany lazurnyi shyrokyi tekstylnyk enerhetykiv ' +
  'kondytsioner sotsmisto sotsmistechko pervomayskyi pervomaiskyi zhovtnevyi oktiabrskyi mayak dubky'
).split(' ');

const STOP_KEYS: ReadonlySet<string> = new Set([...ENGLISH_WORDS, ...GIVEN_NAMES].map(nameKey));

/** Tidy a GeoNames name: apostrophes and backticks out, spaces normalised. */
export function cleanName(name: string): string | null {
  const n = name.replace(/['’ʼ`´]/g, '').replace(/\s+/g, ' ').trim();
  if (!/^[\p{L}][\p{L} .-]*[\p{L}]$/u.test(n)) return null;
  if (n.length < 3 || /-Live$/i.test(n)) return null;
  return n;
}

const SUFFIX_RULES: Array<[RegExp, string[]]> = [
  [/ivka$/, ['ovka', 'evka']],
  [/yivka$/, ['eyevka', 'eevka']],
  [/ivske$/, ['ovskoye', 'ovskoe']],
  [/ske$/, ['skoye', 'skoe']],
  [/ne$/, ['noye', 'noe']],
  [/ove$/, ['ovo']],
  [/eve$/, ['evo']],
  [/yi$/, ['oy', 'iy']],
  [/iv$/, ['ov']],
  [/ivsk$/, ['ovsk']],
  [/ynka$/, ['inka']],
  [/sk$/, ['sk']],
  [/a$/, ['aya']],
];

/**
 * Alternate spellings rules can derive: Ukrainian ↔ Russian-style romanisation
 * of endings (-ivka/-ovka, -ske/-skoye, -ove/-ovo…). Letter-level variants
 * (ia/ya, i/y, h/g, kh/h, doubled letters) need no variant: the matching key
 * folds them.
 */
export function spellingVariants(name: string): string[] {
  const out = new Set<string>();
  const words = name.split(' ');
  const last = words[words.length - 1] ?? '';
  for (const [re, repls] of SUFFIX_RULES) {
    if (!re.test(last)) continue;
    for (const r of repls) out.add([...words.slice(0, -1), last.replace(re, r)].join(' '));
  }
  // Nova/Velyka/Stara agree with the noun in Russian: Nova Kakhovka → Novaya Kakhovka.
  const adj: Record<string, string> = { Nova: 'Novaya', Velyka: 'Velikaya', Stara: 'Staraya', Mala: 'Malaya', Novyi: 'Novy', Velykyi: 'Veliky' };
  const first = words[0] ?? '';
  if (words.length > 1 && adj[first]) out.add([adj[first], ...words.slice(1)].join(' '));
  out.delete(name);
  return [...out];
}

type Entry = { primary: string; names: string[]; keys: Set<string>; regions: Set<string>; pinned: boolean; points: Map<string, PlacePoint[]> };

function addPoint(e: Entry, region: string, at: PlacePoint | undefined): void {
  if (!at) return;
  const list = e.points.get(region);
  if (list) list.push(at);
  else e.points.set(region, [at]);
}

function km(a: PlacePoint, b: PlacePoint): number {
  const dy = (a.lat - b.lat) * 111.2;
  const dx = (a.lon - b.lon) * 111.2 * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180));
  return Math.hypot(dx, dy);
}

/**
 * The one point of a name in an oblast, as "lat,lon[,geonameId]"; "" when there is
 * none, or when several places of that oblast share the name (the text cannot say which).
 */
export function encodePoint(points: readonly PlacePoint[] | undefined): string {
  const first = points?.[0];
  if (!first || points!.some((p) => km(p, first) > SAME_PLACE_KM)) return '';
  const id = points!.find((p) => p.geonameId !== undefined)?.geonameId;
  const f = (n: number) => String(Number(n.toFixed(POINT_DECIMALS)));
  return `${f(first.lat)},${f(first.lon)}${id !== undefined ? `,${id}` : ''}`;
}

export type GazetteerReport = {
  places: number;
  names: number;
  /** Place entries (a name in an oblast) with one GeoNames point, and of those with a GeoNames id. */
  located: number;
  identified: number;
  /** Names kept in more than one oblast. */
  shared: string[];
  droppedStopword: string[];
  /** Alias-file places whose region disagrees with a GeoNames point of the same name (point-in-polygon). */
  aliasConflicts: string[];
};

/** Group places by matching key, drop the common words, keep shared names in each of their oblasts, add variants. */
export function applyGazetteer(
  raw: RawPlace[],
  aliases: AliasFile,
  attribution: string,
  /** Oblasts whose places are all kept; elsewhere only names shared with them. All when omitted. */
  scope?: ReadonlySet<string>,
  /** Oblasts whose places keep their points (the story regions: a mention links nowhere else). All when omitted. */
  pointScope?: ReadonlySet<string>,
): { gazetteer: GazetteerJson; report: GazetteerReport } {
  const byKey = new Map<string, Entry>();
  const pinnedKeys = new Set<string>();

  for (const [primary, a] of Object.entries(aliases.places)) {
    const names = [primary, ...(a.aliases ?? [])];
    const e: Entry = { primary, names, keys: new Set(names.map(nameKey)), regions: new Set([a.region]), pinned: true, points: new Map() };
    for (const k of e.keys) {
      byKey.set(k, e);
      pinnedKeys.add(k);
    }
  }

  const droppedStopword: string[] = [];
  const aliasConflicts: string[] = [];
  for (const p of raw) {
    const name = cleanName(p.name);
    if (!name) continue;
    const key = nameKey(name);
    if (STOP_KEYS.has(key)) {
      droppedStopword.push(name);
      continue;
    }
    const e = byKey.get(key);
    if (e?.pinned) {
      if (!e.regions.has(p.region)) aliasConflicts.push(`${name}: alias file ${[...e.regions][0]}, GeoNames point in ${p.region}`);
      // The pinned town's point: the GeoNames place of one of its names in its own oblast.
      else addPoint(e, p.region, p.at);
      continue;
    }
    if (e) {
      e.regions.add(p.region);
      addPoint(e, p.region, p.at);
      continue;
    }
    const fresh: Entry = { primary: name, names: [name], keys: new Set([key]), regions: new Set([p.region]), pinned: false, points: new Map() };
    addPoint(fresh, p.region, p.at);
    byKey.set(key, fresh);
  }

  // A name in several oblasts (Novomykolaivka, Pavlivka) is kept in each: the linker reads the
  // text's context to pick one, and links none when nothing says which.
  const shared: string[] = [];
  const entries = new Set<Entry>();
  for (const e of byKey.values()) {
    if (scope && ![...e.regions].some((r) => scope.has(r))) continue;
    if (e.regions.size > 1 && !shared.includes(e.primary)) shared.push(e.primary);
    entries.add(e);
  }
  // Variants: only where the key is new, or already belongs to the same entry.
  const entryOfKey = new Map<string, Entry>();
  for (const e of entries) for (const k of e.keys) entryOfKey.set(k, e);
  for (const e of entries) {
    for (const v of e.names.flatMap(spellingVariants)) {
      const k = nameKey(v);
      if (e.keys.has(k) || STOP_KEYS.has(k)) continue;
      if (entryOfKey.has(k)) continue;
      entryOfKey.set(k, e);
      e.keys.add(k);
      e.names.push(v);
    }
  }

  const regions: Record<string, string[]> = {};
  const points: Record<string, string[]> = {};
  const uk: Record<string, string[]> = {};
  let names = 0;
  let located = 0;
  let identified = 0;
  for (const e of [...entries].sort((a, b) => a.primary.localeCompare(b.primary))) {
    const seen = new Set<string>();
    const distinct = e.names.filter((n) => {
      const k = nameKey(n);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    names += distinct.length;
    for (const region of [...e.regions].sort()) {
      (regions[region] ??= []).push(distinct.join('|'));
      const point = !pointScope || pointScope.has(region) ? encodePoint(e.points.get(region)) : '';
      (points[region] ??= []).push(point);
      (uk[region] ??= []).push(point ? (e.points.get(region)!.find((p) => p.uk)?.uk ?? '') : '');
      if (point) located++;
      if (point.split(',').length === 3) identified++;
    }
  }
  const byRegion = <T>(r: Record<string, T>) => Object.fromEntries(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)));
  const anyPoint = Object.values(points).some((list) => list.some((p) => p !== ''));
  const gazetteer: GazetteerJson = { attribution, version: 1, regions: byRegion(regions) };
  // Oblasts with no point at all are left out (the loader reads a missing list as "no points").
  if (anyPoint) gazetteer.points = byRegion(Object.fromEntries(Object.entries(points).filter(([, list]) => list.some((p) => p !== ''))));
  // The Ukrainian names of located places, for the map's labels in Ukrainian (same order; "" where unknown).
  const ukLists = Object.entries(uk).filter(([, list]) => list.some((n) => n !== ''));
  if (ukLists.length) gazetteer.uk = byRegion(Object.fromEntries(ukLists));
  return {
    gazetteer,
    report: { places: entries.size, names, located, identified, shared: shared.sort(), droppedStopword: droppedStopword.sort(), aliasConflicts },
  };
}
