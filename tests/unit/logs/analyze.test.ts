// The log analyzer: fixture tables (authproxy.log old + new formats, authevents.log, Duo Unix auth.log),
// timestamps to ISO UTC, what counts as unparsed, streaming with bounded memory, and the property that
// every line is counted exactly once (fast-check).
import fc from 'fast-check';
import { createReadStream, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  analyzeLogFiles,
  analyzeLogText,
  classifyLogLine,
  normaliseTimestamp,
  readLines,
  writeLogAnalysisJson,
} from '../../../lib/logs/analyze';
import type { LogEvent } from '../../../lib/logs/analyze';

const LOGS = path.resolve(__dirname, '../../fixtures/logs');
const log = (f: string) => path.join(LOGS, f);

async function collect(it: AsyncIterable<LogEvent>): Promise<LogEvent[]> {
  const out: LogEvent[] = [];
  for await (const e of it) out.push(e);
  return out;
}

const ev = (
  timestamp: string | null,
  kind: LogEvent['kind'],
  username: string | null,
  section: string | null,
  clientIp: string | null,
  file: string,
  line: number,
): LogEvent => ({
  timestamp,
  kind,
  username,
  section,
  clientIp,
  file,
  line,
});

describe('fixtures', () => {
  it.each([
    {
      file: 'authproxy-new.log',
      counts: { lines: 18, events: 3, ignored: 15, unparsed: 0 },
      events: [
        ['2018-11-09T21:53:57.000Z', 'failmode-safe-allowed', null, null, '10.0.1.99', 5],
        ['2018-11-09T21:57:51.000Z', 'failmode-secure-denied', null, null, '10.0.1.99', 8],
        ['2018-11-09T22:05:00.123Z', 'primary-only-bypassed', null, null, '10.0.1.99', 11],
      ],
    },
    {
      file: 'authproxy-old.log',
      counts: { lines: 7, events: 2, ignored: 5, unparsed: 0 },
      events: [
        ['2016-03-22T20:52:22.000Z', 'failmode-safe-allowed', null, null, '10.2.4.121', 2],
        ['2016-03-22T20:54:38.000Z', 'failmode-secure-denied', null, null, '10.2.4.121', 5],
      ],
    },
    {
      file: 'authproxy-garbage.log',
      counts: { lines: 4, events: 1, ignored: 1, unparsed: 2 },
      events: [['2018-11-09T21:53:57.000Z', 'failmode-safe-allowed', null, null, '10.0.1.99', 1]],
    },
    {
      file: 'authevents.log',
      counts: { lines: 7, events: 5, ignored: 1, unparsed: 1 },
      events: [
        ['2018-11-09T21:53:57.950Z', 'failmode-safe-allowed', 'testuser1', 'radius_server_auto', null, 1],
        ['2018-04-17T21:39:13.416Z', 'failmode-safe-allowed', 'testuser1', 'radius_server_auto', null, 2],
        ['2018-11-09T21:57:51.326Z', 'failmode-secure-denied', 'testuser1', 'radius_server_auto', null, 3],
        ['2018-04-17T21:38:11.822Z', 'failmode-secure-denied', 'alice', 'radius_server_auto2', '198.51.100.7', 4],
        ['2024-05-02T09:15:00.500Z', 'primary-only-bypassed', null, 'radius_server_auto', null, 6],
      ],
    },
    {
      file: 'auth.log',
      counts: { lines: 8, events: 5, ignored: 3, unparsed: 0 },
      events: [
        [null, 'failmode-safe-allowed', 'alice', null, '10.9.8.7', 2],
        [null, 'failmode-secure-denied', 'bob', null, '10.9.8.8', 3],
        [null, 'failmode-safe-allowed', 'root', null, null, 4],
        ['2024-03-01T09:00:00.123Z', 'failmode-safe-allowed', 'dave', null, '2001:db8::1', 6],
        ['2024-03-01T09:10:00.000Z', 'failmode-secure-denied', 'erin', null, 'host.example.com', 8],
      ],
    },
  ] as const)('$file', async ({ file, counts, events }) => {
    const a = await analyzeLogFiles([log(file)]);
    try {
      expect(a.counts).toEqual(counts);
      expect(await collect(a.events())).toEqual(events.map(([t, k, u, s, ip, line]) => ev(t, k, u, s, ip, log(file), line)));
      expect(a.summary.unparsedLines).toBe(counts.unparsed);
      expect(a.summary.failmodeSafeAllowed + a.summary.failmodeSecureDenied + a.summary.primaryOnlyBypassed).toBe(counts.events);
    } finally {
      await a.close();
    }
  });

  it('sums several files and keeps file order', async () => {
    const files = ['authproxy-old.log', 'authproxy-new.log', 'authevents.log', 'auth.log', 'authproxy-garbage.log'].map(log);
    const a = await analyzeLogFiles(files);
    expect(a.summary).toEqual({ failmodeSafeAllowed: 8, failmodeSecureDenied: 6, primaryOnlyBypassed: 2, unparsedLines: 3 });
    expect([...new Set((await collect(a.events())).map((e) => e.file))]).toEqual(files);
    await a.close();
  });
});

