// The log analyzer (SPEC §3 `analyze-logs`): finds failmode invocations and Primary Only Mode bypasses
// in Duo Authentication Proxy logs (authproxy.log, both timestamp formats, 2.11+ and older wordings),
// authevents.log JSON lines and Duo Unix syslog lines. Streaming with bounded memory: files are read
// as byte streams and split into lines here (a line longer than maxLineBytes keeps only its first
// maxLineBytes for classification), and when many events are found they are spilled to a temporary
// NDJSON file instead of being held in memory (docs/decisions/0030-importers.md).
//
// Every line is counted exactly once, as one of:
// - event: it carries a failmode / primary-only message (see EVENT_PATTERNS);
// - ignored: a known log shape that is not an event — a line starting with an ISO 8601 timestamp
//   (authproxy.log, rsyslog high-precision, journalctl short-iso), a BSD syslog line ("Nov  9 16:53:57
//   host prog[pid]: …"), an RFC 5424 syslog line, a JSON object (authevents.log), a blank line, or a
//   line of a Python/Twisted traceback (Traceback…, indented printable continuation lines, the
//   "--- <exception caught here> ---" marker, "module.SomeError: …");
// - unparsed: anything else — garbage, binary, truncated JSON, over-long lines. Counted, never fatal.
// A line in no known shape that still carries an event message counts as an event (timestamp null):
// missing a fail-open is worse than a thin record.
//
// Multi-line records (RecordAssembler): the proxy writes its log through Twisted
// (duoauthproxy proxy.py textFileLogObserver → twisted/logger/_format.py formatEventAsClassicLogText:
// "<%Y-%m-%dT%H:%M:%S%z> [<namespace>#<level>] <text>", older twisted/python/log.py FileLogObserver:
// "<YYYY-MM-DD HH:MM:SS+HHMM> [<system>] <text>"; lib/log.py LeanLogObserver: "[<level>] <text>"),
// and all of them write a message's line breaks as "\n\t". A tab-indented line after a record is
// part of that record; so is a line in no known shape that completes an event message the record
// started (a copy wrapped like the guide's examples, "…Allowed Duo login on" / "preauth failure").
// A JSON record broken over lines (as printed in the guide) is joined until it parses (at most
// MAX_JSON_LINES lines). The record's event is reported at its first line; the other lines of the
// record count as ignored.
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const LOG_EVENT_KINDS = ['failmode-safe-allowed', 'failmode-secure-denied', 'primary-only-bypassed'] as const;
export type LogEventKind = (typeof LOG_EVENT_KINDS)[number];

export interface LogEvent {
  /** ISO 8601 UTC (`2018-11-09T21:53:57.000Z`); null when the line has no timestamp with a known zone and year. */
  timestamp: string | null;
  kind: LogEventKind;
  username: string | null;
  /** The Auth Proxy server section (authevents.log `server_section`). */
  section: string | null;
  /**
   * authevents.log `client_ip`; Duo Unix: the remote host after "from"; authproxy.log: the address of
   * the RADIUS client that sent the request (the first element of "(('10.0.1.99', 54698), 146)").
   */
  clientIp: string | null;
  file: string;
  line: number;
}

export interface LogSummary {
  failmodeSafeAllowed: number;
  failmodeSecureDenied: number;
  primaryOnlyBypassed: number;
  unparsedLines: number;
}

export interface LineCounts {
  lines: number;
  events: number;
  ignored: number;
  unparsed: number;
}

export type LineShape = 'blank' | 'timestamped' | 'syslog' | 'json' | 'traceback' | 'none';

export type EventData = Omit<LogEvent, 'file' | 'line'>;

export type LineClass =
  { class: 'event'; shape: LineShape; event: EventData } | { class: 'ignored'; shape: Exclude<LineShape, 'none'> } | { class: 'unparsed' };

// ---------------------------------------------------------------------------------------------------
// Line classification (pure)

