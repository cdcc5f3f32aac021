/** UI strings in English and Ukrainian. Quotes are never translated. */
import { formatControlDate } from '../claims/formatShare.ts';
import { conflictVars, partyName } from '../conflict/words.ts';
export type Lang = 'en' | 'uk';

export const LANGS: readonly Lang[] = ['en', 'uk'];

const en = {
  staticSummaryTitle: 'The regions in this story',
  staticSummaryCaption: 'Who claims and who holds the four regions {claimant} claims as annexed',
  staticRegion: 'Region',
  staticClaim: '{claimant}’s claim',
  staticHeld: 'Held by {claimant}',
  staticHeldUnknown: 'not known',
  staticQuotes: 'What the article says about {name}',
  download: 'Download',
  downloadSvg: 'Picture (SVG)',
  downloadPng: 'Picture (PNG, 2×)',
  downloadAlt: 'Alt text to use with the picture:',
  downloadSandboxed: 'This page does not allow downloads from the map. Save the picture below instead (right-click or long-press it).',
  downloadFailed: 'Could not make the picture: {error}',
  mapLabel: 'Map of {place}: who claims and who holds each region',
  legendTitle: 'Key',
  controlAsOf: 'Control line as of {date}. Approximate, drawn by Claimline from public reporting.',
  heldShareShort: '{pct} % held by {claimant}',
  noShare: 'Held share not available for this control layer',
  claimedBy: 'claimed by {claimant}',
  claimAnnexedEvent: '{claimant} claims it as annexed',
  sovereignPosition: '{sovereign}',
  claimantPosition: '{claimant}',
  control: 'Control',
  evidence: 'Evidence',
  evidenceCount: '{passages} in the article, {sources} public sources',
  inArticle: 'in the article',
  quotes: 'What the article says',
  directMentions: 'Named directly',
  collectiveMentions: 'As part of a group ("occupied territories" and similar)',
  noQuotes: 'The article does not mention this region.',
  selectPrompt: 'Select a region on the map, or one of the highlighted names in the article, to read what the article says about it.',
  clear: 'Clear selection',
  article: 'The article',
  readArticle: 'Read the article',
  hideArticle: 'Hide the article',
  source: 'Source',
  speaker: 'Speaker',
  sources: 'Data: Natural Earth (public domain) boundaries; GeoNames (CC BY 4.0) places; control line by Claimline.',
  errorTitle: 'This map could not be shown',
  controlError: 'The control layer could not be loaded; showing the default layer instead.',
  storyNoDate: 'Undated article: line of {date}.',
  storyBeforeSeries: 'Article ({article}) predates the series ({first}): line of {date}.',
  storyAfterSeries: 'Article ({article}) over a month past the last line: line of {last}.',
  dateOutside: 'No control line for “{date}” (a date, YYYY-MM-DD, from {first}); showing the article’s date.',
  timeSlider: 'Control line date',
  articleDateMark: 'Article date',
  embed: 'Embed',
  copy: 'Copy',
  copied: 'Copied',
  close: 'Close',
  embedIframe: 'iframe (works everywhere)',
  embedElement: 'Custom element (for web apps)',
  selected: '{name} selected',
  selectionCleared: 'Selection cleared',
  mentions: '{n} passages',
  party_analysts: 'Independent analysts',
  'party_united-states': 'United States',
  party_outlet: 'The outlet',
  author: 'Link your own article',
  altClaims: 'Map: {claimant} claims {regions}',
  altHeldOne: '; it holds about {shares} of it as of {date}',
  altHeldMany: '; it holds about {shares} of them as of {date}',
  altControlAsOf: '; control line as of {date}, approximate',
  controlSources: 'Control line sources: {list}.',
  madeWith: 'Map made with Claimline.',
  articlePages: 'Pages of the article',
  previous: '← Earlier passages',
  next: 'Later passages →',
  passagesRange: 'Passages {from}–{to} of {total}',
  showMore: 'Show {n} more ({left} not shown)',
  loadingStory: 'Loading the story…',
  loadingControl: 'Loading the control layer; the default layer is shown meanwhile.',
  controlAsOfRange: 'Control line as of {from} to {to}.',
  controlAsOfPlain: 'Control line as of {date}.',
  suppliedLayer: 'Supplied layer, not drawn by Claimline; its source:',
  suppliedLayerNoSource: 'Supplied layer, not drawn by Claimline; it names no source.',
  moreEvidence: 'and {n} more passages (see the quotes below)',
  unknownRegion: 'There is no region “{id}” on this map; showing it with nothing selected.',
  picturePosition: 'Drawn: {name}, against the control line.',
  // Positions: the switch and the legend (sentences and the table: positionStrings.ts, loaded with the positions).
  positionSwitch: 'Position',
  positionNone: 'None: control only',
  positionUnknown: 'Unknown position “{id}”: showing the default view.',
  posLegendSovereign: '{sovereign} would give up (beyond the current line)',
  posLegendClaimant: '{claimant} would give up',
  posLegendZone: 'Named zone',
  posStatedBy: 'Stated by {party}, {date}',
  posInArticle: 'Stated in the article',
} as const;

