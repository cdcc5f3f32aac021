/** Dates as articles print them → ISO "YYYY-MM-DD". */

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: string[][] = [
  ['january', 'jan', 'січня', 'січень', 'января', 'январь'],
  ['february', 'feb', 'лютого', 'лютий', 'февраля', 'февраль'],
  ['march', 'mar', 'березня', 'березень', 'марта', 'март'],
  ['april', 'apr', 'квітня', 'квітень', 'апреля', 'апрель'],
  ['may', 'травня', 'травень', 'мая', 'май'],
  ['june', 'jun', 'червня', 'червень', 'июня', 'июнь'],
  ['july', 'jul', 'липня', 'липень', 'июля', 'июль'],
  ['august', 'aug', 'серпня', 'серпень', 'августа', 'август'],
  ['september', 'sep', 'sept', 'вересня', 'вересень', 'сентября', 'сентябрь'],
  ['october', 'oct', 'жовтня', 'жовтень', 'октября', 'октябрь'],
  ['november', 'nov', 'листопада', 'листопад', 'ноября', 'ноябрь'],
  ['december', 'dec', 'грудня', 'грудень', 'декабря', 'декабрь'],
];
MONTH_NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

const M = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`;

/** A date somewhere in a short line, with where it was found. */
export type FoundDate = { iso: string; index: number; length: number };

/** The date patterns, exported for the regex safety test. */
export const DATE_PATTERNS: Array<{ re: RegExp; parts: (m: RegExpExecArray) => [string, string | number, string] }> = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/, parts: (m) => [m[1]!, m[2]!, m[3]!] },
  { re: new RegExp(`${M}\\s+(\\d{1,2}),?\\s+(\\d{4})`, 'iu'), parts: (m) => [m[3]!, MONTHS[m[1]!.toLowerCase()]!, m[2]!] },
  { re: new RegExp(`(\\d{1,2})\\s+${M},?\\s+(\\d{4})`, 'iu'), parts: (m) => [m[3]!, MONTHS[m[2]!.toLowerCase()]!, m[1]!] },
  { re: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/, parts: (m) => [m[3]!, m[2]!, m[1]!] },
];

function pad(n: string | number): string {
  return String(n).padStart(2, '0');
}

/** The first date in `line`, or null. */
export function findDate(line: string): FoundDate | null {
  for (const { re, parts } of DATE_PATTERNS) {
    const m = re.exec(line);
    if (!m) continue;
    const [y, mo, d] = parts(m);
    const month = Number(mo);
    const day = Number(d);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    return { iso: `${y}-${pad(month)}-${pad(day)}`, index: m.index, length: m[0].length };
  }
  return null;
}