const SAFE_PATTERNS = [/\bFailmode Safe - Allowed Duo login\b/i, /\bAllowed Duo login on (?:preauth|unexpected) failure\b/i];
const SECURE_PATTERNS = [/\bFailmode Secure - Denied Duo login\b/i, /\bDenied Duo login on (?:preauth|unexpected) failure\b/i];
const PRIMARY_ONLY = /\bPrimary Only Mode - Secondary authentication bypassed\b/i;
/** duo_unix duo_log(): "<msg> for '<user>'[ from <host>][: <error>]". */
const DUO_UNIX = /\b(Failsafe|Failsecure) Duo login for '/;

const ISO_PREFIX = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?[ ]?(Z|[+-]\d{2}:?\d{2})?(?=\s|$)/;
const ISO_FULL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?[ ]?(Z|[+-]\d{2}:?\d{2})$/;
const BSD_SYSLOG = /^(?:<\d{1,3}>)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d{2}:\d{2}:\d{2} /;
const RFC5424 = /^<\d{1,3}>\d{1,2} (\S+) /;
const TRACEBACK = [
  /^Traceback \(most recent call last\):\s*$/,
  /^--- <exception caught here> ---\s*$/,
  /^[A-Za-z_][\w.]*(?:Error|Exception|Failure|Warning|Exit|Interrupt)\b(?::.*)?$/,
];
// Printable text only: no C0/C1 control characters besides tab, no U+FFFD from undecodable bytes.
const PRINTABLE = /^[^\u0000-\u0008\u000a-\u001f\u007f-\u009f\ufffd]*$/;
const AUTHPROXY_PEER = /\(\('([0-9A-Fa-f.:]+)',\s*\d+\),\s*-?\d+\)/;

/** Converts a matched ISO-like timestamp to ISO 8601 UTC; null when invalid or without a zone. */
function toIsoUtc(m: RegExpExecArray): string | null {
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  if (zone === undefined) return null;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return null;
  const ms = frac ? Number(`${frac}00`.slice(0, 3)) : 0;
  const base = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), ms);
  const check = new Date(base);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  let offsetMin = 0;
  if (zone !== 'Z') {
    const z = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)!;
    const hh = Number(z[2]);
    const mm = Number(z[3]);
    if (hh > 23 || mm > 59) return null;
    offsetMin = (z[1] === '-' ? -1 : 1) * (hh * 60 + mm);
  }
  const t = base - offsetMin * 60_000 + (second === 60 ? 1000 : 0);
  const out = new Date(t);
  return Number.isNaN(out.getTime()) ? null : out.toISOString();
}

/** An ISO 8601 timestamp string (authevents.log) → ISO UTC, or null. */
export function normaliseTimestamp(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = ISO_FULL.exec(value.trim());
  return m ? toIsoUtc(m) : null;
}

function eventKindOf(message: string): LogEventKind | null {
  if (PRIMARY_ONLY.test(message)) return 'primary-only-bypassed';
  if (SAFE_PATTERNS.some((p) => p.test(message))) return 'failmode-safe-allowed';
  if (SECURE_PATTERNS.some((p) => p.test(message))) return 'failmode-secure-denied';
  return null;
}

function duoUnixEvent(message: string, timestamp: string | null): EventData | null {
  const m = DUO_UNIX.exec(message);
  if (!m) return null;
  const rest = message.slice(m.index + m[0].length);
  // The user name ends at the first quote followed by " from ", ": " or the end of the line.
  const u = /^(.*?)'(?= from |:(?:\s|$)|\s*$)/.exec(rest);
  const username = u ? u[1]! : null;
  let clientIp: string | null = null;
  if (u) {
    const from = /^ from (\S+)/.exec(rest.slice(u[0].length));
    if (from) clientIp = from[1]!.replace(/:$/, '') || null;
  }
  return {
    timestamp,
    kind: m[1] === 'Failsafe' ? 'failmode-safe-allowed' : 'failmode-secure-denied',
    username,
    section: null,
    clientIp,
  };
}

