/**
 * Cancel during a long link: the worker is terminated, the link rejects with
 * LinkCancelled, and the next link starts a fresh worker.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cancelLink, LinkCancelled, linkInWorker } from '../../../src/author/linkClient.ts';

/** A worker that starts and never answers, like one deep in a long link. */
class SilentWorker extends EventTarget {
  static made: SilentWorker[] = [];
  terminated = false;
  posted: unknown[] = [];
  constructor() {
    super();
    SilentWorker.made.push(this);
  }
  postMessage(m: unknown) {
    this.posted.push(m);
  }
  terminate() {
    this.terminated = true;
  }
}

const real = (globalThis as { Worker?: unknown }).Worker;
afterEach(() => {
  (globalThis as { Worker?: unknown }).Worker = real;
  SilentWorker.made = [];
});

describe('cancelLink', () => {
  it('terminates the worker and rejects the link in progress; the next link gets a new worker', async () => {
    (globalThis as { Worker?: unknown }).Worker = SilentWorker;
    const phases: string[] = [];
    const first = linkInWorker('Title\n\nDonetsk.', (p) => phases.push(p));
    expect(SilentWorker.made).toHaveLength(1);
    cancelLink();
    await expect(first).rejects.toBeInstanceOf(LinkCancelled);
    await expect(first).rejects.toThrow('Linking cancelled.');
    expect(SilentWorker.made[0]!.terminated).toBe(true);

    const second = linkInWorker('Title\n\nKherson.', () => {});
    expect(SilentWorker.made).toHaveLength(2);
    expect(SilentWorker.made[1]!.terminated).toBe(false);
    cancelLink();
    await expect(second).rejects.toBeInstanceOf(LinkCancelled);
    // Nothing in progress: cancelling again is harmless.
    cancelLink();
  });
});
