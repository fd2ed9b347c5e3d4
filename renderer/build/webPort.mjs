// The port the web build is served on (`npm run web`, the browser tests, the benchmark):
// WEB_PORT, or 4173. Run directly, it checks that port before `npm run web` builds and serves,
// and when the port is taken says how to choose another instead of failing with vite's error.
import net from 'node:net';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

export const DEFAULT_WEB_PORT = 4173;
export const WEB_HOST = '127.0.0.1';

/** How many ports after a taken one are tried for a free one to suggest. */
const SUGGESTION_TRIES = 20;

const runWith = (port) => `\`WEB_PORT=${port} npm run web\``;

/** WEB_PORT as a port number, 4173 when it is not set; a value that is not a usable port throws. */
export function webPort(env = process.env) {
  const value = (env.WEB_PORT ?? '').trim();
  if (value === '') return DEFAULT_WEB_PORT;
  const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(port >= 1024 && port <= 65535)) {
    throw new Error(
      `WEB_PORT must be a port number from 1024 to 65535 (got '${env.WEB_PORT}'). ` +
        `Run ${runWith(DEFAULT_WEB_PORT + 7)} (or any free port).`,
    );
  }
  return port;
}

/** Whether nothing listens on host:port: it listens there itself for a moment to find out. */
export function portIsFree(port, host = WEB_HOST) {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (error) => (error.code === 'EADDRINUSE' ? resolve(false) : reject(error)));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

export function portInUseMessage(port, freePort) {
  return freePort === null
    ? `Port ${port} is in use. Run ${runWith('<port>')} with a free port.`
    : `Port ${port} is in use. Run ${runWith(freePort)} (or any free port).`;
}

/** The port to serve on, or why it cannot be used and what to run instead. */
export async function checkWebPort(env = process.env, host = WEB_HOST) {
  let port;
  try {
    port = webPort(env);
  } catch (error) {
    return { ok: false, message: error.message };
  }
  if (await portIsFree(port, host)) return { ok: true, port };
  let freePort = null;
  for (let next = port + 1; next <= Math.min(port + SUGGESTION_TRIES, 65535) && freePort === null; next += 1) {
    if (await portIsFree(next, host)) freePort = next;
  }
  return { ok: false, message: portInUseMessage(port, freePort) };
}

async function main() {
  const checked = await checkWebPort();
  if (!checked.ok) {
    process.stderr.write(`${checked.message}\n`);
    process.exit(1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void main();
