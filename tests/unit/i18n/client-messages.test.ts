// Client components only receive the message namespaces their <ClientMessages> wrapper names
// (components/i18n/client-messages.tsx), and there is no app-wide provider: a client component that
// uses next-intl outside a wrapper fails at render, one without its namespaces shows raw keys such
// as "login.email" to the user. This test reads the sources and fails first.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../messages/en.json';

const ROOT = path.resolve(__dirname, '../../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}

const sources = [...files(path.join(ROOT, 'app')), ...files(path.join(ROOT, 'components'))].map((file) => ({
  file: path.relative(ROOT, file),
  text: readFileSync(file, 'utf8'),
}));

const clientComponents = sources
  .filter((s) => /^['"]use client['"]/m.test(s.text) && /from 'next-intl'/.test(s.text))
  .map((s) => ({
    ...s,
    exports: [...s.text.matchAll(/export (?:function|const) (\w+)/g)].map((m) => m[1]!),
    namespaces: [...new Set([...s.text.matchAll(/useTranslations\(\s*'([^']+)'\s*\)/g)].map((m) => m[1]!.split('.')[0]!))],
  }));

describe('client components get the messages they use', () => {
  it('finds the client components that translate', () => {
    expect(clientComponents.map((c) => c.file)).toEqual(
      expect.arrayContaining(['components/auth/login-form.tsx', 'components/applications/application-form.tsx']),
    );
    for (const c of clientComponents) {
      if (/useTranslations\(/.test(c.text))
        expect(c.namespaces.length, `${c.file} calls useTranslations() without a namespace`).toBeGreaterThan(0);
      for (const ns of c.namespaces) expect(en, `${c.file}: no namespace "${ns}" in messages/en.json`).toHaveProperty(ns);
    }
  });

  for (const c of clientComponents) {
    for (const name of c.exports) {
      it(`<${name}> (${c.file}) sits inside <ClientMessages>${c.namespaces.length ? ` with ${c.namespaces.join(', ')}` : ''}`, () => {
        const users = sources.filter((s) => s.file !== c.file && new RegExp(`<${name}[\\s/>]`).test(s.text));
        for (const u of users) {
          // Every use of the component must be preceded by an open wrapper that names its namespaces.
          for (const m of u.text.matchAll(new RegExp(`<${name}[\\s/>]`, 'g'))) {
            const before = u.text.slice(0, m.index);
            const open = before.lastIndexOf('<ClientMessages');
            const close = before.lastIndexOf('</ClientMessages>');
            expect(open, `${u.file}: <${name}> is not inside <ClientMessages>`).toBeGreaterThan(close);
            const declared = /namespaces=\{\[([^\]]*)\]\}/.exec(before.slice(open))?.[1] ?? '';
            for (const ns of c.namespaces)
              expect(declared, `${u.file}: <ClientMessages> around <${name}> lacks '${ns}'`).toContain(`'${ns}'`);
          }
        }
      });
    }
  }
});