describe('line classification', () => {
  const c = classifyLogLine;

  it('counts the older wordings as failmode safe / secure', () => {
    expect(c("2016-03-22 16:52:22-0400 [-] (('10.2.4.121', 43031), 170): Allowed Duo login on unexpected failure")).toMatchObject({
      class: 'event',
      event: { kind: 'failmode-safe-allowed' },
    });
    expect(c("2016-03-22 16:54:38-0400 [-] (('10.2.4.121', 53573), 109): Denied Duo login on unexpected failure")).toMatchObject({
      class: 'event',
      event: { kind: 'failmode-secure-denied' },
    });
  });

  it('ignores ordinary Auth Proxy noise, syslog noise, blank lines and traceback lines', () => {
    for (const l of [
      '2018-11-09 16:53:57-0500 [-] (("10.0.1.99", 54698), 146): Returning response code 2: AccessAccept',
      '2024-01-01T00:00:00Z [duoauthproxy.lib.log#info] Log opened.',
      'Nov  9 16:53:50 bastion01 sshd[2211]: Accepted publickey for alice',
      '<38>1 2024-03-01T09:10:00Z host sshd 1 - - Successful Duo login',
      '',
      '   ',
      'Traceback (most recent call last):',
      '  File "x.py", line 1, in <module>',
      '--- <exception caught here> ---',
      'twisted.internet.error.TimeoutError: User timeout caused connection failure.',
      '{"username": "bob", "msg": "Duo Push approved"}',
      '{}',
    ]) {
      expect(c(l).class, l).toBe('ignored');
    }
  });

  it('counts garbage as unparsed: binary, unknown text, broken or non-object JSON', () => {
    for (const l of [
      '\u0000\u0000\ufffd\ufffdPNG',
      'hello world',
      '{"username": "carol", "msg": "Failmode Safe',
      '[1, 2]',
      '{1}',
      '   \u0000binary continuation',
      'Jan 99 99:99 nonsense',
    ]) {
      expect(c(l).class, JSON.stringify(l)).toBe('unparsed');
    }
  });

  it('a line in no known shape that carries an event message is still an event (timestamp null)', () => {
    expect(c('forwarded: Failmode Secure - Denied Duo login on preauth failure')).toEqual({
      class: 'event',
      shape: 'none',
      event: { timestamp: null, kind: 'failmode-secure-denied', username: null, section: null, clientIp: null },
    });
  });

  it('reads authevents.log keys in any order and null values', () => {
    const a = c(
      '{"msg":"Failmode Safe - Allowed Duo login on preauth failure","client_ip":null,"timestamp":null,"username":null,"server_section":null}',
    );
    expect(a).toEqual({
      class: 'event',
      shape: 'json',
      event: { timestamp: null, kind: 'failmode-safe-allowed', username: null, section: null, clientIp: null },
    });
  });

  it('reads Duo Unix lines with and without "from", user names with quotes, IPv6', () => {
    const u = (l: string) => {
      const r = c(l);
      return r.class === 'event' ? [r.event.kind, r.event.username, r.event.clientIp] : r.class;
    };
    expect(u("Nov  9 16:53:57 h sshd[1]: Failsafe Duo login for 'alice' from 10.9.8.7: HTTP 500")).toEqual([
      'failmode-safe-allowed',
      'alice',
      '10.9.8.7',
    ]);
    expect(u("Nov  9 16:53:57 h sshd[1]: Failsecure Duo login for 'bob': Couldn't connect to api: 'x'")).toEqual([
      'failmode-secure-denied',
      'bob',
      null,
    ]);
    expect(u("Nov  9 16:53:57 h sshd[1]: Failsafe Duo login for 'o'brien' from fe80::1: HTTP 503")).toEqual([
      'failmode-safe-allowed',
      "o'brien",
      'fe80::1',
    ]);
    expect(u("Nov  9 16:53:57 h sshd[1]: Failsafe Duo login for 'eve'")).toEqual(['failmode-safe-allowed', 'eve', null]);
    expect(u("Nov  9 16:53:57 h sshd[1]: Error in Duo login for 'eve': HTTP 500")).toBe('ignored');
  });
});

