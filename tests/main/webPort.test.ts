// `npm run web` checks its port first: a taken port is reported with a command that picks a
// free one, instead of vite's bare "Port 4173 is already in use" after a whole build.
import { execFile } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_WEB_PORT, checkWebPort, portIsFree, webPort } from '../../renderer/build/webPort.mjs';

const root = path.resolve(__dirname, '../..');
const held: net.Server[] = [];

/** Listens on a port the system picks, as another program would, and returns that port. */
async function takePort(port = 0): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen({ port, host: '127.0.0.1' }, resolve));
  held.push(server);
  return (server.address() as net.AddressInfo).port;
}

afterEach(async () => {
  await Promise.all(held.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

describe('the web port', () => {
  it('is WEB_PORT, or 4173 when it is not set', () => {
    expect(webPort({})).toBe(DEFAULT_WEB_PORT);
    expect(webPort({ WEB_PORT: '' })).toBe(4173);
    expect(webPort({ WEB_PORT: '4180' })).toBe(4180);
  });

  it.each(['abc', '4180x', '-1', '80', '70000', '41.5'])('refuses WEB_PORT=%s with what to run instead', (value) => {
    expect(() => webPort({ WEB_PORT: value })).toThrow(
      `WEB_PORT must be a port number from 1024 to 65535 (got '${value}'). Run \`WEB_PORT=4180 npm run web\` (or any free port).`,
    );
  });

  it('is used when it is free', async () => {
    const port = await takePort();
    await new Promise((resolve) => held.pop()!.close(resolve));
    expect(await checkWebPort({ WEB_PORT: String(port) })).toEqual({ ok: true, port });
  });

  it('when taken, says so and names a free port to run with instead', async () => {
    const port = await takePort();
    const checked = await checkWebPort({ WEB_PORT: String(port) });
    expect(checked.ok).toBe(false);
    const suggested = Number(/WEB_PORT=(\d+)/.exec(checked.ok ? '' : checked.message)?.[1]);
    expect(checked).toEqual({
      ok: false,
      message: `Port ${port} is in use. Run \`WEB_PORT=${suggested} npm run web\` (or any free port).`,
    });
    expect(suggested).toBeGreaterThan(port);
    expect(await portIsFree(suggested)).toBe(true);
  });

  it('stops `npm run web` before it builds when the port is taken, exiting non-zero', async () => {
    const port = await takePort();
    const run = promisify(execFile)(process.execPath, [path.join(root, 'renderer/build/webPort.mjs')], {
      cwd: root,
      env: { ...process.env, WEB_PORT: String(port) },
    });
    await expect(run).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(new RegExp(`^Port ${port} is in use\\. Run \`WEB_PORT=\\d+ npm run web\` `)),
    });
  });
});
