/**
 * The built site and one Chromium for a browser-test file: `useSite()`
 * registers the file's beforeAll/afterAll and returns a handle whose `server`
 * and `browser` are there once the tests run.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { DIST, launchChromium, requireDist, serveStatic, type Route, type StaticServer } from './harness.ts';

export type Site = { server: StaticServer; browser: Browser };

/** `routes`: test files the built site is served with (fixedRoute, elementPage). */
export function useSite(routes: Route[] = []): Site {
  const site = {} as Site;
  beforeAll(async () => {
    requireDist();
    site.server = await serveStatic([DIST], { routes });
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
