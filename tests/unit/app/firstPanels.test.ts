import { describe, expect, it } from 'vitest';
import { cutPanel, firstPanels } from '../../../src/app/firstPanels.ts';

const view = (id: string, inner = '<p>quote</p>') =>
  `<div class="cl-view"><div class="cl-panel"><!--[--><section class="cl-region-panel" data-selected-region="${id}" aria-labelledby="t-${id}"><h2 id="t-${id}">Name</h2><!--[-->${inner}<!--]--></section><!--]--></div><p>after</p></div>`;

describe('cutPanel', () => {
  it('cuts the region panel element out of a rendered view, without hydration comments', () => {
    expect(cutPanel(view('UA-14'), 'UA-14')).toBe('<section class="cl-region-panel" data-selected-region="UA-14" aria-labelledby="t-UA-14"><h2 id="t-UA-14">Name</h2><p>quote</p></section>');
  });

  it('counts nested sections so it does not stop at an inner one', () => {
    expect(cutPanel(view('UA-09', '<section class="x"><p>a</p></section><p>b</p>'), 'UA-09')).toMatch(/<p>a<\/p><\/section><p>b<\/p><\/section>$/);
  });

  it('names the region when the view has no panel, an unclosed one or another region’s', () => {
    expect(() => cutPanel('<div class="cl-panel"><p class="cl-prompt">Select</p></div>', 'UA-65')).toThrow(/UA-65 selected: no <section class="cl-region-panel"/);
    expect(() => cutPanel('<section class="cl-region-panel" data-selected-region="UA-23">', 'UA-23')).toThrow(/UA-23 selected: the panel's <section> is not closed/);
    expect(() => cutPanel(view('UA-14'), 'UA-23')).toThrow(/UA-23 selected: its panel is for another region/);
  });
});

describe('firstPanels', () => {
  it('gives each region its panel, announcement and anchor', () => {
    const panels = firstPanels(['UA-14', 'UA-09'], (id) => view(id), (id) => ({ announce: `${id} selected`, at: [1, 2] }));
    expect(panels.map((p) => [p.id, p.announce, p.at, p.html.includes(`data-selected-region="${p.id}"`)])).toEqual([
      ['UA-14', 'UA-14 selected', [1, 2], true],
      ['UA-09', 'UA-09 selected', [1, 2], true],
    ]);
  });
});
