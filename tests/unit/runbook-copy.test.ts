import { describe, expect, it } from 'vitest';
import { withCopyButtons } from '@/lib/runbook-copy';

describe('withCopyButtons', () => {
  it('adds one button to each message figure, none to code figures, and escapes the label', () => {
    const html =
      '<figure class="rb-message" data-copy-target="a"><p>x</p></figure>' +
      '<figure class="rb-code"><pre>y</pre></figure>' +
      '<figure class="rb-message" data-copy-target="b"><figure class="rb-code"></figure><p>z</p></figure>';
    const out = withCopyButtons(html, 'Copy <now>');
    expect(out.match(/data-copy-button/g)).toHaveLength(2);
    expect(out).toContain('Copy &#60;now&#62;</button></figure><figure class="rb-code"><pre>y</pre></figure>');
    expect(
      out.endsWith(
        '<p>z</p><button type="button" data-copy-button="1" class="no-print mt-2 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-800 hover:bg-slate-50">Copy &#60;now&#62;</button></figure>',
      ),
    ).toBe(true);
  });
});
