import { z } from '../zod.ts';
import type { RegionId } from '../geo/regionIds.ts';
import { IsoDateSchema, formatIssues } from './sourceRef.ts';

/**
 * Positions: a party's or a proposal's stated territorial position, dated and
 * sourced, with a geometry rule the build turns into what would change hands
 * beyond a line of contact. Source file: geodata/conflicts/ua/src/positions.json; built
 * file (figures and places per region): geodata/conflicts/ua/positions.json.
 */

export const POSITION_KINDS = ['claim', 'demand', 'proposal', 'refusal', 'resolution'] as const;
export type PositionKind = (typeof POSITION_KINDS)[number];

const Text = z.strictObject({ en: z.string().trim().min(1), uk: z.string().trim().min(1) });
/** The region ids of the profile being checked (set for the duration of one synchronous parse); null: any ISO 3166-2 code. */
let known: ReadonlySet<string> | null = null;
const Region = z.string().refine((id) => (known ? known.has(id) : /^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(id)), { error: (i) => `unknown region id: ${String(i.input)}` });

function withRegions<T>(regionIds: readonly string[] | undefined, run: () => T): T {
  known = regionIds ? new Set(regionIds) : null;
  try {
    return run();
  } finally {
    known = null;
  }
}
const Regions = z.array(Region).min(1, 'list at least one region');
const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case id like "ru-demand-2025"');

/** A named public source: outlet, title and date (URL when known). */
export const PublicSourceSchema = z.strictObject({
  type: z.literal('public'),
  outlet: z.string().trim().min(1, 'outlet is empty'),
  title: z.string().trim().min(1, 'title is empty'),
  date: IsoDateSchema,
  url: z.url().optional(),
  /** What in the source states the position, when it is not the whole piece. */
  note: z.string().trim().min(1).optional(),
});

/** A passage of a story that states the position, with its words, so a change of passage ids is caught. */
export const PassageSourceSchema = z.strictObject({
  type: z.literal('passage'),
  /** The story file's name without .json / .txt, e.g. "clash-report-2025-11-28". */
  story: z.string().trim().min(1),
  passage: z.string().trim().min(1),
  quote: z.string().trim().min(1, 'quote is empty'),
});

export const PositionSourceSchema = z.discriminatedUnion('type', [PublicSourceSchema, PassageSourceSchema], {
  error: (i) => `expected a source with "type": "public" or "passage", got ${JSON.stringify((i.input as { type?: unknown } | undefined)?.type)}`,
});

const Ring = z.array(z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])).superRefine((ring, ctx) => {
  if (ring.length < 4) return void ctx.addIssue({ code: 'custom', message: `a zone ring needs at least 4 positions, got ${ring.length}: the rule does not close` });
  const a = ring[0]!;
  const b = ring[ring.length - 1]!;
  if (a[0] !== b[0] || a[1] !== b[1]) ctx.addIssue({ code: 'custom', message: `zone ring does not close: first [${a.join(', ')}] ≠ last [${b.join(', ')}]` });
});

/** A named zone inside a region: the part of it Ukraine holds on the line in view, or a drawn polygon. */
export const ZoneSchema = z
  .strictObject({
    id: Id,
    name: Text,
    kind: z.enum(['demilitarised']),
    region: Region,
    /** `ukraine-held`: the part of the region Ukraine holds on the line in view. */
    area: z.enum(['ukraine-held']).optional(),
    /** Or an explicit outer ring (WGS84 [lon, lat], closed). */
    polygon: Ring.optional(),
  })
  .superRefine((z_, ctx) => {
    if ((z_.area === undefined) === (z_.polygon === undefined)) ctx.addIssue({ code: 'custom', path: ['area'], message: 'a zone needs exactly one of "area" or "polygon": the rule does not close' });
  });

/**
 * The geometry rule: which territory would be Russia's under the position.
 * - `regions`: the listed regions whole; every other region as on the line in view.
 * - `line`: the line of contact (of `date`, else the line in view), in `regions` or everywhere.
 * - `line+zone`: `recognised` regions whole, `line` regions frozen on the line, named zones,
 *   and the rest either returned to Ukraine (`"rest": "ukraine"`) or left as on the line.
 * - `borders1991`: none: Ukraine in its internationally recognised borders.
 */
