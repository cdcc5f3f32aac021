import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../../src/lib/render/escapeXml.ts';
import { parseXml, textOf } from './xml.ts';

describe('escapeXml', () => {
  it('escapes markup and keeps every other character, emoji included', () => {
    expect(escapeXml(`<a href="x">'&'</a> Київ 🇺🇦`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt; Київ 🇺🇦');
  });
  it('replaces what XML cannot hold, so the document stays well-formed', () => {
    const s = 'a\u0000b\u001fc\ud800d\udc00e\uffff\t\n';
    const el = parseXml(`<t v="${escapeXml(s)}">${escapeXml(s)}</t>`);
    expect(textOf(el)).toBe('a\ufffdb\ufffdc\ufffdd\ufffde\ufffd\t\n');
  });
});
