/**
 * The browser's PNG export: the static picture rasterised in Chromium under a
 * strict CSP, with no request beyond the page, at 2× the picture's size.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, serveStatic, type StaticServer } from './harness.ts';
import { svgToPng } from '../../src/export/svgToPng.ts';
import { renderPicture } from '../../src/lib/render/renderPicture.ts';
import { input } from '../unit/render/fixture.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic([], {
    routes: [
      (req, res) => {
        if (req.url !== '/blank.html') return false;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'self'; img-src 'self' data:; script-src 'self' 'unsafe-eval'" });
        res.end('<!doctype html><meta charset="utf-8"><title>export</title>');
        return true;
      },
    ],
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('svgToPng', () => {
  it('turns the picture into a PNG twice its size, requesting nothing', async () => {
    const svg = renderPicture(input(), { width: 800 });
    const height = Number(/ height="(\d+)"/.exec(svg)![1]);
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${server.url}/blank.html`);
    const before = requests.length;
    const png = await page.evaluate(
      async ({ src, svg, height }) => {
        // The module's function, as the bundle would ship it (eval is allowed on this test page only).
        const fn = (0, eval)(`(${src})`) as (s: string, w: number, h: number, k?: number) => Promise<Blob>;
        const blob = await fn(svg, 800, height, 2);
        return { type: blob.type, bytes: [...new Uint8Array(await blob.arrayBuffer()).slice(0, 24)] };
      },
      { src: svgToPng.toString(), svg, height },
    );
    await page.close();
    expect(requests.slice(before)).toEqual([]);
    expect(png.type).toBe('image/png');
    const b = Buffer.from(png.bytes);
    expect(b.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect([b.readUInt32BE(16), b.readUInt32BE(20)]).toEqual([1600, height * 2]);
  });
});