describe('timestamps → ISO 8601 UTC', () => {
  it.each([
    ['2018-11-09 16:53:57-0500 [-] x: Failmode Safe - Allowed Duo login on preauth failure', '2018-11-09T21:53:57.000Z'],
    ['2018-11-09T16:57:51-0500 [-] x: Failmode Secure - Denied Duo login on preauth failure', '2018-11-09T21:57:51.000Z'],
    ['2018-11-09T16:57:51.999999+05:30 [-] Failmode Secure - Denied Duo login on preauth failure', '2018-11-09T11:27:51.999Z'],
    ['2018-12-31 23:30:00+0000 [-] Failmode Safe - Allowed Duo login on preauth failure', '2018-12-31T23:30:00.000Z'],
    ['2018-12-31 20:30:00-0400 [-] Failmode Safe - Allowed Duo login on preauth failure', '2019-01-01T00:30:00.000Z'],
    ['2018-11-09 16:53:57 [-] Failmode Safe - Allowed Duo login on preauth failure', null],
    ['2018-02-30 16:53:57-0500 [-] Failmode Safe - Allowed Duo login on preauth failure', null],
  ])('%s', (line, expected) => {
    const r = classifyLogLine(line);
    expect(r.class).toBe('event');
    if (r.class === 'event') expect(r.event.timestamp).toBe(expected);
  });

  it('normalises authevents timestamps', () => {
    expect(normaliseTimestamp('2018-11-09T21:53:57.950000Z')).toBe('2018-11-09T21:53:57.950Z');
    expect(normaliseTimestamp('2018-11-09T21:53:57+01:00')).toBe('2018-11-09T20:53:57.000Z');
    expect(normaliseTimestamp('yesterday')).toBeNull();
    expect(normaliseTimestamp(1541800437)).toBeNull();
    expect(normaliseTimestamp(null)).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------------
// Streaming

async function* chunked(bytes: Buffer, sizes: number[]): AsyncGenerator<Buffer> {
  let i = 0;
  let k = 0;
  while (i < bytes.length) {
    const n = Math.max(1, sizes.length === 0 ? bytes.length : sizes[k++ % sizes.length]!);
    yield bytes.subarray(i, i + n);
    i += n;
  }
}

describe('streaming', () => {
  it('a huge line keeps only maxLineBytes and counts as one unparsed line', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'orp-log-test-'));
    const file = path.join(dir, 'huge.log');
    const line = "2018-11-09 16:53:57-0500 [-] (('10.0.1.99', 1), 1): Failmode Safe - Allowed Duo login on preauth failure";
    writeFileSync(file, `${line}\n${'x'.repeat(3 * 1024 * 1024)}\n${line}\r\n`);
    const lines = [];
    for await (const l of readLines(createReadStream(file), 1024)) lines.push({ len: l.text.length, truncated: l.truncated });
    expect(lines).toEqual([
      { len: line.length, truncated: false },
      { len: 1024, truncated: true },
      { len: line.length, truncated: false },
    ]);
    const a = await analyzeLogFiles([file], { maxLineBytes: 1024 });
    expect(a.counts).toEqual({ lines: 3, events: 2, ignored: 0, unparsed: 1 });
    await a.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('truncates only lines longer than maxLineBytes, in one chunk or across chunks', async () => {
    const text = `${'a'.repeat(8)}\n${'b'.repeat(9)}\r\n${'c'.repeat(20)}`;
    for (const sizes of [[], [1], [3, 5], [7]]) {
      const got = [];
      for await (const l of readLines(chunked(Buffer.from(text), sizes), 8)) got.push([l.text, l.truncated]);
      expect(got, JSON.stringify(sizes)).toEqual([
        ['aaaaaaaa', false],
        ['bbbbbbbb', true],
        ['cccccccc', true],
      ]);
    }
  });

  it('spills events to a temporary file beyond the in-memory limit, with the same result, and cleans up', async () => {
    const files = ['authevents.log', 'auth.log', 'authproxy-new.log'].map(log);
    const inMemory = await analyzeLogFiles(files);
    const spilled = await analyzeLogFiles(files, { maxEventsInMemory: 2 });
    expect(inMemory.spilled).toBe(false);
    expect(spilled.spilled).toBe(true);
    expect(spilled.summary).toEqual(inMemory.summary);
    expect(await collect(spilled.events())).toEqual(await collect(inMemory.events()));
    // readable twice
    expect((await collect(spilled.events())).length).toBe(13);
    await spilled.close();
    await inMemory.close();
  });

  it('removes the spill file on close', async () => {
    const own = mkdtempSync(path.join(tmpdir(), 'orp-log-test-'));
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = own;
    try {
      const a = await analyzeLogFiles([log('authevents.log')], { maxEventsInMemory: 0 });
      const during = readdirSync(own);
      expect(during).toEqual([expect.stringMatching(/^orp-logs-/)]);
      expect(readdirSync(path.join(own, during[0]!))).toEqual(['events.ndjson']);
      await a.close();
      expect(readdirSync(own)).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
      rmSync(own, { recursive: true, force: true });
    }
  });

  it('rejects a missing file', async () => {
    await expect(analyzeLogFiles([log('does-not-exist.log')])).rejects.toThrow();
  });

  it('writes the exact JSON shape', async () => {
    const a = await analyzeLogFiles([log('authproxy-old.log')]);
    let out = '';
    await writeLogAnalysisJson(a, (s) => {
      out += s;
    });
    await a.close();
    expect(JSON.parse(out)).toEqual({
      summary: { failmodeSafeAllowed: 1, failmodeSecureDenied: 1, primaryOnlyBypassed: 0, unparsedLines: 0 },
      events: [
        ev('2016-03-22T20:52:22.000Z', 'failmode-safe-allowed', null, null, '10.2.4.121', log('authproxy-old.log'), 2),
        ev('2016-03-22T20:54:38.000Z', 'failmode-secure-denied', null, null, '10.2.4.121', log('authproxy-old.log'), 5),
      ],
    });
    expect(Object.keys(JSON.parse(out))).toEqual(['summary', 'events']);
  });
});

// ---------------------------------------------------------------------------------------------------
// Properties

const SAMPLE_LINES = [
  "2018-11-09 16:53:57-0500 [-] (('10.0.1.99', 54698), 146): Failmode Safe - Allowed Duo login on preauth failure",
  "2018-11-09T16:57:51-0500 [-] (('10.0.1.99', 43674), 63): Failmode Secure - Denied Duo login on preauth failure",
  "2016-03-22 16:52:22-0400 [-] (('10.2.4.121', 43031), 170): Allowed Duo login on unexpected failure",
  "2016-03-22 16:54:38-0400 [-] (('10.2.4.121', 53573), 109): Denied Duo login on unexpected failure",
  '2018-11-09T17:05:00-0500 [-] Primary Only Mode - Secondary authentication bypassed',
  "2018-11-09 16:53:57-0500 [-] (('10.0.1.99', 54698), 146): Sending response",
  '{"username": "u", "msg": "Failmode Safe - Allowed Duo login on preauth failure", "timestamp": "2018-11-09T21:53:57.950000Z"}',
  '{"username": "u", "msg": "Duo Push approved"}',
  '{"broken": ',
  "Nov  9 16:53:57 h sshd[1]: Failsafe Duo login for 'alice' from 10.9.8.7: HTTP 500",
  "Nov  9 16:54:02 h login_duo[2]: Failsecure Duo login for 'bob'",
  'Traceback (most recent call last):',
  '  File "x.py", line 1',
  '',
  '\u0000\u0001garbage\ufffd',
];

const lineArb = fc.oneof(
  fc.constantFrom(...SAMPLE_LINES),
  fc.string({ unit: 'grapheme', maxLength: 60 }).map((s) => s.replace(/[\r\n]/g, ' ')),
);
const eolArb = fc.constantFrom('\n', '\r\n', '\r');

describe('properties (fast-check)', () => {
  it('every line is counted exactly once: events + ignored + unparsed = lines', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(lineArb, eolArb), { maxLength: 60 }), fc.boolean(), (generated, finalEol) => {
        // The last line has no line end unless finalEol. The oracle splits like the reader: CRLF, CR or LF.
        const lines = generated.map(([l, e], i): [string, string] => [l, i < generated.length - 1 || finalEol ? e : '']);
        const text = lines.map(([l, e]) => l + e).join('');
        const r = analyzeLogText(text, 'f.log');
        const parts = text.split(/\r\n|\r|\n/);
        const expectedLines = text === '' ? 0 : parts[parts.length - 1] === '' ? parts.length - 1 : parts.length;
        expect(r.counts.lines).toBe(expectedLines);
        expect(r.counts.events + r.counts.ignored + r.counts.unparsed).toBe(r.counts.lines);
        expect(r.events).toHaveLength(r.counts.events);
        const s = r.summary;
        expect(s.failmodeSafeAllowed + s.failmodeSecureDenied + s.primaryOnlyBypassed).toBe(r.counts.events);
        expect(s.unparsedLines).toBe(r.counts.unparsed);
        expect(new Set(r.events.map((e) => e.line)).size).toBe(r.events.length);
      }),
      { numRuns: 400 },
    );
  });

  it('the streaming reader sees the same lines as the in-memory split, whatever the chunking', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(lineArb, eolArb), { maxLength: 30 }),
        fc.array(fc.integer({ min: 1, max: 17 }), { maxLength: 5 }),
        async (lines, sizes) => {
          const text = lines.map(([l, e]) => l + e).join('');
          const expected = text === '' ? [] : text.split(/\r\n|\n|\r/).slice(0, -1);
          const got: string[] = [];
          for await (const l of readLines(chunked(Buffer.from(text, 'utf8'), sizes))) got.push(l.text);
          expect(got).toEqual(expected.map((l) => l.replace(/^\uFEFF/, '')));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('classifyLogLine never throws and always answers one of the three classes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        expect(['event', 'ignored', 'unparsed']).toContain(classifyLogLine(s).class);
      }),
      { numRuns: 500 },
    );
  });
});
