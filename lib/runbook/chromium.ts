// Which Chromium renders PDFs (issue 17: "the first command gives the whole product").
// 1. CHROMIUM_PATH, 2. the system's Chromium (Debian's package, /usr/bin/chromium), 3. the Chromium
// that ships inside the npm package @sparticuz/chromium (a dependency: it comes with `npm install`
// from the registry, nothing is downloaded at run time). The third is brotli-compressed in the
// package; it is unpacked once per version into ORP_CHROMIUM_DIR (default: the OS temp directory)
// with the libraries it needs (NSS, NSPR, expat: al2023.tar.br), its fonts and SwiftShader.
// docs/decisions/0084-bundled-chromium.md has the measurements.
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { extract } from 'tar-fs';
import { loadEnv } from '../env';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

export interface ChromiumTarget {
  path: string;
  /** Extra environment for the browser process (the bundled build's libraries and fonts). */
  env?: Record<string, string>;
  source: 'option' | 'CHROMIUM_PATH' | 'system' | 'bundled';
}

const BUNDLE_PACKAGE = path.join('node_modules', '@sparticuz', 'chromium');

/** The bundled Chromium's package directory and version, if installed. */
function bundle(cwd = process.cwd()): { dir: string; version: string } | null {
  const dir = path.join(cwd, BUNDLE_PACKAGE);
  const pkg = path.join(dir, 'package.json');
  if (!existsSync(path.join(dir, 'bin', 'chromium.br'))) return null;
  return { dir, version: String((JSON.parse(readFileSync(pkg, 'utf8')) as { version?: unknown }).version ?? '0') };
}

let unpacking: Promise<ChromiumTarget> | null = null;

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
function fontsConf(dir: string): string {
  const dirs = [path.join(dir, 'fonts', 'fonts'), '/usr/share/fonts', '/usr/local/share/fonts'];
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    ...dirs.map((d) => `  <dir>${xml(d)}</dir>`),
    `  <cachedir>${xml(path.join(dir, 'fonts', 'cache'))}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n');
}

async function unpack(from: { dir: string; version: string }, root: string): Promise<ChromiumTarget> {
  // "-2": the layout with our own fonts.conf (an earlier unpack pointed fontconfig at /tmp/fonts).
  const dir = path.join(root, `orp-chromium-${from.version}-2`);
  const target: ChromiumTarget = {
    path: path.join(dir, 'chromium'),
    env: { LD_LIBRARY_PATH: path.join(dir, 'al2023', 'lib'), FONTCONFIG_PATH: path.join(dir, 'fonts') },
    source: 'bundled',
  };
  if (existsSync(target.path)) return target;
  // Unpacked next to the final place and renamed: a half-unpacked browser is never used.
  const work = `${dir}.tmp-${process.pid}-${Date.now()}`;
  mkdirSync(work, { recursive: true });
  try {
    const bin = path.join(from.dir, 'bin');
    await pipeline(
      createReadStream(path.join(bin, 'chromium.br')),
      createBrotliDecompress(),
      createWriteStream(path.join(work, 'chromium'), { mode: 0o755 }),
    );
    const untar = (name: string, into: string) => pipeline(createReadStream(path.join(bin, name)), createBrotliDecompress(), extract(into));
    await untar('al2023.tar.br', path.join(work, 'al2023'));
    await untar('fonts.tar.br', path.join(work, 'fonts'));
    // The package's fonts.conf names Lambda's directories (/var/task/fonts, /tmp/fonts…): where none
    // exists Chromium finds no font and prints blank pages. Ours names the unpacked fonts (by their
    // final path) and the system's font directories where there are any.
    writeFileSync(path.join(work, 'fonts', 'fonts.conf'), fontsConf(dir));
    // SwiftShader's libraries sit next to the binary (Chromium looks for them there).
    await untar('swiftshader.tar.br', work);
    try {
      renameSync(work, dir);
    } catch (e) {
      // Another process was faster: use its copy.
      if (!existsSync(target.path)) throw e;
      rmSync(work, { recursive: true, force: true });
    }
  } catch (e) {
    rmSync(work, { recursive: true, force: true });
    throw e;
  }
  return target;
}

/**
 * The Chromium to launch. `systemPath` and `cwd` are for tests (a machine without Debian's
 * Chromium); the bundled one is unpacked on first use (about 7 s) and reused afterwards.
 */
export async function resolveChromium(opts: { chromiumPath?: string; systemPath?: string; cwd?: string } = {}): Promise<ChromiumTarget> {
  if (opts.chromiumPath) return { path: opts.chromiumPath, source: 'option' };
  const env = loadEnv();
  if (env.CHROMIUM_PATH) return { path: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' };
  const system = opts.systemPath ?? DEFAULT_CHROMIUM_PATH;
  if (existsSync(system)) return { path: system, source: 'system' };
  const from = bundle(opts.cwd);
  if (!from) return { path: system, source: 'system' };
  unpacking ??= unpack(from, env.ORP_CHROMIUM_DIR ?? tmpdir()).finally(() => {
    unpacking = null;
  });
  return unpacking;
}
