import type { Passage, Speaker, Story } from '../contract/story.ts';
import type { BuiltPosition, PositionKind } from './positionsSchema.ts';
import { claimantForms } from '../conflict/words.ts';

/**
 * Evidence from the article: which passages state which position. A passage
 * states a position when its speaker is the position's party and its words say
 * what kind of statement it is (a demand, a refusal, a proposal, a claim, a
 * resolution; the linker's "claim" topic counts as a demand or a claim); among that party's positions of that kind whose scope covers
 * the regions the passage names, the latest one on or before the article's
 * date is the one it states. Pure; runs on any story the linker made.
 */

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Words that say what kind of statement a passage makes. Latin and Cyrillic apart, like topics.ts. A claim's
 * "part of <claimant>" names the conflict's claimant (its profile's names), so it is built for the conflict in view.
 */
let cached: { key: string; list: readonly [PositionKind, RegExp][] } | null = null;

function cues(): readonly [PositionKind, RegExp][] {
  const c = claimantForms();
  const key = `${c.en}|${c.ukGen}|${c.ruGen}`;
  if (cached?.key === key) return cached.list;
  cached = { key, list: build(c) };
  return cached.list;
}

function build(c: ReturnType<typeof claimantForms>): readonly [PositionKind, RegExp][] {
  const partOf = [`у складі ${c.ukGen}`, ...(c.ruGen ? [`в составе ${c.ruGen}`] : [])].map(escapeRe).join('|');
  return [
    ['refusal', /\b(?:refus\w*|reject\w*|(?:will|would) not (?:withdraw|leave|cede|give up|surrender)|won['’]t (?:withdraw|leave|cede|give up)|never (?:recogni[sz]e|accept|cede))/i],
    ['refusal', /(?<![\p{L}])(?:відмов\p{L}*|отказ\p{L}*|не вийд\p{L}*|не выйд\p{L}*|не відда\p{L}*|не отда\p{L}*)/iu],
    ['demand', /\b(?:demand\w*|insist\w*|ced(?:e|es|ed|ing)\b|withdr[ae]w\w*|pull(?:s|ed|ing)? out|hand(?:s|ed|ing)? over|give up|surrender\w*|ultimatum\w*|conditions? for)/i],
    ['demand', /(?<![\p{L}])(?:вимаг\p{L}*|требова\p{L}*|требу\p{L}*|вивест\p{L}*|вывест\p{L}*|вий(?:ти|де|дуть)|вый(?:ти|дет|дут)|віддат\p{L}*|отдат\p{L}*)/iu],
    ['proposal', /\b(?:propos\w*|plans?\b|offer\w*|draft\w*|framework|peace deal)/i],
    ['proposal', /(?<![\p{L}])(?:план\p{L}*|пропоз\p{L}*|предлож\p{L}*)/iu],
    ['claim', new RegExp(String.raw`\b(?:annex\w*|claim\w*|accession|part of ${escapeRe(c.en)}|sovereignty over)`, 'i')],
    ['claim', new RegExp(String.raw`(?<![\p{L}])(?:анекс\p{L}*|аннекс\p{L}*|претенз\p{L}*|${partOf})`, 'iu')],
    ['resolution', /\b(?:resolution\w*|General Assembly)\b/i],
    ['resolution', /(?<![\p{L}])(?:резолюц\p{L}*|Генасамбле\p{L}*|Генеральн\p{L}* Асамбле\p{L}*)/iu],
  ];
}

/** The kinds of statement a passage's words make, in the order of CUES, without repeats. */
export function statementKinds(text: string): PositionKind[] {
  const out: PositionKind[] = [];
  for (const [kind, re] of cues()) if (!out.includes(kind) && re.test(text)) out.push(kind);
  return out;
}

export type PositionEvidence = {
  position: string;
  passage: string;
  text: string;
  speaker: Speaker;
  /** The kind of statement the passage's words make. */
  kind: PositionKind;
};

export type MatchablePosition = Pick<BuiltPosition, 'id' | 'party' | 'kind' | 'date' | 'scope'>;

/** The position one passage states, or null. */
export function positionOfPassage(
  passage: Passage,
  regions: ReadonlySet<string>,
  positions: readonly MatchablePosition[],
  articleDate: string | null,
): { position: MatchablePosition; kind: PositionKind } | null {
  const kinds = statementKinds(passage.text);
  // The linker's claim topic (demanding, ceding, annexing, withdrawing…) stands in when no cue here matched.
  if (kinds.length === 0 && passage.topics.includes('claim')) kinds.push('demand', 'claim');
  if (kinds.length === 0) return null;
  let best: { position: MatchablePosition; kind: PositionKind } | null = null;
  for (const p of positions) {
    if (p.party !== passage.speaker.party || !kinds.includes(p.kind)) continue;
    if (articleDate && p.date > articleDate) continue;
    if (p.scope && [...regions].some((r) => !p.scope!.includes(r as never))) continue;
    if (!best || p.date > best.position.date) best = { position: p, kind: p.kind };
  }
  return best;
}

/** Every passage of the story that states one of the positions, in article order. */
export function matchPositionEvidence(story: Pick<Story, 'article' | 'passages' | 'mentions'>, positions: readonly MatchablePosition[]): PositionEvidence[] {
  const regionsOf = new Map<string, Set<string>>();
  for (const m of story.mentions) {
    let set = regionsOf.get(m.passage);
    if (!set) regionsOf.set(m.passage, (set = new Set()));
    set.add(m.region);
  }
  const out: PositionEvidence[] = [];
  for (const passage of story.passages) {
    const hit = positionOfPassage(passage, regionsOf.get(passage.id) ?? new Set(), positions, story.article.date);
    if (hit) out.push({ position: hit.position.id, passage: passage.id, text: passage.text, speaker: passage.speaker, kind: hit.kind });
  }
  return out;
}

/** The evidence grouped by position id. */
export function evidenceByPosition(evidence: readonly PositionEvidence[]): Map<string, PositionEvidence[]> {
  const by = new Map<string, PositionEvidence[]>();
  for (const e of evidence) by.set(e.position, [...(by.get(e.position) ?? []), e]);
  return by;
}