function textEvent(message: string, timestamp: string | null): EventData | null {
  const unix = duoUnixEvent(message, timestamp);
  if (unix) return unix;
  const kind = eventKindOf(message);
  if (!kind) return null;
  const peer = AUTHPROXY_PEER.exec(message);
  return { timestamp, kind, username: null, section: null, clientIp: peer ? peer[1]! : null };
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

function jsonEvent(record: Record<string, unknown>): EventData | null {
  const msg = record.msg;
  if (typeof msg !== 'string') return null;
  const kind = eventKindOf(msg);
  if (!kind) return null;
  return {
    timestamp: normaliseTimestamp(record.timestamp),
    kind,
    username: str(record.username),
    section: str(record.server_section),
    clientIp: str(record.client_ip),
  };
}

/** Classifies one line (without its line end). Pure; never throws. */
export function classifyLogLine(input: string): LineClass {
  const line = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const t = line.trim();
  if (t === '') return { class: 'ignored', shape: 'blank' };

  if (t.startsWith('{')) {
    let record: unknown;
    try {
      record = JSON.parse(t);
    } catch {
      return { class: 'unparsed' };
    }
    if (record === null || typeof record !== 'object' || Array.isArray(record)) return { class: 'unparsed' };
    const ev = jsonEvent(record as Record<string, unknown>);
    return ev ? { class: 'event', shape: 'json', event: ev } : { class: 'ignored', shape: 'json' };
  }

  const iso = ISO_PREFIX.exec(line);
  if (iso) {
    const ev = textEvent(line.slice(iso[0].length), toIsoUtc(iso));
    return ev ? { class: 'event', shape: 'timestamped', event: ev } : { class: 'ignored', shape: 'timestamped' };
  }

  const rfc = RFC5424.exec(line);
  if (rfc || BSD_SYSLOG.test(line)) {
    // BSD syslog timestamps carry neither year nor zone: they cannot be made UTC (null).
    const ts = rfc ? normaliseTimestamp(rfc[1]) : null;
    const ev = textEvent(line, ts);
    return ev ? { class: 'event', shape: 'syslog', event: ev } : { class: 'ignored', shape: 'syslog' };
  }

  const ev = textEvent(line, null);
  if (ev) return { class: 'event', shape: 'none', event: ev };
  if (PRINTABLE.test(line) && (TRACEBACK.some((p) => p.test(line)) || /^\s/.test(line))) return { class: 'ignored', shape: 'traceback' };
  return { class: 'unparsed' };
}

// ---------------------------------------------------------------------------------------------------
// Counting

export function emptySummary(): LogSummary {
  return { failmodeSafeAllowed: 0, failmodeSecureDenied: 0, primaryOnlyBypassed: 0, unparsedLines: 0 };
}

function count(summary: LogSummary, counts: LineCounts, c: LineClass): void {
  counts.lines++;
  if (c.class === 'unparsed') {
    counts.unparsed++;
    summary.unparsedLines++;
  } else if (c.class === 'ignored') counts.ignored++;
  else {
    counts.events++;
    if (c.event.kind === 'failmode-safe-allowed') summary.failmodeSafeAllowed++;
    else if (c.event.kind === 'failmode-secure-denied') summary.failmodeSecureDenied++;
    else summary.primaryOnlyBypassed++;
  }
}

export interface InMemoryAnalysis {
  summary: LogSummary;
  counts: LineCounts;
  events: LogEvent[];
}

const MAX_JSON_LINES = 20;
const MAX_RECORD_LINES = 200;

type Pending = { kind: 'text' | 'json'; first: number; lines: string[] };

/** A line's final class, with its 1-based number. */
export interface ClassifiedLine {
  line: number;
  cls: LineClass;
}

/** Groups the lines of multi-line records (see the header) and classifies each line exactly once. */
export class RecordAssembler {
  private pending: Pending | null = null;

  /** Feeds one line; returns the lines whose class is now final (in line order). */
  push(text: string, line: number, truncated = false): ClassifiedLine[] {
    const out: ClassifiedLine[] = [];
    if (truncated) {
      out.push(...this.flush());
      out.push({ line, cls: { class: 'unparsed' } });
      return out;
    }
    const p = this.pending;
    if (p?.kind === 'json') {
      const joined = `${p.lines.join(' ')} ${text.trim()}`;
      const startsNew = text.trimStart().startsWith('{') || ISO_PREFIX.test(text);
      if (!startsNew && p.lines.length < MAX_JSON_LINES) {
        p.lines.push(text.trim());
        const c = classifyLogLine(joined);
        if (c.class !== 'unparsed') {
          this.pending = null;
          return [
            { line: p.first, cls: c },
            ...p.lines.slice(1).map((_, i) => ({ line: p.first + 1 + i, cls: { class: 'ignored', shape: 'json' } as LineClass })),
          ];
        }
        return [];
      }
      out.push(...this.flush());
    } else if (p?.kind === 'text' && p.lines.length < MAX_RECORD_LINES) {
      if (/^\t/.test(text) && PRINTABLE.test(text)) {
        p.lines.push(text.slice(1));
        return [];
      }
      const cur = classifyLogLine(text);
      if (cur.class === 'unparsed' && PRINTABLE.test(text) && text.trim() !== '') {
        // A wrapped copy: join only when that completes an event the first line alone did not show.
        const alone = classifyLogLine(p.lines.join(' '));
        const joined = classifyLogLine(`${p.lines.join(' ')} ${text.trim()}`);
        if (
          joined.class === 'event' &&
          (alone.class !== 'event' || alone.event.kind !== joined.event.kind || this.wrappedCompletes(p, text))
        ) {
          p.lines.push(text.trim());
          return [];
        }
      }
      out.push(...this.flush());
    } else if (p) out.push(...this.flush());

    const c = classifyLogLine(text);
    if (c.class === 'unparsed' && text.trimStart().startsWith('{')) {
      this.pending = { kind: 'json', first: line, lines: [text.trim()] };
      return out;
    }
    if (c.class !== 'unparsed' && (c.shape === 'timestamped' || c.shape === 'none' || c.shape === 'syslog') && text.trim() !== '') {
      this.pending = { kind: 'text', first: line, lines: [text] };
      return out;
    }
    out.push({ line, cls: c });
    return out;
  }

  /** Ends the input: the lines still held get their class. */
  end(): ClassifiedLine[] {
    return this.flush();
  }

  /** The wrapped line continues an event phrase cut at the line end (old wording "…login on" + "unexpected failure"). */
  private wrappedCompletes(p: Pending, text: string): boolean {
    return (
      /\b(?:login on|Duo login|Allowed|Denied)\s*$/i.test(p.lines[p.lines.length - 1]!) &&
      /^(?:preauth|unexpected)? ?failure\b/i.test(text.trim())
    );
  }

  private flush(): ClassifiedLine[] {
    const p = this.pending;
    this.pending = null;
    if (!p) return [];
    if (p.kind === 'json') return p.lines.map((_, i) => ({ line: p.first + i, cls: { class: 'unparsed' } as LineClass }));
    const c = classifyLogLine(p.lines.join(' '));
    return [
      { line: p.first, cls: c },
      ...p.lines.slice(1).map((_, i) => ({ line: p.first + 1 + i, cls: { class: 'ignored', shape: 'traceback' } as LineClass })),
    ];
  }
}

/**
 * Analyzes a text held in memory, splitting lines exactly like the streaming reader (CRLF, LF and a
 * lone CR end a line; a final line end starts no new line). For tests and small inputs.
 */
export function analyzeLogText(text: string, file: string): InMemoryAnalysis {
  const summary = emptySummary();
  const counts: LineCounts = { lines: 0, events: 0, ignored: 0, unparsed: 0 };
  const events: LogEvent[] = [];
  if (text === '') return { summary, counts, events };
  const parts = text.split(/\r\n|\n|\r/);
  if (parts[parts.length - 1] === '') parts.pop();
  const asm = new RecordAssembler();
  const take = (done: ClassifiedLine[]) => {
    for (const { line, cls } of done) {
      count(summary, counts, cls);
      if (cls.class === 'event') events.push({ ...cls.event, file, line });
    }
  };
  parts.forEach((p, i) => take(asm.push(p, i + 1)));
  take(asm.end());
  return { summary, counts, events };
}

// ---------------------------------------------------------------------------------------------------
// Streaming

export interface ReadLine {
  text: string;
  /** The line was longer than maxLineBytes: text holds only its beginning. */
  truncated: boolean;
}

export const DEFAULT_MAX_LINE_BYTES = 64 * 1024;

/**
 * Splits a byte stream into lines (CRLF, LF, lone CR), decoding each as UTF-8 (invalid bytes become
 * U+FFFD), and yields them in batches, one batch per chunk read. Memory is bounded by maxLineBytes
 * plus one chunk, whatever the line lengths.
 */
export async function* readLineBatches(
  stream: AsyncIterable<Buffer | string>,
  maxLineBytes = DEFAULT_MAX_LINE_BYTES,
): AsyncGenerator<ReadLine[]> {
  const decoder = new TextDecoder('utf-8');
  let parts: Buffer[] = [];
  let size = 0;
  let truncated = false;
  let pendingCR = false;

  const append = (b: Buffer) => {
    if (b.length === 0) return;
    const room = maxLineBytes - size;
    if (room <= 0) {
      truncated = true;
      return;
    }
    const piece = b.length > room ? b.subarray(0, room) : b;
    if (b.length > room) truncated = true;
    parts.push(Buffer.from(piece));
    size += piece.length;
  };
  const take = (): ReadLine => {
    const text = decoder.decode(parts.length === 1 ? parts[0] : Buffer.concat(parts, size));
    const out = { text, truncated };
    parts = [];
    size = 0;
    truncated = false;
    return out;
  };

  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    const batch: ReadLine[] = [];
    let start = 0;
    if (pendingCR && buf.length > 0) {
      pendingCR = false;
      if (buf[0] === 0x0a) start = 1;
    }
    let nextLF = buf.indexOf(0x0a, start);
    let nextCR = buf.indexOf(0x0d, start);
    while (nextLF >= 0 || nextCR >= 0) {
      const end = nextLF < 0 ? nextCR : nextCR < 0 ? nextLF : Math.min(nextLF, nextCR);
      if (size === 0 && !truncated && end - start <= maxLineBytes) {
        // Fast path: the whole line is in this chunk.
        batch.push({ text: decoder.decode(buf.subarray(start, end)), truncated: false });
      } else {
        append(buf.subarray(start, end));
        batch.push(take());
      }
      if (buf[end] === 0x0d) {
        if (end + 1 < buf.length) {
          start = buf[end + 1] === 0x0a ? end + 2 : end + 1;
        } else {
          start = end + 1;
          pendingCR = true;
        }
      } else start = end + 1;
      if (nextLF >= 0 && nextLF < start) nextLF = buf.indexOf(0x0a, start);
      if (nextCR >= 0 && nextCR < start) nextCR = buf.indexOf(0x0d, start);
    }
    append(buf.subarray(start));
    if (batch.length > 0) yield batch;
  }
  if (size > 0 || truncated) yield [take()];
}

