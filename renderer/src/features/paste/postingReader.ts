// Reading job pages for the paste dialog without holding up the page. A page of ordinary size is
// parsed at once, on the page, as the user types; a large one, and every file, is read in a worker.
import type { PostingDraft } from '@shared/posting/postingDraft';
import { runJob, type JobWorker } from '../../workers/runJob';
import type { postingJobs } from './postingJobs';
import type { ReadFile } from './readPostingFile';

/**
 * From this length a page is parsed in a worker. Measured in Chromium on a 2-core machine: up
 * to 100 KB takes under 10 ms on the page, so typing stays instant; 500 KB can take 50 ms.
 */
const LARGE_PAGE_CHARS = 100_000;

const postingWorker: JobWorker<typeof postingJobs> = {
  start: () => new Worker(new URL('./posting.worker.ts', import.meta.url), { type: 'module', name: 'job page' }),
  inThread: () => import('./postingJobs').then((module) => module.postingJobs),
  failures: { readFile: 'The file could not be read', parse: 'The page could not be read' },
};

export function isLargePage(text: string): boolean {
  return text.length >= LARGE_PAGE_CHARS;
}

/** A saved page's text, read and decoded in a worker. */
export function readPostingFileInWorker(file: File, signal: AbortSignal): Promise<ReadFile> {
  return runJob(postingWorker, 'readFile', file, { signal });
}

export interface PostingReader {
  /** Parses a large page in a worker; the same page again shares the reading under way. */
  readLarge(text: string): Promise<PostingDraft>;
  /** Cancels the page being read: another one is being read, or the dialog closed. */
  stop(): void;
}

/** Reads one large page at a time: asking for another cancels the one being read. */
export function createPostingReader(): PostingReader {
  let current: { text: string; controller: AbortController; reading: Promise<PostingDraft> } | null = null;
  const stop = () => {
    current?.controller.abort();
    current = null;
  };
  return {
    readLarge(text) {
      if (current?.text === text) return current.reading;
      stop();
      const controller = new AbortController();
      const reading = runJob(postingWorker, 'parse', text, { signal: controller.signal });
      const started = { text, controller, reading };
      current = started;
      // A failure is not kept: asking again tries again.
      reading.catch(() => {
        if (current === started) current = null;
      });
      return reading;
    },
    stop,
  };
}
