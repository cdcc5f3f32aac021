/**
 * Who speaks in a passage: the named subject of a verb of saying, "according
 * to X", or — for "He added…" — whoever spoke in the sentence before.
 */
import type { Speaker, SpeakerParty } from '../contract/story.ts';
import { tick } from './work.ts';

type Cue = { latin: string; cyr?: string; party: SpeakerParty };

/** A profile's speaker cues (its `src/speakers.json`), compiled: all cues in one pass per script, a capture group per cue. */
export type Cues = { latin: RegExp; cyr: RegExp; parties: readonly SpeakerParty[] };

// Latin and Cyrillic apart: the Latin scan needs no Unicode flag and runs much faster.
export function compileCues(cues: readonly Cue[]): Cues {
  return {
    latin: new RegExp(cues.map((c) => `(${c.latin})`).join('|'), 'g'),
    cyr: new RegExp(cues.map((c) => `(${c.cyr ?? '[^\\s\\S]'})`).join('|'), 'gu'),
    parties: cues.map((c) => c.party),
  };
}

const VERB_LATIN =
  /\b(?:said|says|say|told|tells|added|adds|warned|warns|insist(?:s|ed)?|not(?:ed|es)|describ(?:ed|es)|confirm(?:ed|s)?|reiterat(?:ed|es)|emphasi[sz](?:ed|es)|stress(?:ed|es)|stat(?:ed|es)|claim(?:ed|s)|suggest(?:s|ed)?|argu(?:ed|es)|announc(?:ed|es)|declar(?:ed|es)|report(?:ed|s)|wr(?:ote|ites)|believ(?:es?|ed)|assess(?:ed|es)?|estimat(?:ed|es)|urg(?:ed|es)|vow(?:ed|s)|sees|seeks|accus(?:ed|es)|denied|denies)\b/gi;
const VERB_CYR = /(?<![\p{L}])(?:заяв|сказа|каже|кажуть|повідом|зазнач|наголос|підкресл|вважа|говор|сообщ|отмет|отмеч|подчеркн|счита|пиш|напис)\p{L}*/giu;
const ACCORDING_LATIN = /\baccording to\s+/gi;
const ACCORDING_CYR = /(?<![\p{L}])(?:за словами|по словам|по данным|за даними|на думку|по мнению)\s+/giu;
const PRONOUN_SUBJECT = /(?:^|[\s,“"])(?:he|she|they|він|вона|вони|он|она|они)\s+(?:\p{L}+\s+){0,2}$/iu;
const CYRILLIC = /[\u0400-\u04ff]/;
/** How far (in characters) a named subject may stand before its verb. */
const SUBJECT_REACH = 120;

type Found = { start: number; end: number; party: SpeakerParty; name: string };


function scanCues(re: RegExp, parties: readonly SpeakerParty[], text: string, out: Found[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let g = 1;
    while (g < m.length && m[g] === undefined) g++;
    const party = parties[g - 1] ?? 'outlet';
    tick();
    out.push({ start: m.index, end: m.index + m[0].length, party, name: m[0].replace(/^the /, '') });
  }
}

function findCues(cues: Cues, text: string, cyr: boolean): Found[] {
  const out: Found[] = [];
  scanCues(cues.latin, cues.parties, text, out);
  if (cyr) {
    scanCues(cues.cyr, cues.parties, text, out);
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

function findAll(res: RegExp[], text: string): Array<{ index: number; length: number }> {
  const out: Array<{ index: number; length: number }> = [];
  for (const re of res) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      tick();
      out.push({ index: m.index, length: m[0].length });
    }
  }
  return res.length > 1 ? out.sort((a, b) => a.index - b.index) : out;
}

/**
 * The speaker of one passage; `previous` is the speaker of the passage before
 * in the same paragraph (for "He added…"), `outlet` the fallback; `cues` the
 * profile's speaker list.
 */
export function findSpeaker(text: string, previous: Speaker | null, outlet: Speaker, speakers: Cues): Speaker {
  const cyr = CYRILLIC.test(text);
  const cues = findCues(speakers, text, cyr);
  if (cues.length === 0 && !previous) return outlet;
  // A headline "ISW: Russian gains slow…" or "Путин: …" quotes whoever stands before the colon.
  const head = cues[0];
  if (head && head.start === 0 && /^\s*:/.test(text.slice(head.end))) return { party: head.party, name: head.name };
  const acc = findAll(cyr ? [ACCORDING_LATIN, ACCORDING_CYR] : [ACCORDING_LATIN], text)[0];
  if (acc) {
    const after = acc.index + acc.length;
    const c = cues.find((c) => c.start >= after && c.start - after <= 12);
    if (c) return { party: c.party, name: c.name };
  }
  // Verbs and cues are both in text order: two pointers, so the work is verbs + cues, not verbs × cues.
  let ended = 0;
  let best: Found | null = null;
  let following = 0;
  for (const m of findAll(cyr ? [VERB_LATIN, VERB_CYR] : [VERB_LATIN], text)) {
    const v = m.index;
    tick();
    // The nearest named subject: of the cues ending before the verb, the one ending last.
    for (; ended < cues.length && cues[ended]!.end <= v; ended++) {
      tick();
      if (!best || cues[ended]!.end > best.end) best = cues[ended]!;
    }
    const subject = best && v - best.end <= SUBJECT_REACH ? best : null;
    const before = text.slice(Math.max(0, v - SUBJECT_REACH), v);
    // "He added": the pronoun is nearer the verb than any named subject.
    const pronoun = PRONOUN_SUBJECT.exec(before);
    if (pronoun && previous && (!subject || v - subject.end > before.length - pronoun.index)) return previous;
    if (subject) return { party: subject.party, name: subject.name };
    // Inverted: "…, said Putin" / "повідомив Генштаб".
    const verbEnd = v + m.length;
    for (; following < cues.length && cues[following]!.start < verbEnd; following++) tick();
    const after = cues[following];
    if (after && after.start - verbEnd <= 3) return { party: after.party, name: after.name };
  }
  if (previous && /^[“"«]|^(?:he|she|they|він|вона|он|она)\b/iu.test(text.trim())) return previous;
  return outlet;
}
