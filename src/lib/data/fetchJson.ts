/**
 * Fetches a JSON document for the app (a story or a control layer) and turns
 * every failure into one readable sentence naming the URL: an address that is
 * not a URL, a server that cannot be reached, answers with an error, never
 * answers (a time-out), or sends more than the limit.
 */
import { LIMITS, formatLimit } from '../contract/limits.ts';

export type FetchOptions = {
  fetcher?: typeof fetch;
  /** Give up after this long, body included (default: LIMITS.fetchTimeoutMs). */
  timeoutMs?: number;
  /** Refuse a body larger than this many bytes. */
  maxBytes: number;
  /** The page's address, against which relative URLs resolve. */
  base?: string;
};

/** The absolute http(s) URL `url` means on this page, or a readable error. */
export function resolveUrl(url: string, what: string, base: string | undefined = globalThis.location?.href): URL {
  let u: URL;
  try {
    u = new URL(url, base);
  } catch {
    throw new Error(`The ${what} address ${JSON.stringify(url)} is not a valid URL.`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error(`The ${what} address ${JSON.stringify(url)} is not an http or https URL.`);
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

export async function fetchJson(url: string, what: string, options: FetchOptions): Promise<unknown> {
  const { fetcher = fetch, timeoutMs = LIMITS.fetchTimeoutMs, maxBytes, base } = options;
  const href = resolveUrl(url, what, base).href;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const tooLarge = () => new Error(`The ${what} at ${url} is too large (over ${formatLimit(maxBytes, 'bytes')}, the limit).`);
  const timeout = () => new Error(`Could not load the ${what} from ${url}: no complete answer within ${Math.round(timeoutMs / 1000)} seconds.`);
  let text: string;
  try {
    let res: Response;
    try {
      res = await fetcher(href, { credentials: 'same-origin', signal: controller.signal });
    } catch {
      throw timedOut ? timeout() : new Error(`Could not load the ${what} from ${url}: the address cannot be reached.`);
    }
    if (!res.ok) throw new Error(`Could not load the ${what} from ${url}: the server answered ${res.status} ${res.statusText}`.trim() + '.');
    try {
      text = await readLimited(res, maxBytes, tooLarge);
    } catch (e) {
      if (timedOut) throw timeout();
      if ((e as Error).message.includes('too large')) throw e;
      throw new Error(`Could not load the ${what} from ${url}: the connection broke off.`);
    }
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new Error(`The ${what} at ${url} is not valid JSON (${(e as Error).message.slice(0, 120)}).`);
  }
}
