/**
 * Another conflict is a folder: the app shows each profile of geodata/conflicts/
 * by `?conflict=<id>` (its own story, regions, status words), and an unknown id
 * is a readable error naming the known ones.
 */
import { describe, expect, it } from 'vitest';
import { conflictIds, readProfile } from '../../src/cli/conflicts.ts';
import { useSite } from './site.ts';

const site = useSite();

describe('?conflict=', () => {
  for (const id of conflictIds().filter((c) => c !== 'ua')) {
    it(`shows the ${id} profile: its regions, its story and its status words`, async () => {
      const profile = readProfile(id);
      const page = await site.browser.newPage();
      try {
        await page.goto(`${site.server.url}/index.html?conflict=${id}`);
        const first = profile.regions.focus[0]!;
        await page.waitForSelector(`path.cl-region[data-region="${first}"]`);
        const legend = await page.textContent('.cl-legend');
        expect(legend).toContain(profile.statusLabels.held.en);
        expect(legend).toContain(profile.statusLabels.sovereign.en);
        const ids = await page.$$eval('path.cl-region', (ps) => ps.map((p) => p.getAttribute('data-region')));
        expect(ids.every((r) => r?.startsWith(`${profile.country}-`))).toBe(true);
      } finally {
        await page.close();
      }
    });
  }

  it('says which conflicts exist for an unknown id', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.server.url}/index.html?conflict=zz`);
      await page.waitForSelector('.cl-error');
      expect(await page.textContent('.cl-error')).toMatch(/unknown conflict: zz \(known: ua/);
    } finally {
      await page.close();
    }
  });
});
