// The English texts that the server and the shared Zod schemas can show a user, read from the
// sources (issue 18.1): every literal passed to `new AppError(code, message, issues)` and to a
// message of an issue, and every `error:` / `message:` text of the schemas in lib/validations.
// `${…}` parts become "X" (the translator's placeholders take any text).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((f) => {
    const rel = `${dir}/${f}`;
    if (statSync(join(ROOT, rel)).isDirectory()) return f === 'generated' ? [] : files(rel);
    return /\.tsx?$/.test(f) ? [rel] : [];
  });
}

/** Text of a string or template literal with each `${…}` replaced by X (nesting-aware). */
function literalText(src: string, start: number): { text: string; end: number } | null {
  const q = src[start];
  if (q !== "'" && q !== '`' && q !== '"') return null;
  let out = '';
  let i = start + 1;
  while (i < src.length && src[i] !== q) {
    if (src[i] === '\\') {
      out += src[i + 1];
      i += 2;
    } else if (q === '`' && src[i] === '$' && src[i + 1] === '{') {
      let depth = 1;
      i += 2;
      while (i < src.length && depth > 0) {
        if (src[i] === '{') depth++;
        else if (src[i] === '}') depth--;
        else if (src[i] === '`' || src[i] === "'") {
          const inner = literalText(src, i);
          if (inner) i = inner.end;
        }
        i++;
      }
      out += 'X';
    } else out += src[i++];
  }
  return { text: out, end: i };
}

/** All literals in `expr` (an argument list or an option value), in order. */
function literalsIn(src: string, from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) {
    const c = src[i];
    if (c === "'" || c === '`' || c === '"') {
      const l = literalText(src, i);
      if (!l) continue;
      out.push(l.text);
      i = l.end;
    }
  }
  return out;
}

/** End of the balanced expression that starts at `i` (stops at the closing bracket or a top-level comma/newline-free end). */
function exprEnd(src: string, i: number, stopAtComma: boolean): number {
  let depth = 0;
  for (; i < src.length; i++) {
    const c = src[i];
    if (c === "'" || c === '`' || c === '"') {
      const l = literalText(src, i);
      if (l) i = l.end;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return i;
      depth--;
    } else if (c === ',' && depth === 0 && stopAtComma) return i;
  }
  return i;
}

/** Looks like a sentence for people (not a code, path, key or enum value). */
const isText = (s: string) => /\s/.test(s.trim()) && /[a-z]/.test(s) && !/^[A-Z_]+$/.test(s);

export function serverMessages(): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  for (const file of [...files('lib/server'), ...files('lib/actions'), ...files('app/api')]) {
    const src = readFileSync(join(ROOT, file), 'utf8');
    for (const m of src.matchAll(/new AppError\(/g)) {
      const start = m.index + m[0].length;
      const end = exprEnd(src, start, false);
      for (const text of literalsIn(src, start, end)) if (isText(text)) out.push({ file, text });
    }
  }
  return out;
}

export function schemaMessages(): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  for (const file of [...files('lib/validations'), 'lib/server/inventory/import-files.ts', 'lib/actions/import.ts']) {
    const src = readFileSync(join(ROOT, file), 'utf8');
    for (const m of src.matchAll(/\b(error|message):\s*/g)) {
      const start = m.index + m[0].length;
      const end = exprEnd(src, start, true);
      for (const text of literalsIn(src, start, end)) if (isText(text)) out.push({ file, text });
    }
  }
  return out;
}