export const GeometryRuleSchema = z.discriminatedUnion(
  'rule',
  [
    z.strictObject({ rule: z.literal('regions'), regions: Regions }),
    z.strictObject({ rule: z.literal('line'), date: IsoDateSchema.optional(), regions: Regions.optional() }),
    z.strictObject({
      rule: z.literal('line+zone'),
      date: IsoDateSchema.optional(),
      recognised: Regions,
      line: Regions,
      rest: z.enum(['ukraine', 'unchanged']),
      zones: z.array(ZoneSchema).min(1, 'a line+zone rule names at least one zone'),
    }),
    z.strictObject({ rule: z.literal('borders1991') }),
  ],
  { error: (i) => `unknown geometry rule ${JSON.stringify((i.input as { rule?: unknown } | undefined)?.rule)}: expected "regions", "line", "line+zone" or "borders1991"` },
);

const missing = (what: string) => (i: { input: unknown }) => (i.input === undefined ? `missing: ${what}` : undefined);

export const PositionSourceEntrySchema = z.strictObject({
  id: Id,
  party: z.string({ error: missing('a position names its party') }).min(1),
  kind: z.enum(POSITION_KINDS),
  /** When the position was stated (or the act adopted). */
  date: z.string({ error: missing('a position must be dated (YYYY-MM-DD)') }).pipe(IsoDateSchema),
  /** Noun phrase for sentences and the switch: "Russia's demand" / "вимога Росії". */
  label: Text,
  /** One line on what the position says. */
  summary: Text,
  sources: z.array(PositionSourceSchema, { error: missing('a position must cite at least one source') }).min(1, 'a position must cite at least one source'),
  geometry: z.custom<unknown>((v) => v !== undefined, { error: 'missing: a position needs a geometry rule' }).pipe(GeometryRuleSchema),
  /** Caveats: what the sources leave open and how the rule reads them. */
  note: z.string().trim().min(1).optional(),
});

export const PositionsSourceFileSchema = z
  .strictObject({
    version: z.literal(1),
    _about: z.string().optional(),
    parties: z.record(Id, z.strictObject({ name: Text })),
    /** The position the switch offers first and the panel leads with (the article's own); the map's default view draws none. */
    default: Id,
    positions: z.array(PositionSourceEntrySchema).min(1),
  })
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    f.positions.forEach((p, i) => {
      if (seen.has(p.id)) ctx.addIssue({ code: 'custom', path: ['positions', i, 'id'], message: `duplicate position id ${p.id}` });
      seen.add(p.id);
      if (!f.parties[p.party]) ctx.addIssue({ code: 'custom', path: ['positions', i, 'party'], message: `unknown party ${p.party}: add it to "parties"` });
      for (const issue of ruleIssues(p.geometry)) ctx.addIssue({ code: 'custom', path: ['positions', i, 'geometry', ...issue.path], message: issue.message });
    });
    if (!seen.has(f.default)) ctx.addIssue({ code: 'custom', path: ['default'], message: `no position with id ${f.default}` });
  });

/** A rule closes when every region is named once and every zone lies in a region the rule gives Russia or freezes. */
function ruleIssues(g: GeometryRule): { path: PropertyKey[]; message: string }[] {
  const out: { path: PropertyKey[]; message: string }[] = [];
  const lists: [string, readonly string[] | undefined][] =
    g.rule === 'line+zone' ? [['recognised', g.recognised], ['line', g.line]] : g.rule === 'borders1991' ? [] : [['regions', g.regions]];
  const where = new Map<string, string>();
  for (const [key, ids] of lists)
    ids?.forEach((id, j) => {
      const before = where.get(id);
      if (before) out.push({ path: [key, j], message: `region ${id} is named twice (also in "${before}"): the rule does not close` });
      else where.set(id, key);
    });
  if (g.rule === 'line+zone')
    g.zones.forEach((zn, j) => {
      if (!where.has(zn.region)) out.push({ path: ['zones', j, 'region'], message: `zone ${zn.id} lies in ${zn.region}, which the rule neither recognises nor freezes: the rule does not close` });
    });
  return out;
}

export type GeometryRule = z.infer<typeof GeometryRuleSchema>;
export type PositionZone = z.infer<typeof ZoneSchema>;
export type PositionSource = z.infer<typeof PositionSourceSchema>;
export type PositionSourceEntry = z.infer<typeof PositionSourceEntrySchema>;
export type PositionsSourceFile = z.infer<typeof PositionsSourceFileSchema>;

/** The regions a rule names; `null` when it speaks for the whole country. */
export function ruleRegions(g: GeometryRule): RegionId[] | null {
  if (g.rule === 'regions') return [...g.regions];
  if (g.rule === 'line') return g.regions ? [...g.regions] : null;
  if (g.rule === 'line+zone') return g.rest === 'ukraine' ? null : [...g.recognised, ...g.line];
  return null;
}

