// authproxy.log as the Auth Proxy writes it, generated here from its log format code (no real log was
// at hand): duoauthproxy proxy.py logs through Twisted's textFileLogObserver, i.e.
// twisted/logger/_format.py formatEventAsClassicLogText:
//   formatTime(log_time, "%Y-%m-%dT%H:%M:%S%z") + " [" + (log_system or namespace#level) + "] " + text
//   with every "\n" of the text written as "\n\t";
// older proxies: twisted/python/log.py FileLogObserver.emit + formatTime:
//   "%d-%02d-%02d %02d:%02d:%02d%s%02d%02d" (local time, ±HHMM) + " [" + system + "] " + text ("\n" → "\n\t");
// duoauthproxy lib/log.py LeanLogObserver: "[level]" padded to 7 + " " + text ("\n" → "\n\t"), no time.
// The guide's printed examples wrap long lines without the tab; both are one record.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeLogText } from '../../../lib/logs/analyze';
import type { LogEventKind } from '../../../lib/logs/analyze';

type Style = 'rfc3339' | 'legacy' | 'lean';

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

/** The proxy's timestamp for a UTC instant shown at a fixed offset (minutes east of UTC). */
function stamp(utcMs: number, offsetMin: number, style: Style): string {
  const local = new Date(utcMs + offsetMin * 60_000);
  const sign = offsetMin < 0 ? '-' : '+';
  const tz = `${sign}${pad(Math.trunc(Math.abs(offsetMin) / 60))}${pad(Math.abs(offsetMin) % 60)}`;
  const d = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const t = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  return style === 'rfc3339' ? `${d}T${t}${tz}` : `${d} ${t}${tz}`;
}

/** One log record written the way the given observer writes it. */
function record(style: Style, utcMs: number, offsetMin: number, text: string, system = '-'): string {
  const body = text.replace(/\n/g, '\n\t');
  if (style === 'lean') return `${'[info]'.padEnd(7)} ${body}\n`;
  const sys = style === 'rfc3339' && system === '-' ? 'duoauthproxy.modules.radius_server_auto#info' : system;
  return `${stamp(utcMs, offsetMin, style)} [${sys}] ${body}\n`;
}

const PEER = "(('10.0.1.99', 54698), 146)";
const MESSAGES: Record<LogEventKind, string[]> = {
  'failmode-safe-allowed': ['Failmode Safe - Allowed Duo login on preauth failure', 'Allowed Duo login on unexpected failure'],
  'failmode-secure-denied': ['Failmode Secure - Denied Duo login on preauth failure', 'Denied Duo login on unexpected failure'],
  'primary-only-bypassed': ['Primary Only Mode - Secondary authentication bypassed'],
};
const OTHER = [
  'Returning response code 2: AccessAccept',
  'Sending response',
  "Received new request id 146 from ('10.0.1.99', 54698)",
  'Log opened.',
];