/** readLineBatches, one line at a time. */
export async function* readLines(stream: AsyncIterable<Buffer | string>, maxLineBytes = DEFAULT_MAX_LINE_BYTES): AsyncGenerator<ReadLine> {
  for await (const batch of readLineBatches(stream, maxLineBytes)) yield* batch;
}

/** Holds events in memory up to a limit, then spills them to a temporary NDJSON file. */
class EventStore {
  private memory: LogEvent[] = [];
  private spill: { dir: string; file: string; out: WriteStream } | null = null;
  private pending = '';

  constructor(private readonly maxInMemory: number) {}

  /** Returns a promise only when the caller must wait (opening or flushing the spill file). */
  add(ev: LogEvent): Promise<void> | undefined {
    if (!this.spill && this.memory.length < this.maxInMemory) {
      this.memory.push(ev);
      return undefined;
    }
    if (!this.spill) return this.openSpill().then(() => this.add(ev));
    this.pending += `${JSON.stringify(ev)}\n`;
    return this.pending.length >= 1 << 16 ? this.flush() : undefined;
  }

  private async openSpill(): Promise<void> {
    const dir = await mkdtemp(path.join(tmpdir(), 'orp-logs-'));
    const file = path.join(dir, 'events.ndjson');
    this.spill = { dir, file, out: createWriteStream(file, { encoding: 'utf8', mode: 0o600 }) };
    for (const m of this.memory) this.pending += `${JSON.stringify(m)}\n`;
    this.memory = [];
  }

