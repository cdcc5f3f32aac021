/**
 * What a passage says about the regions it names: a claim (demanding, ceding,
 * annexing, withdrawing from) or control (holding, occupying, capturing, advancing).
 */
import type { PassageTopic } from '../contract/story.ts';
import { tick } from './work.ts';

// Latin and Cyrillic lists apart: \b and no Unicode flag keep the Latin scan fast.
// The profile adds the claim words that name a party ("part of Russia"): `claimPatterns`.
const CLAIM =
  String.raw`\b(?:demand\w*|ced(?:e|es|ed|ing)\b|cession|annex\w*|claim\w*|withdr[ae]w\w*|hand(?:s|ed|ing)? over|give up|giv(?:es|ing) up|gave up|surrender\w*|relinquish\w*|concession\w*|conced\w*|pull(?:s|ed|ing)? out|sovereignty|territorial (?:demands|integrity)`;
const CLAIM_CYR =
  String.raw`(?<![\p{L}])(?:вий(?:ти|де|дуть) з|вый(?:ти|дет|дут) из|віддат\p{L}*|отдат\p{L}*|анекс\p{L}*|аннекс\p{L}*|вивест\p{L}*|вивод\p{L}*|виведен\p{L}*|вывест\p{L}*|вывод\p{L}*|поступ(?:итися|ки|ка|ку|иться|ок)\p{L}*|вимаг\p{L}*|требова\p{L}*|требу\p{L}*|претенз\p{L}*`;

export type ClaimPatterns = { latin: RegExp; cyr: RegExp };

/** The claim topic's patterns with a profile's own claim words (regex sources) as further alternatives. */
export function claimPatterns(extraLatin: readonly string[] = [], extraCyr: readonly string[] = []): ClaimPatterns {
  const alt = (extra: readonly string[]) => extra.map((e) => `|${e}`).join('');
  return { latin: new RegExp(`${CLAIM}${alt(extraLatin)})`, 'gi'), cyr: new RegExp(`${CLAIM_CYR}${alt(extraCyr)})`, 'giu') };
}
const CONTROL =
  /\b(?:control\w*|hold(?:s|ing)?\b|held\b|occup\w*|captur\w*|seiz\w*|advanc\w*|gain(?:s|ed)?\b|took\b|taken\b|tak(?:e|es|ing) (?:over|control)|liberat\w*|encircl\w*|front ?lines?|fell to|fall(?:s|en)? to|retak\w*|recaptur\w*|overr[au]n\b|push(?:ed|es|ing)? into|storm\w*)/gi;
const CONTROL_CYR =
  /(?<![\p{L}])(?:оточ\p{L}*|окруж\p{L}*|контрол\p{L}*|окупов\p{L}*|оккупир\p{L}*|захоп\p{L}*|захват\p{L}*|звільн\p{L}*|освобо\p{L}*|наступ(?:ає|ают|ают|ление|ления|али|ав)\p{L}*|утриму\p{L}*|удерж\p{L}*|просува\p{L}*|продвиг\p{L}*|продвиж\p{L}*)/giu;
/** "cede full control of X" is a claim, not a statement of control. */
const OBJECT_OF_CLAIM = 25;
const ANAPHOR = /^(?:this|these|that|those|it|they|which|such|це|ці|это|эти)\b/iu;

/**
 * Topics of one passage. `skip` are spans (e.g. "occupied territories" as a
 * name) whose words are not verbs of the passage.
 */
export function findTopics(text: string, claim: ClaimPatterns, skip: Array<[number, number]> = []): PassageTopic[] {
  const spans = skip.length > 1 ? [...skip].sort((a, b) => a[0] - b[0]) : skip;
  const cyr = /[\u0400-\u04ff]/.test(text);
  const claims: number[] = [];
  for (const re of cyr ? [claim.latin, claim.cyr] : [claim.latin]) {
    // Matches come in text order (per regex), so a pointer walks the sorted spans once per regex.
    let k = 0;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      tick();
      while (k < spans.length && spans[k]![1] <= m.index) k++;
      const sp = spans[k];
      if (!(sp !== undefined && m.index >= sp[0])) claims.push(m.index + m[0].length);
    }
  }
  claims.sort((a, b) => a - b);
  let control = false;
  for (const re of cyr ? [CONTROL, CONTROL_CYR] : [CONTROL]) {
    let k = 0;
    let c = 0;
    re.lastIndex = 0;
    for (let m = re.exec(text); m && !control; m = re.exec(text)) {
      tick();
      const at = m.index;
      while (k < spans.length && spans[k]![1] <= at) k++;
      const sp = spans[k];
      if (sp !== undefined && at >= sp[0]) continue;
      // The last claim ending at or before `at`: is this control word its object?
      while (c < claims.length && claims[c]! <= at) c++;
      const last = claims[c - 1];
      if (last !== undefined && at - last <= OBJECT_OF_CLAIM) continue;
      control = true;
    }
  }
  const out: PassageTopic[] = [];
  if (claims.length > 0) out.push('claim');
  if (control) out.push('control');
  return out;
}

/** "This includes nearly all of Luhansk": a sentence that continues the one before. */
export function continuesPrevious(text: string): boolean {
  return ANAPHOR.test(text.trim());
}
