/**
 * What a passage says about the regions it names: a claim (demanding, ceding,
 * annexing, withdrawing from) or control (holding, occupying, capturing, advancing).
 */
import type { PassageTopic } from '../contract/story.ts';

const CLAIM =
  /(?<![\p{L}])(?:demand\p{L}*|ced(?:e|es|ed|ing)|cession|annex\p{L}*|claim\p{L}*|withdr[ae]w\p{L}*|hand(?:s|ed|ing)? over|give up|giv(?:es|ing) up|gave up|surrender\p{L}*|relinquish\p{L}*|concession\p{L}*|conced\p{L}*|pull(?:s|ed|ing)? out|recogni[sz]\p{L}* (?:them |it )?as (?:part of )?Russia\p{L}*|sovereignty|territorial (?:demands|integrity)|анекс\p{L}*|аннекс\p{L}*|вивест\p{L}*|вивод\p{L}*|виведен\p{L}*|вывест\p{L}*|вывод\p{L}*|поступ(?:итися|ки|ка|ку|иться|ок)\p{L}*|вимаг\p{L}*|требова\p{L}*|требу\p{L}*|претенз\p{L}*)/giu;
const CONTROL =
  /(?<![\p{L}])(?:control\p{L}*|hold(?:s|ing)?|held|occup\p{L}*|captur\p{L}*|seiz\p{L}*|advanc\p{L}*|gain(?:s|ed)?|took|taken|tak(?:e|es|ing) (?:over|control)|liberat\p{L}*|encircl\p{L}*|front ?lines?|fell to|fall(?:s|en)? to|retak\p{L}*|recaptur\p{L}*|overr[au]n|push(?:ed|es|ing)? into|storm\p{L}*|контрол\p{L}*|окупов\p{L}*|оккупир\p{L}*|захоп\p{L}*|захват\p{L}*|звільн\p{L}*|освобо\p{L}*|наступ(?:ає|ают|ают|ление|ления|али|ав)\p{L}*|утриму\p{L}*|удерж\p{L}*|просува\p{L}*|продвиг\p{L}*|продвиж\p{L}*)/giu;
/** "cede full control of X" is a claim, not a statement of control. */
const OBJECT_OF_CLAIM = 25;
const ANAPHOR = /^(?:this|these|that|those|it|they|which|such|це|ці|это|эти)\b/iu;

/**
 * Topics of one passage. `skip` are spans (e.g. "occupied territories" as a
 * name) whose words are not verbs of the passage.
 */
export function findTopics(text: string, skip: Array<[number, number]> = []): PassageTopic[] {
  const inSkip = (i: number) => skip.some(([s, e]) => i >= s && i < e);
  const claims: number[] = [];
  CLAIM.lastIndex = 0;
  for (let m = CLAIM.exec(text); m; m = CLAIM.exec(text)) if (!inSkip(m.index)) claims.push(m.index + m[0].length);
  let control = false;
  CONTROL.lastIndex = 0;
  for (let m = CONTROL.exec(text); m && !control; m = CONTROL.exec(text)) {
    if (inSkip(m.index)) continue;
    const at = m.index;
    if (claims.some((end) => at >= end && at - end <= OBJECT_OF_CLAIM)) continue;
    control = true;
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
