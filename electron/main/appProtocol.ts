// Serves the built renderer (out/renderer) under app://internship-tracker/, refusing anything
// outside that folder, with the Content-Security-Policy on every response.
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './appOrigin';
import { HEADER_CONTENT_SECURITY_POLICY } from '@shared/contentSecurityPolicy';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The file under `rootDir` that an app:// URL names, or null for anything else. */
export function appAssetPath(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  // Paths without a file extension are the app's own routes: they all load the app.
  const relative = path.posix.extname(pathname) === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = path.resolve(rootDir);
  const file = path.resolve(root, relative);
  if (!file.startsWith(root + path.sep)) return null;
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ? file : null;
}

export interface AppResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | string;
}

/** Answers one app:// request; symlinks leading out of the renderer folder are refused too. */
export async function serveAppRequest(rootDir: string, requestUrl: string): Promise<AppResponse> {
  const headers = {
    'Content-Security-Policy': HEADER_CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  };
  const notFound: AppResponse = {
    status: 404,
    headers: { ...headers, 'Content-Type': 'text/plain' },
    body: 'Not found',
  };
  const file = appAssetPath(rootDir, requestUrl);
  if (file === null) return notFound;
  try {
    const [realRoot, realFile] = await Promise.all([realpath(rootDir), realpath(file)]);
    if (!realFile.startsWith(realRoot + path.sep)) return notFound;
    const body = await readFile(realFile);
    return {
      status: 200,
      headers: { ...headers, 'Content-Type': CONTENT_TYPES[path.extname(file).toLowerCase()]! },
      body,
    };
  } catch {
    return notFound;
  }
}
