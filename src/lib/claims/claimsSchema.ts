/**
 * claims.json of a conflict profile: each party's de jure position on each
 * story region. The file is keyed by the profile's party keys
 * (`parties.sovereign`, `parties.claimant`, e.g. "ukraine" and "russia");
 * what the app reads is the same data by role (`sovereign`, `claimant`), so
 * no code names a party.
 */
import { z } from '../zod.ts';
import { storyRegions, unknownRegion, type Profile } from '../conflict/profileSchema.ts';
import { IsoDateSchema, SourceRefSchema, formatIssues } from './sourceRef.ts';
import { claimsByRole, type Claims, type ClaimsFile } from './claimsByRole.ts';

const Text = z.strictObject({ en: z.string().trim().min(1), uk: z.string().trim().min(1) });

/** One party's de jure position on one region, with its basis, date and sources. */
export const PositionSchema = z.strictObject({
  /**
   * `sovereignty`: the state's own territory; `annexation-claim`: claimed as annexed;
   * `recognition`: recognised by the claimant as an independent state (no annexation claimed).
   */
  kind: z.enum(['sovereignty', 'annexation-claim', 'recognition']),
  /** One line for the UI. */
  text: Text,
  /** The legal or political act the position rests on. */
  basis: z.string().trim().min(1),
  /** When the position took its present form (the act's date). */
  date: IsoDateSchema,
  /** What the claim covers, e.g. "the full administrative borders of the oblast, including land the claimant does not hold". */
  scope: z.string().trim().min(1).optional(),
  sources: z.array(SourceRefSchema).min(1, 'a position must cite at least one source'),
});

export type Position = z.infer<typeof PositionSchema>;
export type { PartyRole, Party, RegionClaims, Claims, ClaimsFile } from './claimsByRole.ts';
export { claimsByRole } from './claimsByRole.ts';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** The schema of one profile's claims.json: its two parties, every story region and no other. */
export function claimsSchemaFor(profile: Profile) {
  const { sovereign, claimant } = profile.parties;
  const story = storyRegions(profile);
  const regionClaims = z.strictObject(
    { [sovereign]: PositionSchema, [claimant]: PositionSchema } as Record<string, typeof PositionSchema>,
    { error: (i) => (i.input === undefined ? 'missing: every story region needs both parties\' positions' : undefined) },
  );
  return z
    .strictObject({
      version: z.literal(1),
      _about: z.string().optional(),
      parties: z.strictObject({ [sovereign]: z.strictObject({ name: Text }), [claimant]: z.strictObject({ name: Text }) } as Record<string, z.ZodType<{ name: { en: string; uk: string } }>>),
      regions: z.record(z.string(), regionClaims),
    })
    .superRefine((c, ctx) => {
      for (const id of Object.keys(c.regions)) if (!story.includes(id)) ctx.addIssue({ code: 'custom', path: ['regions', id], message: unknownRegion(profile, id) });
      for (const id of story) if (!c.regions[id]) ctx.addIssue({ code: 'custom', path: ['regions', id], message: `missing story region ${id}` });
    });
}

/** Validates a claims document; errors read `geodata/conflicts/ua/claims.json: regions.UA-14.russia.date: expected a date …`. */
export function parseClaims(json: unknown, profile: Profile, file = 'claims.json'): ParseResult<Claims> {
  const r = claimsSchemaFor(profile).safeParse(json);
  return r.success ? { ok: true, value: claimsByRole(r.data as ClaimsFile, profile) } : { ok: false, errors: formatIssues(file, r.error.issues) };
}
