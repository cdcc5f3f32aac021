/**
 * The conflict profile (`geodata/conflicts/<id>/profile.json`): everything that
 * names one conflict and is not geometry — its parties, its regions, the words
 * of its status table, its neighbours and its dates. Region ids are plain
 * strings checked here against the profile's own region list (the keys of its
 * `src/names.json`, or the regions of its topology), never TypeScript literals,
 * so a new conflict is a folder of data.
 */
import { z } from '../zod.ts';
import { IsoDateSchema, formatIssues } from '../claims/sourceRef.ts';

const Text = z.strictObject({ en: z.string().trim().min(1), uk: z.string().trim().min(1) });
/** An ISO 3166-2 code: country, hyphen, subdivision (UA-14, GE-AB). */
const RegionCode = z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'expected an ISO 3166-2 code (country, hyphen, subdivision)');
const PartyKey = z.string().regex(/^[a-z][a-z-]{1,30}$/, 'expected a lower-case party key such as "ukraine"');

export const STATUSES = ['held', 'claimed', 'sovereign', 'neighbour'] as const;

export const ProfileSchema = z
  .strictObject({
    _about: z.string().optional(),
    /** Folder name and the story's `conflict`: lower-case letters. */
    id: z.string().regex(/^[a-z]{2,12}$/, 'expected a lower-case id such as "ua"'),
    /** ISO 3166-1 alpha-2 of the state whose admin-1 units are the regions. */
    country: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as "UA"'),
    name: Text,
    /** The sovereign state as the end of a phrase: "the regions of Ukraine" / "області України". */
    place: Text.optional(),
    /** Keys into claims.json `parties` and the story's speaker parties. */
    parties: z.strictObject({ sovereign: PartyKey, claimant: PartyKey }).refine((p) => p.sovereign !== p.claimant, 'sovereign and claimant must differ'),
    /**
     * Party names in the genitive, by language: what the UI's Ukrainian sentences need ("Претензії Росії") and
     * what statements in Ukrainian and Russian say ("у складі Росії", "в составе России"); default: the nominative.
     */
    genitive: z.strictObject({ uk: z.record(PartyKey, z.string().min(1)), ru: z.record(PartyKey, z.string().min(1)).optional() }).optional(),
    regions: z.strictObject({
      /** The regions a story is about, in their canonical order. */
      focus: z.array(RegionCode).min(1),
      /** Shown as context (claimed or held earlier). */
      context: z.array(RegionCode),
      /** Too small to carry a map label. */
      unlabelled: z.array(RegionCode).default([]),
    }),
    statusLabels: z.strictObject({ held: Text, claimed: Text, sovereign: Text, neighbour: Text }),
    /** Base-map countries, ISO 3166-1 alpha-2 → English name (build input). */
    neighbours: z.record(z.string().regex(/^[A-Z]{2}$/), z.string().min(1)),
    /** [west, south, east, north] of the neighbours kept (build input). */
    neighbourBbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
    /** The first day a control layer of this conflict may show. */
    controlSince: IsoDateSchema,
    /** The date of the default control layer. */
    defaultDate: IsoDateSchema,
  })
  .superRefine((p, ctx) => {
    const prefix = `${p.country}-`;
    for (const key of ['focus', 'context', 'unlabelled'] as const)
      p.regions[key].forEach((id, i) => {
        if (!id.startsWith(prefix)) ctx.addIssue({ code: 'custom', path: ['regions', key, i], message: `region id ${id} is not a region of ${p.country} (conflict ${p.id})` });
      });
    const story = new Set([...p.regions.focus, ...p.regions.context]);
    if (story.size !== p.regions.focus.length + p.regions.context.length) ctx.addIssue({ code: 'custom', path: ['regions'], message: 'a region is listed twice in focus and context' });
    p.regions.unlabelled.forEach((id, i) => {
      if (!story.has(id)) ctx.addIssue({ code: 'custom', path: ['regions', 'unlabelled', i], message: `unknown region id: ${id} (conflict ${p.id}): not a focus or context region` });
    });
    if (p.defaultDate < p.controlSince) ctx.addIssue({ code: 'custom', path: ['defaultDate'], message: `before controlSince ${p.controlSince}` });
  });

export type Profile = z.infer<typeof ProfileSchema>;
export type Status = (typeof STATUSES)[number];
export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/**
 * Validates a profile. With `regionIds` (every region of the conflict, e.g.
 * the keys of its `src/names.json`), each region the profile names must be
 * one of them: the error reads `unknown region id: UA-99 (conflict ua)`.
 */
export function parseProfile(json: unknown, file = 'profile.json', regionIds?: readonly string[]): ParseResult<Profile> {
  const r = ProfileSchema.safeParse(json);
  if (!r.success) return { ok: false, errors: formatIssues(file, r.error.issues) };
  const p = r.data;
  if (regionIds) {
    const known = new Set(regionIds);
    const errors: string[] = [];
    for (const key of ['focus', 'context'] as const)
      p.regions[key].forEach((id, i) => {
        if (!known.has(id)) errors.push(`${file}: regions.${key}[${i}]: unknown region id: ${id} (conflict ${p.id})`);
      });
    if (errors.length) return { ok: false, errors };
  }
  return { ok: true, value: p };
}

/** The regions a story of this conflict may link, focus first, in canonical order. */
export function storyRegions(p: Profile): readonly string[] {
  return [...p.regions.focus, ...p.regions.context];
}

export function isStoryRegion(p: Profile, id: string): boolean {
  return p.regions.focus.includes(id) || p.regions.context.includes(id);
}

/** The error a story or data file gets for a region this conflict does not have. */
export function unknownRegion(p: Profile, id: string): string {
  return `unknown region id: ${id} (conflict ${p.id})`;
}
