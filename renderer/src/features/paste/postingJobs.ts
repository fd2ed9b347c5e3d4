// The posting work done in a worker (posting.worker.ts): reading a dropped or chosen file, and
// parsing a page too large to parse on the page between two keystrokes.
import { parsePosting } from '@shared/posting/parsePosting';
import type { PostingDraft } from '@shared/posting/postingDraft';
import { readPostingFile, type ReadFile } from './readPostingFile';

export const postingJobs = {
  readFile: (file: File): Promise<ReadFile> => readPostingFile(file),
  parse: async (text: string): Promise<PostingDraft> => parsePosting(text),
};