describe("authproxy.log generated from the proxy's log format code", () => {
  it('reads both timestamp styles and the lean format, with the zone applied', () => {
    const t = Date.UTC(2026, 11, 2, 1, 2, 3);
    const text = [
      record('rfc3339', t, -300, `${PEER}: ${MESSAGES['failmode-safe-allowed'][0]}`),
      record('legacy', t, 60, `${PEER}: ${MESSAGES['failmode-secure-denied'][1]}`),
      record('lean', t, 0, `${PEER}: ${MESSAGES['primary-only-bypassed'][0]}`),
    ].join('');
    expect(text).toContain('2026-12-01T20:02:03-0500 [duoauthproxy.modules.radius_server_auto#info] ');
    expect(text).toContain('2026-12-02 02:02:03+0100 [-] ');
    const r = analyzeLogText(text, 'authproxy.log');
    expect(r.events.map((e) => [e.kind, e.timestamp, e.clientIp, e.line])).toEqual([
      ['failmode-safe-allowed', '2026-12-02T01:02:03.000Z', '10.0.1.99', 1],
      ['failmode-secure-denied', '2026-12-02T01:02:03.000Z', '10.0.1.99', 2],
      ['primary-only-bypassed', null, '10.0.1.99', 3],
    ]);
    expect(r.counts.unparsed).toBe(0);
  });

  it('a multi-line message ("\\n" written as "\\n\\t") is one record: event at its first line, no unparsed lines', () => {
    const t = Date.UTC(2026, 0, 5, 9, 0, 0);
    const text =
      record(
        'rfc3339',
        t,
        0,
        `${PEER}: Failmode Secure - Denied Duo login on preauth failure\nTraceback (most recent call last):\n  File "duo.py", line 1\nDuoAPIError: 503`,
      ) + record('legacy', t, 0, 'Sending response');
    const r = analyzeLogText(text, 'a.log');
    expect(r.counts).toEqual({ lines: 5, events: 1, ignored: 4, unparsed: 0 });
    expect(r.events[0]).toMatchObject({ kind: 'failmode-secure-denied', line: 1 });
  });

  it("the guide's wrapped examples (message cut without a tab) are one record each — fails before records were joined", () => {
    // Duo outage guide p.10, printed: the message continues on the next line without indentation.
    const text = [
      "2016-03-22 16:52:22-0400 [-] (('10.2.4.121', 43031), 170): Allowed Duo login on",
      'unexpected failure',
      "2018-11-09T16:57:51-0500 [-] (('10.0.1.99', 43674), 63): Failmode Secure - Denied Duo login on",
      'preauth failure',
      '{"username": "testuser1", "status": "Allow", "client_ip": null, "server_section":',
      '"radius_server_auto", "timestamp": "2018-11-09T21:53:57.950000Z", "auth_stage": "Secondary',
      'authentication", "factor": null, "msg": "Failmode Safe - Allowed Duo login on preauth failure"}',
      '',
    ].join('\n');
    const r = analyzeLogText(text, 'guide.log');
    expect(r.events.map((e) => [e.kind, e.line, e.timestamp, e.section, e.username])).toEqual([
      ['failmode-safe-allowed', 1, '2016-03-22T20:52:22.000Z', null, null],
      ['failmode-secure-denied', 3, '2018-11-09T21:57:51.000Z', null, null],
      ['failmode-safe-allowed', 5, '2018-11-09T21:53:57.950Z', 'radius_server_auto', 'testuser1'],
    ]);
    expect(r.counts).toEqual({ lines: 7, events: 3, ignored: 4, unparsed: 0 });
  });

  it('a JSON record that never closes stays unparsed line by line', () => {
    const r = analyzeLogText(
      '{"msg": "Failmode Safe - Allowed Duo login on\nstill not closed\n2026-01-01T00:00:00+0000 [-] Log opened.\n',
      'x.log',
    );
    expect(r.counts).toEqual({ lines: 3, events: 0, ignored: 1, unparsed: 2 });
  });

  it('property: every generated record is found once, at its first line, with its UTC time (fast-check)', () => {
    const kindArb = fc.constantFrom(...(Object.keys(MESSAGES) as LogEventKind[]));
    const recArb = fc.record({
      style: fc.constantFrom<Style>('rfc3339', 'legacy'),
      // 2001…2037, whole seconds; offsets as real zones have them.
      t: fc.integer({ min: 978_307_200, max: 2_114_380_800 }).map((s) => s * 1000),
      offset: fc.constantFrom(0, 60, -300, 330, 345, -210, 600, -720, 840),
      event: fc.option(kindArb, { nil: null }),
      pick: fc.nat(),
      extraLines: fc.array(
        fc.constantFrom('Traceback (most recent call last):', '  File "x.py", line 3, in f', 'ValueError: boom', 'detail: 42', ''),
        { maxLength: 3 },
      ),
    });
    fc.assert(
      fc.property(fc.array(recArb, { maxLength: 25 }), (recs) => {
        let text = '';
        let line = 1;
        const expected: [LogEventKind, number, string][] = [];
        for (const r of recs) {
          const msgs = r.event ? MESSAGES[r.event] : OTHER;
          const msg = `${PEER}: ${msgs[r.pick % msgs.length]}${r.extraLines.map((l) => `\n${l}`).join('')}`;
          if (r.event) expected.push([r.event, line, new Date(r.t).toISOString()]);
          text += record(r.style, r.t, r.offset, msg);
          line += 1 + r.extraLines.length;
        }
        const a = analyzeLogText(text, 'gen.log');
        expect(a.events.map((e) => [e.kind, e.line, e.timestamp])).toEqual(expected);
        expect(a.counts.unparsed).toBe(0);
        expect(a.counts.lines).toBe(line - 1);
      }),
      { numRuns: 300 },
    );
  });
});