  private async flush(): Promise<void> {
    if (!this.spill || this.pending === '') return;
    const chunk = this.pending;
    this.pending = '';
    if (!this.spill.out.write(chunk)) await once(this.spill.out, 'drain');
  }

  async finish(): Promise<void> {
    if (!this.spill) return;
    await this.flush();
    const out = this.spill.out;
    out.end();
    await once(out, 'finish');
  }

  get spilled(): boolean {
    return this.spill !== null;
  }

  async *events(): AsyncGenerator<LogEvent> {
    if (!this.spill) {
      yield* this.memory;
      return;
    }
    for await (const batch of readLineBatches(createReadStream(this.spill.file), 1 << 24)) {
      for (const l of batch) if (l.text !== '') yield JSON.parse(l.text) as LogEvent;
    }
  }

  async close(): Promise<void> {
    if (this.spill) {
      const { dir, out } = this.spill;
      if (!out.closed) out.destroy();
      this.spill = null;
      await rm(dir, { recursive: true, force: true });
    }
    this.memory = [];
  }
}

export interface AnalyzeOptions {
  maxLineBytes?: number;
  /** Events kept in memory before they are spilled to a temporary file. */
  maxEventsInMemory?: number;
}

export interface LogAnalysis {
  summary: LogSummary;
  counts: LineCounts;
  /** True when the events were spilled to a temporary file. */
  spilled: boolean;
  /** The events in file and line order (readable more than once until close()). */
  events(): AsyncIterable<LogEvent>;
  /** Removes the temporary file, if any. */
  close(): Promise<void>;
}