// ---- The built file: geodata/conflicts/ua/positions.json ----

const Km2 = z.number().min(0);
const Share = z.number().min(0, 'share below 0').max(1, 'share above 1');

export const PlaceSchema = z.strictObject({
  /** GeoNames id. */
  geonames: z.number().int().positive(),
  name: Text,
  population: z.number().int().min(0),
});

export const RegionFigureSchema = z.strictObject({
  /** Area Ukraine would give up beyond the line in view, km², and its share of the region. */
  ukraineGivesKm2: Km2,
  ukraineGivesShare: Share,
  /** Area Russia would give up (held on the line in view, not Russia's under the position). */
  russiaGivesKm2: Km2,
  russiaGivesShare: Share,
  /** Largest places by GeoNames population in each area, largest first. */
  ukraineGivesPlaces: z.array(PlaceSchema),
  russiaGivesPlaces: z.array(PlaceSchema),
  zones: z.array(z.strictObject({ id: Id, km2: Km2 })),
});

export const BuiltPositionSchema = PositionSourceEntrySchema.omit({ geometry: true }).extend({
  partyName: Text,
  /** The rule in short, for the legend: "regions", "line", "line+zone", "borders1991". */
  rule: z.enum(['regions', 'line', 'line+zone', 'borders1991']),
  /** The regions the rule names (null: it speaks for the whole country), for matching passages to it. */
  scope: z.array(Region).nullable(),
  zones: z.array(z.strictObject({ id: Id, name: Text, kind: z.enum(['demilitarised']), region: Region })),
  /** Regions where something would change hands (or a zone lies), keyed by ISO 3166-2. */
  regions: z.partialRecord(Region, RegionFigureSchema),
  total: z.strictObject({ ukraineGivesKm2: Km2, russiaGivesKm2: Km2 }),
});

export const BuiltPositionsSchema = z.strictObject({
  version: z.literal(1),
  _about: z.string(),
  /** Date of the control layer the figures are measured against. */
  controlDate: IsoDateSchema,
  /** sha256 of geodata/conflicts/ua/src/positions.json the figures were built from. */
  sourceSha256: z.string().regex(/^[0-9a-f]{64}$/),
  method: z.string().min(1),
  attribution: z.string().min(1),
  /** The geometry file, relative to this one. */
  geometry: z.string().min(1),
  default: Id,
  regionNames: z.record(Region, z.strictObject({ en: z.string().min(1), uk: z.string().min(1), type: z.string().min(1), areaKm2: z.number().positive() })),
  positions: z.array(BuiltPositionSchema).min(1),
});

export type Place = z.infer<typeof PlaceSchema>;
export type RegionFigure = z.infer<typeof RegionFigureSchema>;
export type BuiltPosition = z.infer<typeof BuiltPositionSchema>;
export type BuiltPositions = z.infer<typeof BuiltPositionsSchema>;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Validates geodata/conflicts/ua/src/positions.json; errors read `geodata/conflicts/ua/src/positions.json: positions[3].date: expected a date …`. */
export function parsePositionsSource(json: unknown, file = 'positions.json', regionIds?: readonly string[]): ParseResult<PositionsSourceFile> {
  const r = withRegions(regionIds, () => PositionsSourceFileSchema.safeParse(json));
  return r.success ? { ok: true, value: r.data } : { ok: false, errors: withIds(formatIssues(file, r.error.issues), json) };
}

/** Validates the built geodata/conflicts/ua/positions.json (what the app loads). */
export function parseBuiltPositions(json: unknown, file = 'positions.json', regionIds?: readonly string[]): ParseResult<BuiltPositions> {
  const r = withRegions(regionIds, () => BuiltPositionsSchema.safeParse(json));
  return r.success ? { ok: true, value: r.data } : { ok: false, errors: withIds(formatIssues(file, r.error.issues), json) };
}

/** Names the position by id after `positions[3]…` errors, so the reader need not count. */
function withIds(lines: string[], json: unknown): string[] {
  const list = (json as { positions?: unknown } | null)?.positions;
  if (!Array.isArray(list)) return lines;
  return lines.map((l) => {
    const m = /: positions\[(\d+)\]/.exec(l);
    const id = m ? (list[Number(m[1])] as { id?: unknown } | undefined)?.id : undefined;
    return typeof id === 'string' ? `${l} (position "${id}")` : l;
  });
}
