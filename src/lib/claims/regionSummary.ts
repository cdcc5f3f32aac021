import type { Passage, Story } from '../contract/story.ts';
import type { StoryRegionId } from '../geo/regionIds.ts';
import type { Claims, Position } from './claimsSchema.ts';
import { formatHeldShare, type ShareLang } from './formatShare.ts';
import { t } from '../i18n/strings.ts';
import type { SourceRef } from './sourceRef.ts';

/** What a statement rests on: a passage of the article, or a named public source with a date. */
export type Evidence =
  | { kind: 'passage'; id: string; text: string; speaker: Passage['speaker'] }
  | { kind: 'source'; name: string; date: string; url?: string };

export type Statement = { text: string; evidence: Evidence[] };

export type HeldStatement = Statement & { share: number; date: string };

export type RegionSummary = {
  region: StoryRegionId;
  /** The sovereign state's de jure position. */
  sovereign: Statement & { date: string; basis: string };
  /** The claimant's claim. */
  claimant: Statement & { date: string; basis: string; scope?: string };
  /** The held share, or null when the shares are unknown for this region or layer. */
  held: HeldStatement | null;
};

/** Held shares keyed by region id, as in geodata/conflicts/ua/shares.json (`regions[id].share`). */
export type SharesInput = { regions: Partial<Record<string, { share: number }>> };

export type SummaryInputs = {
  story: Pick<Story, 'passages' | 'mentions'> | null;
  claims: Claims;
  shares: SharesInput | null;
  /** Date of the control layer the shares were measured on (YYYY-MM-DD). */
  controlDate: string;
  /** The control layer's own sources (its `sources` property), cited for the held share. */
  controlSources?: readonly SourceRef[];
  lang?: ShareLang;
};

const sourceEvidence = (s: SourceRef): Evidence => ({ kind: 'source', name: s.name, date: s.date, ...(s.url ? { url: s.url } : {}) });
const passageEvidence = (p: Passage): Evidence => ({ kind: 'passage', id: p.id, text: p.text, speaker: p.speaker });

/** Passages that mention the region, in article order, with whether they name it (or a place in it) directly. */
function passagesAbout(region: string, story: SummaryInputs['story']): { passage: Passage; direct: boolean }[] {
  if (!story) return [];
  const direct = new Set<string>();
  const any = new Set<string>();
  for (const m of story.mentions) {
    if (m.region !== region) continue;
    any.add(m.passage);
    if (m.via !== 'collective') direct.add(m.passage);
  }
  return story.passages.filter((p) => any.has(p.id)).map((p) => ({ passage: p, direct: direct.has(p.id) }));
}

/**
 * The passages on a topic that are evidence: those naming the region directly
 * when there are any; passages that only speak of a group ("occupied
 * territories") are evidence only when nothing names the region.
 */
function evidenceOn(topic: Passage['topics'][number], about: { passage: Passage; direct: boolean }[]): Passage[] {
  const on = about.filter((a) => a.passage.topics.includes(topic));
  const direct = on.filter((a) => a.direct);
  return (direct.length > 0 ? direct : on).map((a) => a.passage);
}

function statement(pos: Position, lang: ShareLang, passages: Passage[]) {
  return {
    text: pos.text[lang],
    date: pos.date,
    basis: pos.basis,
    // The article's own words first, then the public sources that a statement cites even without them.
    evidence: [...passages.map(passageEvidence), ...pos.sources.map(sourceEvidence)],
  };
}

/**
 * What the UI shows for one region: the sovereign's position, the claimant's
 * claim and the held share, each with its evidence. A passage about the region
 * whose topics include "claim" is evidence for the claim (or for the sovereign's
 * position when the sovereign is the speaker); one whose topics include "control" is evidence for
 * the held share. Every statement also cites its named public sources, so a
 * statement with no passage still has evidence.
 */
export function summariseRegion(region: StoryRegionId, inputs: SummaryInputs): RegionSummary {
  const { claims, shares, controlDate, story } = inputs;
  const lang = inputs.lang ?? 'en';
  const c = claims.regions[region];
  if (!c) throw new Error(`unknown region id: ${region}`);
  const about = passagesAbout(region, story);
  const claimPassages = evidenceOn('claim', about);
  const controlPassages = evidenceOn('control', about);

  const own = claims.parties.sovereign.key;
  const sovereign = statement(c.sovereign, lang, claimPassages.filter((p) => p.speaker.party === own));
  const claimant = { ...statement(c.claimant, lang, claimPassages.filter((p) => p.speaker.party !== own)), ...(c.claimant.scope ? { scope: c.claimant.scope } : {}) };

  const share = shares?.regions[region]?.share;
  const held: HeldStatement | null =
    share === undefined
      ? null
      : {
          share,
          date: controlDate,
          text: formatHeldShare(share, controlDate, lang),
          evidence: [
            ...controlPassages.map(passageEvidence),
            // A layer without its own sources still cites itself, dated, so the figure never stands bare.
            ...(inputs.controlSources?.length ? inputs.controlSources : [{ name: t(lang, 'controlLayerSource'), date: controlDate }]).map(sourceEvidence),
          ],
        };
  return { region, sovereign, claimant, held };
}
