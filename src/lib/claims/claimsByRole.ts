/**
 * claims.json by role (sovereign, claimant) instead of by party key: what the
 * app reads. No zod here, so the first view carries no validator
 * (`claimsSchema.ts` validates; `npm run check:data` checks the bundled files).
 */
import type { Profile } from '../conflict/profileSchema.ts';
import type { SourceRef } from './sourceRef.ts';

/** One party's de jure position on one region (the shape `PositionSchema` in claimsSchema.ts validates). */
export type Position = {
  kind: 'sovereignty' | 'annexation-claim' | 'recognition';
  text: { en: string; uk: string };
  basis: string;
  date: string;
  scope?: string | undefined;
  sources: SourceRef[];
};
export type PartyRole = 'sovereign' | 'claimant';
export type Party = { key: string; name: { en: string; uk: string } };
export type RegionClaims = Record<PartyRole, Position>;
/** Claims by role, as the app reads them. */
export type Claims = { parties: Record<PartyRole, Party>; regions: Record<string, RegionClaims> };
/** claims.json as written (keyed by party key). */
export type ClaimsFile = {
  version: 1;
  _about?: string;
  parties: Record<string, { name: { en: string; uk: string } }>;
  regions: Record<string, Record<string, Position>>;
};

/** The file's data by role (no validation: for files `npm run check:data` has checked). */
export function claimsByRole(file: ClaimsFile, profile: Profile): Claims {
  const { sovereign, claimant } = profile.parties;
  const party = (key: string): Party => ({ key, name: file.parties[key]!.name });
  const regions: Record<string, RegionClaims> = {};
  for (const [id, r] of Object.entries(file.regions)) regions[id] = { sovereign: r[sovereign]!, claimant: r[claimant]! };
  return { parties: { sovereign: party(sovereign), claimant: party(claimant) }, regions };
}

