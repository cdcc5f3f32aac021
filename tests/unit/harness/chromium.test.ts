import { describe, expect, it } from 'vitest';
import { launchChromium } from '../../e2e/harness.ts';

describe('browser tests without Chromium', () => {
  it('fail with one line that says how to install it, never a silent skip', async () => {
    await expect(launchChromium('/nonexistent/chromium')).rejects.toThrow(
      /^Chromium not found at \/nonexistent\/chromium: install it with "apt-get install -y chromium"/,
    );
  });
});
