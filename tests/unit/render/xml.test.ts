import { describe, expect, it } from 'vitest';
import { parseXml, textOf } from './xml.ts';

describe('the tests\' XML check', () => {
  it('reads elements, attributes, entities and text', () => {
    const el = parseXml('<?xml version="1.0"?><svg a="1 &amp; 2"><title>x &lt;y&gt; &#233;</title><path d="M0 0"/></svg>');
    expect(el.name).toBe('svg');
    expect(el.attrs.a).toBe('1 & 2');
    expect(textOf(el)).toBe('x <y> é');
  });
  for (const bad of ['<svg><g></svg>', '<svg>a & b</svg>', '<svg a="1" a="2"/>', '<svg a=1/>', '<svg>\u0001</svg>', '<svg/><svg/>', '<svg><g></g>', 'text<svg/>', '<svg x="<"/>']) {
    it(`rejects ${JSON.stringify(bad)}`, () => expect(() => parseXml(bad)).toThrow());
  }
});
