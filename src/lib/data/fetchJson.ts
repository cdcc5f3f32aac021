/**
 * Fetches a JSON document for the app (a story or a control layer) and turns
 * every failure into one readable sentence naming the URL: an address that is
 * not a URL, a server that cannot be reached, answers with an error, never
 * answers (a time-out), or sends more than the limit.
 */
import { LIMITS, formatLimit } from '../contract/limits.ts';
import { t, type Lang } from '../i18n/strings.ts';

/** What is being fetched, as the messages name it. */
export type What = 'story' | 'control layer';

const KEY = { story: 'story', 'control layer': 'control' } as const;

/** The noun's forms for the messages' {what}, {whatOf} and {whatAcc} (one word in English, three cases in Ukrainian). */
function nouns(what: What, lang: Lang) {
  const k = KEY[what];
  return { what: t(lang, `what_${k}`), whatOf: t(lang, `whatOf_${k}`), whatAcc: t(lang, `whatAcc_${k}`) };
}

export type FetchOptions = {
  fetcher?: typeof fetch;
  /** Give up after this long, body included (default: LIMITS.fetchTimeoutMs). */
  timeoutMs?: number;
  /** Refuse a body larger than this many bytes. */
  maxBytes: number;
  /** The page's address, against which relative URLs resolve. */
  base?: string;
  /** The language of the error messages (default English). */
  lang?: Lang;
};

/** The absolute http(s) URL `url` means on this page, or a readable error. */
export function resolveUrl(url: string, what: What, base: string | undefined = globalThis.location?.href, lang: Lang = 'en'): URL {
  let u: URL;
  try {
    u = new URL(url, base);
  } catch {
    throw new Error(t(lang, 'fetchBadUrl', { ...nouns(what, lang), url: JSON.stringify(url) }));
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error(t(lang, 'fetchNotHttp', { ...nouns(what, lang), url: JSON.stringify(url) }));
  return u;
}

/** The response body as text, read a chunk at a time so an oversized body is cut off early. */
async function readLimited(res: Response, maxBytes: number, tooLarge: () => Error): Promise<string> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
  if (!res.body) {
    const text = await res.text();
    if (text.length > maxBytes) throw tooLarge();
    return text;
  }
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      void reader.cancel().catch(() => {});
      throw tooLarge();
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

export async function fetchJson(url: string, what: What, options: FetchOptions): Promise<unknown> {
  const { fetcher = fetch, timeoutMs = LIMITS.fetchTimeoutMs, maxBytes, base, lang = 'en' } = options;
  const href = resolveUrl(url, what, base, lang).href;
  const say = (key: 'fetchTooLarge' | 'fetchTimeout' | 'fetchUnreachable' | 'fetchStatus' | 'fetchBroke' | 'fetchNotJson', params: Record<string, string | number> = {}) =>
    new Error(t(lang, key, { ...nouns(what, lang), url, ...params }));
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  let tooLargeError: Error | null = null;
  const tooLarge = () => (tooLargeError = say('fetchTooLarge', { limit: formatLimit(maxBytes, 'bytes') }));
  const timeout = () => say('fetchTimeout', { s: Math.round(timeoutMs / 1000) });
  let text: string;
  try {
    let res: Response;
    try {
      res = await fetcher(href, { credentials: 'same-origin', signal: controller.signal });
    } catch {
      throw timedOut ? timeout() : say('fetchUnreachable');
    }
    if (!res.ok) throw say('fetchStatus', { status: `${res.status} ${res.statusText}`.trim() });
    try {
      text = await readLimited(res, maxBytes, tooLarge);
    } catch (e) {
      if (timedOut) throw timeout();
      if (e === tooLargeError) throw e;
      throw say('fetchBroke');
    }
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw say('fetchNotJson', { error: (e as Error).message.slice(0, 120) });
  }
}
