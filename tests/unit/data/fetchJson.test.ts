import { describe, expect, it } from 'vitest';
import { fetchJson, resolveUrl } from '../../../src/lib/data/fetchJson.ts';

const BASE = 'http://127.0.0.1:5173/index.html';
const opts = (fetcher: typeof fetch, extra: object = {}) => ({ fetcher, maxBytes: 1_000, base: BASE, ...extra });
const respond = (body: BodyInit, init: ResponseInit = {}) => (async () => new Response(body, init)) as unknown as typeof fetch;

/** A server that accepts the request and never answers, until the request is aborted. */
const neverAnswers = ((_: string, init?: RequestInit) =>
  new Promise((_ok, fail) => init?.signal?.addEventListener('abort', () => fail(new DOMException('aborted', 'AbortError'))))) as unknown as typeof fetch;

/** A server that answers at once, then sends the body a byte now and then, forever. */
const trickles = ((_: string, init?: RequestInit) => {
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      const timer = setInterval(() => c.enqueue(new Uint8Array([32])), 20);
      init?.signal?.addEventListener('abort', () => {
        clearInterval(timer);
        c.error(new DOMException('aborted', 'AbortError'));
      });
    },
  });
  return Promise.resolve(new Response(body));
}) as unknown as typeof fetch;

describe('fetchJson', () => {
  it('returns the parsed document', async () => {
    await expect(fetchJson('/s.json', 'story', opts(respond('{"a":1}')))).resolves.toEqual({ a: 1 });
  });

  it.each(['https://', 'http://[', '//[', 'http://1.2.3.4.5'])('turns the malformed address %s into a readable error', async (url) => {
    await expect(fetchJson(url, 'story', opts(respond('{}')))).rejects.toThrow(/^The story address .* is not a valid URL\.$/);
  });

  it('refuses addresses that are not http(s)', () => {
    expect(() => resolveUrl('javascript:alert(1)', 'story', BASE)).toThrow(/not an http or https URL/);
    expect(resolveUrl('stories/a.json', 'story', BASE).href).toBe('http://127.0.0.1:5173/stories/a.json');
  });

  it('gives up on a server that never answers, saying so', async () => {
    await expect(fetchJson('/slow.json', 'story', opts(neverAnswers, { timeoutMs: 50 }))).rejects.toThrow(
      'Could not load the story from /slow.json: no complete answer within 0 seconds.',
    );
  });

  it('gives up on a body that trickles in forever', async () => {
    await expect(fetchJson('/slow.json', 'control layer', opts(trickles, { timeoutMs: 100, maxBytes: 1e9 }))).rejects.toThrow(/no complete answer within/);
  });

  it('stops reading a body past the limit, declared or not', async () => {
    await expect(fetchJson('/big.json', 'story', opts(respond('x'.repeat(2_000), { headers: { 'content-length': '2000' } })))).rejects.toThrow(/too large \(over .*the limit\)/);
    const stream = new ReadableStream({ start: (c) => { c.enqueue(new Uint8Array(600)); c.enqueue(new Uint8Array(600)); c.close(); } });
    await expect(fetchJson('/big.json', 'story', opts(respond(stream)))).rejects.toThrow(/too large/);
  });

  it('names HTTP errors and bad JSON', async () => {
    await expect(fetchJson('/x.json', 'story', opts(respond('nope', { status: 404, statusText: 'Not Found' })))).rejects.toThrow('the server answered 404 Not Found.');
    await expect(fetchJson('/x.json', 'story', opts(respond('{oops')))).rejects.toThrow(/is not valid JSON/);
  });

  it('says each failure in Ukrainian with lang uk, the noun in its case', async () => {
    const uk = (fetcher: typeof fetch, extra: object = {}) => opts(fetcher, { lang: 'uk', ...extra });
    await expect(fetchJson('/x.json', 'story', uk(respond('nope', { status: 404, statusText: 'Not Found' })))).rejects.toThrow('Не вдалося завантажити статтю з /x.json: сервер відповів 404 Not Found.');
    await expect(fetchJson('/x.json', 'control layer', uk(respond('{oops')))).rejects.toThrow(/^Дані шару контролю за адресою \/x\.json — некоректний JSON/);
    await expect(fetchJson('/big.json', 'story', uk(respond('x'.repeat(2_000))))).rejects.toThrow(/^Дані статті за адресою \/big\.json завеликі \(понад .* — це межа\)\.$/);
    await expect(fetchJson('http://[', 'story', uk(respond('{}')))).rejects.toThrow('Адреса статті "http://[" не є коректною URL-адресою.');
  });
});