export type StringKey = keyof typeof en;

const uk: Record<StringKey, string> = {
  staticSummaryTitle: 'Регіони в цій статті',
  staticSummaryCaption: 'Хто претендує і хто контролює чотири регіони, які {claimant} оголосила анексованими',
  staticRegion: 'Регіон',
  staticClaim: 'Претензія {claimantGen}',
  staticHeld: 'Під контролем {claimantGen}',
  staticHeldUnknown: 'невідомо',
  staticQuotes: 'Що стаття каже про {name}',
  download: 'Завантажити',
  downloadSvg: 'Зображення (SVG)',
  downloadPng: 'Зображення (PNG, 2×)',
  downloadAlt: 'Альтернативний текст до зображення:',
  downloadSandboxed: 'Ця сторінка не дозволяє завантажень із карти. Збережіть зображення нижче (правою кнопкою миші або довгим натиском).',
  downloadFailed: 'Не вдалося створити зображення: {error}',
  mapLabel: 'Мапа {place}: хто на що претендує і хто що контролює',
  legendTitle: 'Легенда',
  controlAsOf: 'Лінія контролю станом на {date}; приблизна, накреслена Claimline за відкритими джерелами.',
  heldShareShort: '{pct} % під контролем {claimantGen}',
  noShare: 'Частка контролю для цього шару недоступна',
  claimedBy: 'претензії {claimantGen}',
  claimAnnexedEvent: '{claimant} заявляє про анексію',
  sovereignPosition: '{sovereign}',
  claimantPosition: '{claimant}',
  control: 'Контроль',
  evidence: 'Підстави',
  evidenceCount: 'у статті: {passages}, відкриті джерела: {sources}',
  inArticle: 'у статті',
  quotes: 'Що каже стаття',
  directMentions: 'Згадано прямо',
  collectiveMentions: 'У складі групи («окуповані території» тощо)',
  noQuotes: 'Стаття не згадує цей регіон.',
  selectPrompt: 'Оберіть регіон на мапі або виділену назву в статті, щоб прочитати, що про нього пише стаття.',
  clear: 'Скасувати вибір',
  article: 'Стаття',
  readArticle: 'Читати статтю',
  hideArticle: 'Сховати статтю',
  source: 'Джерело',
  speaker: 'Хто говорить',
  sources: 'Дані: межі Natural Earth (суспільне надбання); населені пункти GeoNames (CC BY 4.0); лінія контролю Claimline.',
  errorTitle: 'Цю мапу не вдалося показати',
  controlError: 'Шар контролю не вдалося завантажити; показано типовий шар.',
  storyNoDate: 'Стаття без дати: лінія на {date}.',
  storyBeforeSeries: 'Стаття ({article}) старша за ряд ({first}): лінія на {date}.',
  storyAfterSeries: 'Стаття ({article}) на місяць пізніша за ряд: лінія на {last}.',
  dateOutside: 'Лінії контролю на «{date}» немає (дата РРРР-ММ-ДД від {first}); показано дату статті.',
  timeSlider: 'Дата лінії контролю',
  articleDateMark: 'Дата статті',
  embed: 'Вбудувати',
  copy: 'Копіювати',
  copied: 'Скопійовано',
  close: 'Закрити',
  embedIframe: 'iframe (працює всюди)',
  embedElement: 'Власний елемент (для вебзастосунків)',
  selected: 'Обрано: {name}',
  selectionCleared: 'Вибір скасовано',
  mentions: 'уривків: {n}',
  party_analysts: 'Незалежні аналітики',
  'party_united-states': 'США',
  party_outlet: 'Видання',
  author: 'Додати власну статтю',
  altClaims: 'Мапа. Претензії {claimantGen}: {regions}',
  altHeldOne: '; станом на {date} {claimant} контролює приблизно {shares} цієї території',
  altHeldMany: '; станом на {date} {claimant} контролює відповідно приблизно {shares} цих територій',
  altControlAsOf: '; лінія контролю станом на {date}, приблизна',
  controlSources: 'Джерела лінії контролю: {list}.',
  madeWith: 'Мапу створено в Claimline.',
  articlePages: 'Сторінки статті',
  previous: '← Попередні уривки',
  next: 'Наступні уривки →',
  passagesRange: 'Уривки {from}–{to} з {total}',
  showMore: 'Показати ще {n} (не показано: {left})',
  loadingStory: 'Завантаження статті…',
  loadingControl: 'Завантаження шару контролю; поки що показано типовий шар.',
  controlAsOfRange: 'Лінія контролю станом на {from}–{to}.',
  controlAsOfPlain: 'Лінія контролю станом на {date}.',
  suppliedLayer: 'Шар надано ззовні, його накреслив не Claimline; джерело:',
  suppliedLayerNoSource: 'Шар надано ззовні, його накреслив не Claimline; джерела не вказано.',
  moreEvidence: 'і ще уривків: {n} (див. цитати нижче)',
  unknownRegion: 'Регіону «{id}» на цій мапі немає; показано без вибору.',
  picturePosition: 'Показано: {name}, відносно лінії контролю.',
  positionSwitch: 'Позиція',
  positionNone: 'Немає: лише контроль',
  positionUnknown: 'Невідома позиція «{id}»: показано типовий вигляд.',
  posLegendSovereign: '{sovereign} віддала б (понад поточну лінію)',
  posLegendClaimant: '{claimant} віддала б',
  posLegendZone: 'Названа зона',
  posStatedBy: '{party}, {date}',
  posInArticle: 'Сказано в статті',
};

const TABLE: Record<Lang, Record<StringKey, string>> = { en, uk };

/** Looks up a UI string and fills its {placeholders}. */
export function t(lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
  const s = TABLE[lang][key];
  // The conflict's party names fill {claimant}, {sovereign}… unless the caller gives them.
  const all: Record<string, string | number> = { ...conflictVars(lang), ...vars };
  return s.replace(/\{(\w+)\}/g, (m, k: string) => (k in all ? String(all[k]) : m));
}

/** The label of a passage's speaker party: the conflict's party names, else the catalogue's (`party_analysts`…). */
export function partyLabel(lang: Lang, party: string): string {
  const key = `party_${party}`;
  return partyName(lang, party) ?? (key in TABLE[lang] ? TABLE[lang][key as StringKey] : party);
}

export function parseLang(v: string | null | undefined): Lang {
  return v === 'uk' ? 'uk' : 'en';
}

/**
 * "2025-11-27" → "27 Nov 2025" / "27 лист. 2025": the same table the held-share
 * text uses, so the legend, the panel and the article show one date one way.
 * Anything that is not a date is shown as given.
 */
export function formatDate(lang: Lang, iso: string): string {
  try {
    return formatControlDate(iso, lang);
  } catch {
    return iso;
  }
}
