import { describe, expect, it } from 'vitest';
import { embedSnippets } from '../../../src/lib/embed/snippets.ts';

describe('embedSnippets', () => {
  it('gives an iframe with the loader and a custom element for the current story and region', () => {
    const s = embedSnippets({ base: 'https://news.example/claimline/', region: 'UA-14', lang: 'uk' });
    expect(s.iframe).toBe(
      '<iframe src="https://news.example/claimline/embed.html?region=UA-14&amp;lang=uk" title="Мапа Claimline: хто на що претендує і хто що контролює в регіонах України" width="100%" height="520" loading="lazy"></iframe>\n' +
        '<script src="https://news.example/claimline/embed.js" async></script>',
    );
    expect(s.element).toBe(
      '<script type="module" src="https://news.example/claimline/claimline.js"></script>\n<claimline-map region="UA-14" lang="uk"></claimline-map>',
    );
  });

  it('makes story and control URLs absolute and escapes them', () => {
    const s = embedSnippets({ base: 'https://news.example/claimline/', story: 'stories/a"b<c>.json', control: '/layers/x.geojson' });
    expect(s.url).toBe('https://news.example/claimline/embed.html?story=https%3A%2F%2Fnews.example%2Fclaimline%2Fstories%2Fa%2522b%253Cc%253E.json&control=https%3A%2F%2Fnews.example%2Flayers%2Fx.geojson');
    expect(s.element).toContain('story="https://news.example/claimline/stories/a%22b%3Cc%3E.json"');
    expect(s.element).not.toMatch(/<c>/);
  });

  it('carries the view the reader is on: the conflict, the day and the position', () => {
    const s = embedSnippets({ base: 'https://news.example/claimline/', conflict: 'ge', date: '2024-06-01', position: 'us-plan-2025', region: 'GE-AB' });
    expect(s.url).toBe('https://news.example/claimline/embed.html?conflict=ge&date=2024-06-01&position=us-plan-2025&region=GE-AB');
    expect(s.element).toContain('<claimline-map conflict="ge" date="2024-06-01" position="us-plan-2025" region="GE-AB"></claimline-map>');
  });

  it('leaves out defaults (English, no region)', () => {
    const s = embedSnippets({ base: 'http://127.0.0.1:5173/', lang: 'en' });
    expect(s.url).toBe('http://127.0.0.1:5173/embed.html');
    expect(s.element).toContain('<claimline-map></claimline-map>');
    expect(s.iframe).toContain('title="Claimline map: who claims and who holds the regions of Ukraine"');
  });

  it.each(['https://', 'http://[', '//[', 'http://1.2.3.4.5'])('never throws for the malformed story address %s: it is left out', (story) => {
    const s = embedSnippets({ base: 'https://news.example/claimline/', story, control: story, region: 'UA-14' });
    expect(s.url).toBe('https://news.example/claimline/embed.html?region=UA-14');
  });

  it('says which site address is not a URL', () => {
    expect(() => embedSnippets({ base: 'news.example' })).toThrow('The site address "news.example" is not a valid URL.');
  });
});