/** Streams each file once; rejects on a read error (e.g. a missing file). */
export async function analyzeLogFiles(files: readonly string[], opts: AnalyzeOptions = {}): Promise<LogAnalysis> {
  const summary = emptySummary();
  const counts: LineCounts = { lines: 0, events: 0, ignored: 0, unparsed: 0 };
  const store = new EventStore(opts.maxEventsInMemory ?? 10_000);
  const maxLineBytes = opts.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  try {
    for (const file of files) {
      let n = 0;
      const asm = new RecordAssembler();
      const take = async (done: ClassifiedLine[]) => {
        for (const { line, cls } of done) {
          count(summary, counts, cls);
          if (cls.class === 'event') {
            const wait = store.add({ ...cls.event, file, line });
            if (wait) await wait;
          }
        }
      };
      for await (const batch of readLineBatches(createReadStream(file), maxLineBytes)) {
        for (const l of batch) {
          n++;
          await take(asm.push(l.text, n, l.truncated));
        }
      }
      await take(asm.end());
    }
    await store.finish();
  } catch (e) {
    await store.close();
    throw e;
  }
  return {
    summary,
    counts,
    spilled: store.spilled,
    events: () => store.events(),
    close: () => store.close(),
  };
}

/** Writes `{"summary":{…},"events":[…]}` (one event per line), streaming the events. */
export async function writeLogAnalysisJson(analysis: LogAnalysis, write: (chunk: string) => void, chunkSize = 1 << 16): Promise<void> {
  const s = analysis.summary;
  const summary = {
    failmodeSafeAllowed: s.failmodeSafeAllowed,
    failmodeSecureDenied: s.failmodeSecureDenied,
    primaryOnlyBypassed: s.primaryOnlyBypassed,
    unparsedLines: s.unparsedLines,
  };
  let buf = `{"summary":${JSON.stringify(summary)},"events":[`;
  let n = 0;
  for await (const e of analysis.events()) {
    const ev = {
      timestamp: e.timestamp,
      kind: e.kind,
      username: e.username,
      section: e.section,
      clientIp: e.clientIp,
      file: e.file,
      line: e.line,
    };
    buf += `${n === 0 ? '\n' : ',\n'}${JSON.stringify(ev)}`;
    n++;
    if (buf.length >= chunkSize) {
      write(buf);
      buf = '';
    }
  }
  write(`${buf}${n === 0 ? '' : '\n'}]}\n`);
}
