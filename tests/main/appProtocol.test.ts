import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appOriginFor, isAppUrl } from '../../electron/main/appOrigin';
import { appAssetPath, serveAppRequest } from '../../electron/main/appProtocol';
import { HEADER_CONTENT_SECURITY_POLICY } from '@shared/contentSecurityPolicy';

let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'app-protocol-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(path.join(root, 'assets', 'backup.worker-abc.js'), 'self.onmessage = () => {};');
  await writeFile(path.join(base, 'secret.txt'), 'secret');
  await symlink(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('app:// origin', () => {
  const production = appOriginFor(undefined, true);
  const dev = appOriginFor('http://localhost:5173/', false);

  it('trusts the app’s own pages only', () => {
    expect(isAppUrl('app://internship-tracker/index.html', production)).toBe(true);
    for (const url of [
      'app://other-host/index.html',
      'app://user@internship-tracker/index.html',
      'file:///work/out/renderer/index.html',
      'https://internship-tracker/index.html',
      'http://localhost:5173/',
      'not a url',
    ]) {
      expect(isAppUrl(url, production), url).toBe(false);
    }
  });

  it('trusts the dev server only while developing, and only on this machine', () => {
    expect(isAppUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(appOriginFor('http://localhost:5173/', true)).toEqual({ devServerOrigin: null });
    expect(() => appOriginFor('http://example.com:5173/', false)).toThrow('The dev server must be on this machine');
  });
});

describe('serving app:// requests', () => {
  it('serves the built files with their type and the content security policy', async () => {
    const response = await serveAppRequest(root, 'app://internship-tracker/assets/index-abc.js');
    expect(response.status).toBe(200);
    expect(response.headers).toMatchObject({
      'Content-Type': 'text/javascript; charset=utf-8',
      'Content-Security-Policy': HEADER_CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    });
    expect(Buffer.from(response.body).toString()).toBe('console.log(1)');
  });

  it('serves the worker chunks as scripts, under the policy that lets only the app start workers', async () => {
    const response = await serveAppRequest(root, 'app://internship-tracker/assets/backup.worker-abc.js');
    expect(response.status).toBe(200);
    expect(response.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    // The worker runs under the header's policy too: its own scripts only, no eval, no network.
    expect(response.headers['Content-Security-Policy']).toContain("worker-src 'self'");
    expect(Buffer.from(response.body).toString()).toBe('self.onmessage = () => {};');
  });

  it('loads the app for its own routes', async () => {
    for (const url of [
      'app://internship-tracker/',
      'app://internship-tracker/board',
      'app://internship-tracker/index.html',
    ]) {
      const response = await serveAppRequest(root, url);
      expect(response.status, url).toBe(200);
      expect(response.headers['Content-Type']).toBe('text/html; charset=utf-8');
    }
  });

  it('refuses anything outside the renderer folder', async () => {
    for (const url of [
      'app://internship-tracker/../secret.txt',
      'app://internship-tracker/%2e%2e/secret.txt',
      'app://internship-tracker/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://internship-tracker/..%5csecret.txt',
      'app://internship-tracker/assets/link.txt',
      'app://internship-tracker/assets/index-abc.js%00.png',
      'app://elsewhere/index.html',
      'app://internship-tracker/%E0%A4%A.js',
    ]) {
      const response = await serveAppRequest(root, url);
      expect(response.status, url).toBe(404);
      expect(response.body).toBe('Not found');
    }
  });

  it('serves only known file types', () => {
    expect(appAssetPath(root, 'app://internship-tracker/assets/index-abc.js')).toBe(
      path.join(root, 'assets', 'index-abc.js'),
    );
    expect(appAssetPath(root, 'app://internship-tracker/assets/tool.exe')).toBeNull();
  });
});
