// The production HTTP server (`npm start` runs it after migrations and the build): Next.js behind a
// thin guard that Next.js itself does not provide (issue 14, docs/security.md):
// - header and body timeouts, so a client that declares a large Content-Length and sends 2 bytes is
//   cut off (HEADERS_TIMEOUT_MS, default 10 s; REQUEST_TIMEOUT_MS, default 30 s);
// - the socket's peer address in `x-orp-client-address` for sign-in throttling (a client's own copy
//   is dropped); `X-Forwarded-Host` is dropped unless TRUST_PROXY=true;
// - page POSTs (server actions): foreign or missing Origin → 403, no Content-Length → 411, a body
//   over the server-action limit → 413, and a 5xx that Next.js answers for a malformed action body
//   (before our code runs) → 400;
// - a lock file next to the SQLite database while the server runs, so `npm run restore` refuses
//   (lib/server/db/server-lock.ts reads it);
// - SIGTERM/SIGINT: stop accepting, finish the requests in flight, exit.
// process.env is read directly here (allow-listed): plain Node ESM started before Next.js, it cannot
// import lib/env.ts; npm start has already validated the shared variables (scripts/migrate.ts → loadEnv()).
import { createServer } from 'node:http';
import next from 'next';
import { acquireServerLock } from './server-lock.mjs';

const host = process.env.LISTEN_HOST || undefined;
// PORT=0 asks for a free port. Next.js must know the real one before it starts: it fetches the target
// of a server action's redirect from its own port (and tried 3000, refused, when it was told 0).
async function freePort() {
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, host, resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
const port = Number(process.env.PORT || 3000) || (await freePort());
const trustProxy = process.env.TRUST_PROXY === 'true';
const HEADERS_TIMEOUT_MS = Number(process.env.HEADERS_TIMEOUT_MS || 10_000);
const REQUEST_TIMEOUT_MS = Number(process.env.REQUEST_TIMEOUT_MS || 30_000);
// next.config.ts experimental.serverActions.bodySizeLimit ('6mb' = 6 MiB).
export const ACTION_BODY_LIMIT = 6 * 1024 * 1024;
const CLIENT_ADDRESS_HEADER = 'x-orp-client-address';

const lock = acquireServerLock(process.env.DATABASE_URL);

const app = next({ dev: false, dir: process.cwd(), port });
const handle = app.getRequestHandler();
await app.prepare();

function answer(req, res, status, code, message, extra = {}) {
  const body = JSON.stringify({ error: { code, message } });
  const send = () => {
    if (res.headersSent) return res.end();
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'content-length': Buffer.byteLength(body),
      ...extra,
    });
    res.end(body);
  };
  // Read (and drop) what the client sends before answering, so it sees the answer, not a reset; the
  // request timeout bounds how long that may take.
  if (req.complete || req.readableEnded) send();
  else {
    req.on('end', send);
    req.on('error', () => res.destroy());
    req.resume();
  }
}

function sameOrigin(req) {
  const origin = req.headers.origin;
  if (origin === undefined) return req.headers['sec-fetch-site'] === 'same-origin';
  try {
    return origin !== 'null' && new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/** A 5xx from Next.js for a page POST is a malformed server action call: answer 400 instead. */
function no5xx(req, res) {
  const writeHead = res.writeHead.bind(res);
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  let replaced = false;
  res.writeHead = (status, ...rest) => {
    if (status < 500 || replaced) return replaced ? res : writeHead(status, ...rest);
    replaced = true;
    console.error(`server action: Next.js answered ${status} for POST ${req.url?.slice(0, 200)}; answered 400`);
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    const body = JSON.stringify({
      error: {
        code: 'BAD_REQUEST',
        message: 'The server action call is malformed (its body, action id or arguments). Reload the page and try again.',
      },
    });
    writeHead(400, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'content-length': Buffer.byteLength(body),
    });
    write(body);
    return res;
  };
  res.write = (chunk, ...rest) => {
    if (!replaced) return write(chunk, ...rest);
    const cb = rest.find((a) => typeof a === 'function');
    if (cb) queueMicrotask(cb);
    return true;
  };
  res.end = (...args) => {
    if (!replaced) return end(...args);
    const cb = args.find((a) => typeof a === 'function');
    return end(cb);
  };
}

const server = createServer(
  { headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS, connectionsCheckingInterval: 500 },
  (req, res) => {
    const peer = (req.socket.remoteAddress ?? '').replace(/^::ffff:/, '');
    delete req.headers[CLIENT_ADDRESS_HEADER];
    if (peer) req.headers[CLIENT_ADDRESS_HEADER] = peer;
    if (!trustProxy) delete req.headers['x-forwarded-host'];

    const path = (req.url ?? '/').split('?')[0];
    const pagePost = req.method === 'POST' && !path.startsWith('/api/') && !path.startsWith('/_next/');
    if (pagePost) {
      if (!sameOrigin(req))
        return answer(
          req,
          res,
          403,
          'FORBIDDEN',
          'Cross-site requests are refused: the Origin header is missing or does not match this site.',
        );
      const declared = req.headers['content-length'];
      if (declared === undefined) return answer(req, res, 411, 'LENGTH_REQUIRED', 'Send the body with a Content-Length.');
      if (!/^\d+$/.test(declared)) return answer(req, res, 400, 'BAD_REQUEST', 'Content-Length is not a number.');
      if (Number(declared) > ACTION_BODY_LIMIT) {
        return answer(req, res, 413, 'PAYLOAD_TOO_LARGE', `The body is larger than ${ACTION_BODY_LIMIT} bytes.`, { connection: 'close' });
      }
      no5xx(req, res);
    }
    handle(req, res).catch((e) => {
      console.error('unhandled error in the request handler', e);
      if (!res.headersSent) answer(req, res, pagePost ? 400 : 500, pagePost ? 'BAD_REQUEST' : 'INTERNAL', 'Something went wrong.');
      else res.destroy();
    });
  },
);

server.listen(port, host, () => {
  const actual = server.address()?.port ?? port;
  console.error(
    `ready on http://${host ?? 'localhost'}:${actual} (headers timeout ${HEADERS_TIMEOUT_MS} ms, request timeout ${REQUEST_TIMEOUT_MS} ms)`,
  );
});

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  server.close(() => {
    lock.release();
    process.exit(0);
  });
  server.closeIdleConnections();
  // Keep-alive connections that finish their request are closed by the server after it.
  setInterval(() => server.closeIdleConnections(), 200).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.on('exit', () => lock.release());
