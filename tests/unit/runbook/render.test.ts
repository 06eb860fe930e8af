// Markdown and HTML rendering: structure, binder cover, copy-button hooks, print CSS, and escaping —
// user text (names, owner, notes, group names) never survives as markup, a link or a formula.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Runbook } from '../../../lib/domain/runbook/types';
import { escapeHtml, escapeMarkdown, stripControl } from '../../../lib/runbook/escape';
import { renderBinderMarkdown, renderRunbookMarkdown } from '../../../lib/runbook/render-md';
import { RUNBOOK_CSS, renderBinderHtml, renderRunbookHtml } from '../../../lib/runbook/render-html';
import { GENERATED_AT, app, group, runbookOf } from './fixtures';

const EVIL = {
  script: '<script>alert(1)</script>',
  link: '[x](javascript:alert(1))',
  formula: '=HYPERLINK("http://evil")',
  img: '<img src=x onerror=alert(1)>',
  autolink: 'see https://evil.example/x and www.evil.example and bad@evil.example',
  md: '**bold** _it_ `code` # h | t ~~s~~ ![i](http://evil/i.png)',
  control: 'bell\u0007 rtl\u202Eoverride\u0000',
};

const evilName = `${EVIL.script} ${EVIL.link}`;

function evilScene() {
  return {
    groups: [group(EVIL.img), group('Doctors', true)],
    apps: [
      app({
        name: evilName,
        owner: EVIL.formula,
        notes: `${EVIL.autolink}\n${EVIL.md}\n${EVIL.control}\n- list\n1. ordered\n> quote`,
        groups: [EVIL.img],
        configuredFailmode: 'safe',
      }),
      app({ name: EVIL.formula, integration: 'duo-sso', configuredFailmode: 'none', dataClasses: ['health'], groups: [EVIL.img] }),
      app({ name: 'Clinic', integration: 'okta', configuredFailmode: 'none', groups: ['Doctors'] }),
    ],
  };
}

function evilRunbooks(lang: 'en' | 'de' = 'en'): Runbook[] {
  const scene = evilScene();
  return scene.apps.map((a) => runbookOf(scene, a.name, { lang }).rb);
}

/** Markdown text with every backslash-escaped character removed. */
function unescapedMd(md: string): string {
  return md.replace(/\\[\s\S]/g, '');
}

