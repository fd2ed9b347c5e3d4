// The page the window shows when the app's own page keeps failing to load: static HTML in a
// data: URL (nothing to fetch, so it shows even when the app's files are what is broken), with
// a policy that allows no script, no request and no frame.

const POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export interface LoadFailedPageInput {
  /** Where the automatic backups are, shown so the user can find them. */
  backupsDir: string;
  /** How many reloads failed before the app gave up. */
  reloads: number;
}

export function loadFailedPageHtml({ backupsDir, reloads }: LoadFailedPageInput): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<title>Internship Tracker could not load</title>
<style>
  :root { color-scheme: light dark; font: 16px/1.5 system-ui, sans-serif; }
  body { max-width: 36rem; margin: 10vh auto; padding: 0 1.5rem; }
  code { overflow-wrap: anywhere; }
</style>
</head>
<body>
<main>
<h1>The window could not load</h1>
<p>The app's page stopped or failed to load, and again after ${reloads} reloads, so it is no longer reloaded.</p>
<p>Your applications are safe: they stay stored on this computer.</p>
<h2>What to do</h2>
<ol>
<li>Quit Internship Tracker (from the tray icon or the app menu) and open it again.</li>
<li>If this page comes back, restart the computer, then open the app again.</li>
</ol>
<p>Automatic backups are in <code>${escapeHtml(backupsDir)}</code>.</p>
</main>
</body>
</html>
`;
}

/** The page as a URL the window can load. */
export function loadFailedPageUrl(input: LoadFailedPageInput): string {
  return `data:text/html;charset=utf-8,${encodeURIComponent(loadFailedPageHtml(input))}`;
}
