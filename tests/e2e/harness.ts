/**
 * What every browser test needs: a static server for dist/ (and host pages) on
 * 127.0.0.1, and Debian's Chromium driven by playwright-core.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};

export type StaticServer = {
  url: string;
  /** Every path requested, in order. */
  requests: string[];
  close: () => Promise<void>;
};

export type Route = (req: IncomingMessage, res: ServerResponse) => boolean;

/** A route answering `url` with `body` (made on the first request when a function) as `type`. */
export function fixedRoute(url: string, type: string, body: string | (() => string)): Route {
  let text: string | null = null;
  return (req, res) => {
    if (req.url !== url) return false;
    text ??= typeof body === 'string' ? body : body();
    res.writeHead(200, { 'content-type': type });
    res.end(text);
    return true;
  };
}

/** A host page at `url` holding one `<claimline-map>` with `attrs`, after claimline.js. */
export function elementPage(url: string, attrs = ''): Route {
  return fixedRoute(
    url,
    'text/html; charset=utf-8',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Element</title><script type="module" src="/claimline.js"></script></head><body><main><claimline-map${attrs ? ` ${attrs}` : ''}></claimline-map></main></body></html>`,
  );
}

/**
 * Serves `roots` (first match wins) on 127.0.0.1 at a free port. `headers`
 * adds response headers (e.g. a Content-Security-Policy) to every HTML page;
 * `cors` lets other origins load the files (as a CDN would for claimline.js);
 * `gzip` compresses every answer for a browser that accepts it, as a production server would (for the bench).
 */
export async function serveStatic(
  roots: string[],
  options: { headers?: Record<string, string>; routes?: Route[]; cors?: boolean; gzip?: boolean } = {},
): Promise<StaticServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    if (options.gzip) gzipAnswer(req, res);
    for (const route of options.routes ?? []) if (route(req, res)) return;
    if (path === '/favicon.ico') {
      // Browsers ask for it on every page; a host page without one is not an error.
      res.writeHead(204);
      res.end();
      return;
    }
    for (const root of roots) {
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) break;
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) continue;
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      res.writeHead(200, {
        'content-type': type,
        'cache-control': 'no-store',
        ...(options.cors ? { 'access-control-allow-origin': '*' } : {}),
        ...(type.startsWith('text/html') ? options.headers : {}),
      });
      res.end(readFileSync(file));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
}

/** Makes `res` send its body gzipped (with Content-Encoding) when the request accepts gzip; routes and files alike. */
function gzipAnswer(req: IncomingMessage, res: ServerResponse): void {
  if (!/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return;
  const writeHead = res.writeHead.bind(res) as (status: number, headers: Record<string, string | number>) => ServerResponse;
  const end = res.end.bind(res) as (body: Buffer) => ServerResponse;
  let status = 200;
  let headers: Record<string, string | number> = {};
  (res as { writeHead: unknown }).writeHead = (s: number, h?: Record<string, string>) => {
    status = s;
    headers = h ?? {};
    return res;
  };
  (res as { end: unknown }).end = (body?: string | Buffer) => {
    const z = gzipSync(body === undefined ? Buffer.alloc(0) : Buffer.from(body));
    writeHead(status, { ...headers, 'content-encoding': 'gzip', 'content-length': z.length, vary: 'accept-encoding' });
    return end(z);
  };
}

/** Fails with one clear line when the site has not been built. */
export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run "npm run build" before the browser tests');
}

/** Launches Debian's Chromium headless; fails with one clear line if it is not installed. */
export async function launchChromium(executablePath = CHROMIUM): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: install it with "apt-get install -y chromium" (or set CHROMIUM_PATH)`);
  }
  return chromium.launch({
    executablePath,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/**
 * Opens the view's Download menu. A click can miss while the tools above it are still settling (the position
 * switch filling in), so it clicks again until the menu is open.
 */
export async function openDownloadMenu(scope: Page | Frame): Promise<void> {
  for (let i = 0; i < 10; i++) {
    if (await scope.$('.cl-download[open]')) return;
    await scope.click('.cl-download > summary');
    try {
      await scope.waitForSelector('.cl-download[open]', { timeout: 3000 });
      return;
    } catch {
      // Not open yet: click again.
    }
  }
  throw new Error('the Download menu did not open');
}

/**
 * Records every CSP violation of `page` and of the frames in it into `errors` ("CSP violation: directive uri at
 * url"): each frame reports to the top page's exposed function, sandboxed frames included.
 */
export async function recordCspViolations(page: Page, errors: string[]): Promise<void> {
  await page.exposeFunction('__cspViolation', (what: string) => errors.push(`CSP violation: ${what}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __cspViolation?: (s: string) => void }).__cspViolation ?? (parent as unknown as { __cspViolation?: (s: string) => void }).__cspViolation;
      report?.(`${e.violatedDirective} ${e.blockedURI} at ${location.href}`);
    });
  });
}

let axeSource: string | null = null;

/**
 * Serious and critical axe-core violations in `page` as it is now, as "rule (nodes)". axe is put in the
 * document once, by evaluation, so a strict CSP does not keep it out.
 */
export async function axeSeriousOrCritical(page: Page | Frame): Promise<string[]> {
  axeSource ??= readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run(document, {});
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
  });
}

/** Selects `words` inside the author page's article the way a mouse drag would. */
export async function selectWords(page: Page, words: string) {
  await page.evaluate((words) => {
    for (const el of document.querySelectorAll<HTMLElement>('.cl-author-article [data-start]')) {
      const node = el.firstChild;
      const i = node?.textContent?.indexOf(words) ?? -1;
      if (!node || i < 0) continue;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + words.length);
      const sel = document.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return;
    }
    throw new Error(`not in the article: ${words}`);
  }, words);
}

/** Leaflet's script in every build: the app's and the element's chunk, and the iframe's classic script. */
export const LEAFLET = /\/((assets|element)\/leaflet-src-[^/]*\.js|embed-leaflet\.js)$/;

/** Holds back requests matching `pattern` until `release()`; says whether one was requested and served. */
export async function hold(page: Page, pattern: RegExp) {
  let release!: () => void;
  const released = new Promise<void>((ok) => (release = ok));
  const seen = { requested: false, served: false };
  await page.route(pattern, async (route) => {
    seen.requested = true;
    await released;
    seen.served = true;
    await route.continue();
  });
  return { release, state: () => ({ ...seen }) };
}
