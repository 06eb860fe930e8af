// Where things are in a JSON text: the position of a syntax error, and the line where the value at a
// JSON path begins. Only used on the error path (the happy path is JSON.parse), so it favours clarity
// over speed. Iterative (an explicit stack), so deeply nested input cannot overflow the call stack.

export interface TextPosition {
  /** 0-based UTF-16 offset. */
  offset: number;
  /** 1-based line. */
  line: number;
  /** 1-based column (UTF-16 code units). */
  column: number;
}

export interface JsonSyntaxError extends TextPosition {
  message: string;
}

export type PathSegment = string | number;

const IDENT = /^[A-Za-z_$][\w$]*$/;

/** `applications[3].integration`, `policy["odd key"]`, `` for the root. */
export function formatJsonPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) out = appendSegment(out, seg);
  return out;
}

function appendSegment(prefix: string, seg: PathSegment): string {
  if (typeof seg === 'number') return `${prefix}[${seg}]`;
  if (IDENT.test(seg)) return prefix === '' ? seg : `${prefix}.${seg}`;
  return `${prefix}[${JSON.stringify(seg)}]`;
}

/** Converts offsets to line/column; builds the line index once. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }

  position(offset: number): TextPosition {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { offset, line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}

interface Frame {
  kind: 'object' | 'array';
  path: string;
  index: number;
}

class ScanError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function describe(text: string, pos: number): string {
  if (pos >= text.length) return 'end of input';
  const cp = text.codePointAt(pos)!;
  const ch = String.fromCodePoint(cp);
  if (cp < 0x20) return `control character U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return `'${ch}'`;
}

/**
 * Scans `text` as strict JSON (RFC 8259). Calls `onValue(path, offset)` where each value (and each
 * object key, under the path of its value) begins. Throws ScanError on the first syntax error.
 */
function scan(text: string, onValue: (path: string, offset: number) => void): void {
  const n = text.length;
  let pos = 0;
  const stack: Frame[] = [];

  const skipWs = () => {
    while (pos < n) {
      const c = text.charCodeAt(pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) pos++;
      else break;
    }
  };
  const fail = (expected: string): never => {
    throw new ScanError(pos, `expected ${expected} but found ${describe(text, pos)}`);
  };
  const readString = (): string => {
    // text[pos] === '"'
    const start = pos;
    pos++;
    let out = '';
    let chunk = pos;
    while (true) {
      if (pos >= n) throw new ScanError(start, 'unterminated string');
      const c = text.charCodeAt(pos);
      if (c === 34) {
        out += text.slice(chunk, pos);
        pos++;
        return out;
      }
      if (c < 0x20) throw new ScanError(pos, `${describe(text, pos)} inside a string (escape it)`);
      if (c === 92) {
        out += text.slice(chunk, pos);
        const e = text[pos + 1];
        if (e === undefined) throw new ScanError(start, 'unterminated string');
        if (e === 'u') {
          const hex = text.slice(pos + 2, pos + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new ScanError(pos, 'invalid \\u escape (expected 4 hex digits)');
          out += String.fromCharCode(parseInt(hex, 16));
          pos += 6;
        } else {
          const map: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
          const v = map[e];
          if (v === undefined) throw new ScanError(pos, `invalid escape \\${e} in a string`);
          out += v;
          pos += 2;
        }
        chunk = pos;
        continue;
      }
      pos++;
    }
  };

  // Parse one value at `path`; containers push a frame and return.
  const beginValue = (path: string): boolean /* true when a container was opened */ => {
    skipWs();
    onValue(path, pos);
    const c = text[pos];
    if (c === '{') {
      pos++;
      skipWs();
      if (text[pos] === '}') {
        pos++;
        return false;
      }
      stack.push({ kind: 'object', path, index: 0 });
      return true;
    }
    if (c === '[') {
      pos++;
      skipWs();
      if (text[pos] === ']') {
        pos++;
        return false;
      }
      stack.push({ kind: 'array', path, index: 0 });
      return true;
    }
    if (c === '"') {
      readString();
      return false;
    }
    if (c === 't' || c === 'f' || c === 'n') {
      for (const lit of ['true', 'false', 'null']) {
        if (text.startsWith(lit, pos)) {
          pos += lit.length;
          return false;
        }
      }
      return fail('a JSON value');
    }
    NUMBER.lastIndex = pos;
    const m = NUMBER.exec(text);
    if (m && m[0].length > 0) {
      pos += m[0].length;
      return false;
    }
    return fail('a JSON value');
  };

  const readKeyThenColon = (frame: Frame): string => {
    skipWs();
    if (text[pos] !== '"') fail('a property name in double quotes');
    const keyStart = pos;
    const key = readString();
    const childPath = appendSegment(frame.path, key);
    onValue(childPath, keyStart);
    skipWs();
    if (text[pos] !== ':') fail(`':' after property name`);
    pos++;
    return childPath;
  };

  // Root value.
  let opened = beginValue('');
  let pendingChildPath: string | null = null;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (opened) {
      // First child of a freshly opened container.
      opened = false;
      pendingChildPath = frame.kind === 'object' ? readKeyThenColon(frame) : appendSegment(frame.path, 0);
      opened = beginValue(pendingChildPath);
      continue;
    }
    // After a child value: ',' or the closing bracket.
    skipWs();
    const c = text[pos];
    if (c === ',') {
      pos++;
      frame.index++;
      pendingChildPath = frame.kind === 'object' ? readKeyThenColon(frame) : appendSegment(frame.path, frame.index);
      opened = beginValue(pendingChildPath);
      continue;
    }
    if ((frame.kind === 'object' && c === '}') || (frame.kind === 'array' && c === ']')) {
      pos++;
      stack.pop();
      continue;
    }
    fail(frame.kind === 'object' ? `',' or '}' after a property value` : `',' or ']' after an array element`);
  }
  skipWs();
  if (pos < n) fail('end of input after the JSON value');
}

/** The first syntax error of `text` as strict JSON, or null when it is valid. */
export function findJsonSyntaxError(text: string, lines?: LineIndex): JsonSyntaxError | null {
  try {
    scan(text, () => {});
    return null;
  } catch (e) {
    if (!(e instanceof ScanError)) {
      const msg = e instanceof Error ? e.message : String(e);
      return { ...(lines ?? new LineIndex(text)).position(0), message: msg };
    }
    return { ...(lines ?? new LineIndex(text)).position(e.offset), message: e.message };
  }
}

/**
 * For each wanted path, the position where the deepest existing value on that path begins (so a
 * missing key points at its object). Keys are formatted with formatJsonPath.
 */
export function locateJsonPaths(text: string, paths: readonly (readonly PathSegment[])[]): Map<string, TextPosition> {
  const wanted = new Set<string>();
  for (const p of paths) {
    let prefix = '';
    wanted.add(prefix);
    for (const seg of p) {
      prefix = appendSegment(prefix, seg);
      wanted.add(prefix);
    }
  }
  const found = new Map<string, number>();
  try {
    scan(text, (path, offset) => {
      if (wanted.has(path) && !found.has(path)) found.set(path, offset);
    });
  } catch {
    // Syntax errors are reported elsewhere; keep what was found before them.
  }
  const lines = new LineIndex(text);
  const out = new Map<string, TextPosition>();
  for (const p of paths) {
    let prefix = '';
    let best = found.get('');
    for (const seg of p) {
      prefix = appendSegment(prefix, seg);
      const at = found.get(prefix);
      if (at === undefined) break;
      best = at;
    }
    if (best !== undefined) out.set(formatJsonPath(p), lines.position(best));
  }
  return out;
}
