// Where things are in a JSON text: the position of a syntax error, and the line where the value at a
// JSON path begins. Only used on the error path (the happy path is JSON.parse), so it favours clarity
// over speed. The tokens come from jsonc-parser's scanner; the nesting is walked here with an explicit
// stack, so deeply nested input cannot overflow the call stack.
import { createScanner } from 'jsonc-parser';

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

// jsonc-parser's token kinds and scan errors (its SyntaxKind and ScanError are const enums, which
// isolatedModules cannot read; the numbers are part of its API).
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const COMMA = 5;
const COLON = 6;
const STRING = 10;
const NUMBER = 11;
const LINE_COMMENT = 12;
const BLOCK_COMMENT = 13;
const LINE_BREAK = 14;
const WHITESPACE = 15;
const UNKNOWN = 16;
const EOF = 17;
const LITERAL = 8; // true (false and null alike)
const VALUE_TOKENS = new Set([7, LITERAL, 9, STRING, NUMBER]); // null, true, false, string, number
const UNEXPECTED_END_OF_STRING = 2;
const UNEXPECTED_END_OF_NUMBER = 3;

class ScanError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

function describe(text: string, pos: number): string {
  if (pos >= text.length) return 'end of input';
  const cp = text.codePointAt(pos)!;
  const ch = String.fromCodePoint(cp);
  if (cp < 0x20) return `control character U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return `'${ch}'`;
}

const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** The first fault of the string token at `start` (jsonc-parser says that there is one, not where). */
function stringFault(text: string, start: number, end: number, scanError: number): ScanError {
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20) return new ScanError(i, `${describe(text, i)} inside a string (escape it)`);
    if (c !== 92) continue;
    const e = text[i + 1];
    if (e === undefined) break;
    if (e === 'u') {
      if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return new ScanError(i, 'invalid \\u escape (expected 4 hex digits)');
      i += 5;
    } else if (!ESCAPES.has(e)) return new ScanError(i, `invalid escape \\${e} in a string`);
    else i++;
  }
  // A line break ends the token before it; otherwise the text ended inside the string.
  if (scanError === UNEXPECTED_END_OF_STRING && end < text.length)
    return new ScanError(end, `${describe(text, end)} inside a string (escape it)`);
  return new ScanError(start, 'unterminated string');
}

/**
 * Reads `text` as strict JSON (RFC 8259) token by token with jsonc-parser's scanner. Calls
 * `onValue(path, offset)` where each value (and each object key, under the path of its value) begins.
 * Throws ScanError on the first syntax error. The nesting is an explicit stack (jsonc-parser's own
 * parser recurses, so deeply nested input would overflow the call stack).
 */
function scan(text: string, onValue: (path: string, offset: number) => void): void {
  const scanner = createScanner(text, false);
  let tok = 0;
  let at = 0;
  /** The next token that is not whitespace; comments are not JSON. */
  const next = (): number => {
    do tok = scanner.scan();
    while (tok === WHITESPACE || tok === LINE_BREAK);
    at = scanner.getTokenOffset();
    if (tok === LINE_COMMENT || tok === BLOCK_COMMENT) tok = UNKNOWN; // fails as the '/' it starts with
    if (tok === UNKNOWN) {
      // The scanner reads `truex` as one unknown word: take the literal and leave the rest for later.
      const literal = ['true', 'false', 'null'].find((l) => text.startsWith(l, at));
      if (literal) {
        scanner.setPosition(at + literal.length);
        tok = LITERAL;
      }
    }
    return tok;
  };
  /** A string or number token is only wrong where a value or key is read (`1"x` is a missing comma). */
  const checkToken = (): void => {
    const err: number = scanner.getTokenError();
    if (err === 0 || tok === LITERAL) return;
    if (tok === STRING) throw stringFault(text, at, scanner.getPosition(), err);
    if (tok === NUMBER && err === UNEXPECTED_END_OF_NUMBER) {
      const end = scanner.getPosition();
      throw new ScanError(end, `expected a digit after '${text.slice(at, end)}' but found ${describe(text, end)}`);
    }
  };
  const fail = (expected: string): never => {
    throw new ScanError(at, `expected ${expected} but found ${describe(text, at)}`);
  };
  const stack: { kind: 'object' | 'array'; path: string; index: number }[] = [];
  let opened = false; // the top frame was just opened: the current token is its first child

  /** The value starting at the current token; a non-empty container pushes a frame. */
  const value = (path: string): void => {
    onValue(path, at);
    if (tok === OPEN_BRACE || tok === OPEN_BRACKET) {
      const object = tok === OPEN_BRACE;
      if (next() === (object ? CLOSE_BRACE : CLOSE_BRACKET)) return;
      stack.push({ kind: object ? 'object' : 'array', path, index: 0 });
      opened = true;
      return;
    }
    if (!VALUE_TOKENS.has(tok)) fail('a JSON value');
    checkToken();
  };
  /** The child at the current token: a key, ':' and a value, or an array element. */
  const child = (frame: (typeof stack)[number]): void => {
    if (frame.kind === 'array') {
      value(appendSegment(frame.path, frame.index));
      return;
    }
    if (tok !== STRING) fail('a property name in double quotes');
    checkToken();
    const childPath = appendSegment(frame.path, scanner.getTokenValue());
    onValue(childPath, at);
    next();
    if (tok !== COLON) fail(`':' after property name`);
    next();
    value(childPath);
  };

  next();
  value('');
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (opened) {
      opened = false;
      child(frame);
      continue;
    }
    next();
    if (tok === COMMA) {
      frame.index++;
      next();
      child(frame);
      continue;
    }
    if (tok === (frame.kind === 'object' ? CLOSE_BRACE : CLOSE_BRACKET)) {
      stack.pop();
      continue;
    }
    fail(frame.kind === 'object' ? `',' or '}' after a property value` : `',' or ']' after an array element`);
  }
  if (next() !== EOF) fail('end of input after the JSON value');
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