describe('escaping: Markdown', () => {
  const [rb] = evilRunbooks();
  const md = renderRunbookMarkdown(rb);

  it('keeps no HTML, link, image or formula from user text', () => {
    // What a Markdown renderer sees as syntax: the text without its backslash-escaped characters.
    const live = unescapedMd(md);
    for (const out of [md, live]) {
      expect(out).not.toContain('](javascript:');
      expect(out).not.toContain('=HYPERLINK(');
      expect(out).not.toContain('![i]');
      expect(out).not.toContain('http://evil');
      expect(out).not.toContain('https://evil');
      expect(out).not.toContain('www.evil');
    }
    expect(live).not.toContain('<script');
    expect(live).not.toContain('<img');
    expect(live).not.toContain('@evil');
    expect(live).not.toMatch(/\*\*bold|`code`|~~s~~/);
    expect(md).toContain('\\<script\\>alert\\(1\\)\\</script\\>');
    expect(md).toContain('\\[x\\]\\(javascript:alert\\(1\\)\\)');
  });

  it('strips control and bidi-override characters', () => {
    expect(md).not.toMatch(/[\u0000\u0007\u202E]/);
    expect(md).toContain('bell rtloverride');
  });

  it('turns user line breaks into spaces, so a note cannot start a list, quote or heading', () => {
    expect(md).not.toMatch(/^- list/m);
    expect(md).not.toMatch(/^1\. ordered/m);
    expect(md).not.toMatch(/^> quote/m);
  });

  it('links only fixed https system URLs; anchors are model ids', () => {
    const targets = [...unescapedMd(md).matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThan(0);
    for (const t of targets) expect(t).toMatch(/^(<https:\/\/(status\.duo\.com|duo\.com)\/[^>]*>|#rb-[a-z0-9-]+)$/);
    const anchors = [...md.matchAll(/<a id="([^"]*)"><\/a>/g)].map((m) => m[1]);
    for (const a of anchors) expect(a).toMatch(/^rb-[a-z0-9-]+$/);
    // No other raw HTML: every "<" that is not an anchor or a link destination is escaped.
    const rest = unescapedMd(md)
      .replace(/<a id="[^"]*"><\/a>/g, '')
      .replace(/\]\(<https:[^>]*>\)/g, '');
    const codeFree = rest.replace(/```[\s\S]*?```/g, '');
    expect(codeFree).not.toMatch(/<[A-Za-z!/?]/);
  });

  it('escapeMarkdown: every markup character of arbitrary text is backslash-escaped', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
        const out = unescapedMd(escapeMarkdown(s));
        expect(out).not.toMatch(/[[\]()<>*_`#|~!{}&$@\\]/);
        expect(out).not.toMatch(/[\r\n]/);
        expect(out).not.toMatch(/^\s*[=+-]/);
        expect(out).not.toMatch(/:\/\//);
      }),
      { numRuns: 300 },
    );
  });

  it('binder Markdown escapes names in the table of contents', () => {
    const out = renderBinderMarkdown(evilRunbooks(), { generatedAt: GENERATED_AT, lang: 'en', title: '<b>Binder</b>' });
    const live = unescapedMd(out)
      .replace(/<a id="rb-[a-z0-9-]+"><\/a>/g, '')
      .replace(/\]\(<https:[^>]*>\)/g, '')
      .replace(/```[\s\S]*?```/g, '');
    expect(live).not.toContain('<script');
    expect(live).not.toContain('<b>');
    expect(live).not.toMatch(/<[a-z]/i);
    expect(out).not.toContain('=HYPERLINK(');
    expect(out).toContain('# \\<b\\>Binder\\</b\\>');
  });
});

describe('escaping: HTML', () => {
  const rbs = evilRunbooks();
  const outputs = [
    renderRunbookHtml(rbs[0], { standalone: true }),
    renderRunbookHtml(rbs[0], { standalone: false }),
    renderBinderHtml(rbs, { generatedAt: GENERATED_AT, lang: 'en', title: '<script>x</script>' }),
  ];

  it('keeps no script, element, event handler or javascript: link from user text', () => {
    for (const html of outputs) {
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<img/i);
      // Inside tags (text "<" is always escaped, so every "<" opens a tag of the renderer).
      expect(html).not.toMatch(/<[^>]*\son[a-z]+=/i);
      expect(html).not.toMatch(/<[^>]*\sstyle=/i);
      expect(html).not.toMatch(/href="(?!https:\/\/|#)/);
      expect(html).not.toContain('href="https://evil');
      expect(html).not.toContain('=HYPERLINK("');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    }
  });

  it('every href is a fixed https system URL or an in-document anchor that exists', () => {
    const html = outputs[2];
    const ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]));
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) {
      if (href.startsWith('#')) expect(ids.has(href.slice(1)), href).toBe(true);
      else expect(href).toMatch(/^https:\/\/(status\.duo\.com|duo\.com|docs\.pingidentity\.com|apereo\.github\.io)\//);
    }
  });

  it('strips control characters', () => {
    for (const html of outputs) expect(html).not.toMatch(/[\u0000\u0007\u202E]/);
  });

  it('escapeHtml: arbitrary text never yields markup characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
        expect(escapeHtml(s)).not.toMatch(/[<>"']/);
        expect(escapeHtml(s).replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
      }),
      { numRuns: 300 },
    );
    expect(stripControl('a\u202Eb\u0000c')).toBe('abc');
  });
});

describe('HTML structure', () => {
  const scene = {
    groups: [group('Staff'), group('Doctors', true)],
    apps: [
      app({ name: 'VPN', configuredFailmode: 'safe', criticality: 'critical' }),
      app({ name: 'EHR', integration: 'duo-sso', configuredFailmode: 'none', dataClasses: ['health'] }),
      app({ name: 'Clinic', integration: 'okta', configuredFailmode: 'none', groups: ['Doctors', 'Staff'] }),
    ],
  };
  const rbs = scene.apps.map(
    (a, i) =>
      runbookOf(scene, a.name, {
        approval: i === 0 ? undefined : { state: i === 1 ? 'unreviewed' : 'rejected', reviewer: null, decidedAt: null, expiresAt: null },
      }).rb,
  );

  it('standalone: a whole document with lang, inline CSS, CSP, print CSS and no script', () => {
    const html = renderRunbookHtml(rbs[0], { standalone: true });
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('@page');
    expect(html).toContain('@media print');
    expect(html).toContain('attr(href)');
    expect(html).toContain('break-before: page');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link\s/i);
    expect(html).toContain('<title>DR runbook: VPN</title>');
  });

  it('fragment: one <article class="runbook"> with the runbook\'s language; RUNBOOK_CSS is exported', () => {
    const html = renderRunbookHtml(rbs[0], { standalone: false });
    expect(html).toMatch(/^<article class="runbook" id="rb-vpn-[0-9a-f]{8}" lang="en"/);
    expect(html.endsWith('</article>')).toBe(true);
    expect(html).not.toContain('<style');
    expect(RUNBOOK_CSS).toContain('.runbook');
    expect(renderRunbookHtml(runbookOf(scene, 'VPN', { lang: 'de' }).rb, { standalone: false })).toContain('lang="de"');
  });

  it('end-user messages carry a stable id = data-copy-target and the plain text to copy', () => {
    const html = renderRunbookHtml(rbs[0], { standalone: false });
    const targets = [...html.matchAll(/id="([^"]+)" data-copy-target="([^"]+)"/g)];
    expect(targets.length).toBe(5); // the messages section only: each message once
    for (const [, id, target] of targets) expect(id).toBe(target);
    expect(new Set(targets.map((m) => m[1])).size).toBe(targets.length);
    expect(html).toContain(`id="${rbs[0].id}-msg-fail-secure"`);
    expect(html).toContain(
      'data-copy-text="Subject: Authentication problems - In Progress (VPN)\n\nWe are experiencing problems with Duo two-factor authentication.',
    );
  });

  it('steps have checkboxes; options show status, How / What it does / Revert', () => {
    const html = renderRunbookHtml(rbs[0], { standalone: false });
    expect(html).toContain('<input type="checkbox">');
    expect(html).toMatch(/<section class="rb-option rb-status-available" id="[^"]*-options-opt-primary-only"/);
    expect(html).toContain('<dt>How</dt>');
    expect(html).toContain('<dt>What it does</dt>');
    expect(html).toContain('<dt>Revert</dt>');
    const de = renderRunbookHtml(runbookOf(scene, 'VPN', { lang: 'de' }).rb, { standalone: false });
    expect(de).toContain('<dt>Vorgehensweise</dt>');
    expect(de).toContain('<dt>Wirkung</dt>');
  });

  it('binder: cover with title, time, counts by level and review state, contents; each runbook on a new page', () => {
    const html = renderBinderHtml(rbs, { generatedAt: GENERATED_AT, lang: 'en' });
    expect(html).toContain('<h1>DR runbooks</h1>');
    expect(html).toContain('Generated: 2026-03-02 09:30 UTC');
    expect(html).toContain('<tr><th scope="row">Most restrictive</th><td class="rb-num">1</td></tr>');
    expect(html).toContain('<tr><th scope="row">Restrictive</th><td class="rb-num">1</td></tr>');
    expect(html).toContain('<tr><th scope="row">approved</th><td class="rb-num">1</td></tr>');
    expect(html).toContain('<tr><th scope="row">rejected</th><td class="rb-num">1</td></tr>');
    for (const rb of rbs) expect(html).toContain(`<a href="#${rb.id}">`);
    expect(html.match(/<article class="runbook"/g)).toHaveLength(3);
    expect(RUNBOOK_CSS).toMatch(/\.rb-binder > \.runbook \{ break-before: page/);
    expect(html).not.toMatch(/<script/i);
  });

  it('binder filter selects runbooks and is described on the cover', () => {
    const html = renderBinderHtml(rbs, { generatedAt: GENERATED_AT, lang: 'en', filter: { levels: ['most-restrictive', 'restrictive'] } });
    expect(html.match(/<article class="runbook"/g)).toHaveLength(2);
    expect(html).toContain('restriction level: Most restrictive, Restrictive');
    const md = renderBinderMarkdown(rbs, { generatedAt: GENERATED_AT, lang: 'de', filter: { reviewStates: ['unreviewed'], query: 'eh' } });
    expect(md).toContain('# DR-Runbooks');
    expect(md).toContain('Prüfstatus: nicht geprüft');
    expect(md.match(/^## /gm)).toHaveLength(2); // "Inhalt" + one runbook
  });

  it('Markdown runbook: headings, checkboxes, fenced log lines, message blocks', () => {
    const md = renderRunbookMarkdown(rbs[0]);
    expect(md.startsWith(`<a id="${rbs[0].id}"></a>\n# DR runbook: VPN\n`)).toBe(true);
    expect(md).toContain('## Duo unreachable \\(failmode invoked\\)');
    expect(md).toContain('- [ ] ');
    expect(md).toContain('```text\nFailmode Safe - Allowed Duo login on preauth failure\n');
    expect(md).toContain('> **Subject:** Authentication problems - In Progress \\(VPN\\)');
    expect(md).toContain('authproxy_primary_only -t 60');
    expect(md.endsWith('\n')).toBe(true);
    expect(md).not.toMatch(/\n\n\n/);
  });
});
