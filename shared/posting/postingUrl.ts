// The posting's own web address: the first link on the page that looks like a job posting
// (an applicant-tracking or job-board address, or a jobs path with an id or slug), not the
// company's home page, benefits page or privacy policy.
import type { Finding } from './finding';
import { isWebUrl } from '../application';

const URL = /\bhttps?:\/\/[^\s<>"'()[\]{}]+/gi;
const TRAILING = /[.,;:!?'"’”]+$/;

const JOB_BOARD =
  /^https?:\/\/(?:[\w-]+\.)*(?:greenhouse\.io|lever\.co|myworkdayjobs\.com|ashbyhq\.com|smartrecruiters\.com|icims\.com|jobvite\.com|workable\.com)\/|linkedin\.com\/jobs\/view|indeed\.[a-z.]+\/(?:viewjob|rc\/clk|job\/)|joinhandshake\.com\/(?:stu\/)?jobs\/|wellfound\.com\/jobs\/|glassdoor\.[a-z.]+\/job-listing|ziprecruiter\.[a-z.]+\/(?:c|jobs)\/|talent\.com\/view|builtin\.com\/job\//i;
const JOB_PATH =
  /\/(?:jobs?|careers?|positions?|postings?|vacanc(?:y|ies)|openings?|opportunities|requisitions?)\/(?!(?:benefits|culture|life|teams?|students|university|faq|privacy|accommodations?|eeo|diversity|about|search)\b)[^/?#\s]+|[?&](?:gh_jid|jk|jobid|job_id|reqid|requisitionid)=/i;

export function findPostingUrl(scan: string): Finding<string> | null {
  let generic: Finding<string> | null = null;
  URL.lastIndex = 0;
  for (let m = URL.exec(scan); m; m = URL.exec(scan)) {
    const url = m[0].replace(TRAILING, '');
    if (!isWebUrl(url)) continue;
    const found = { value: url, ranges: [{ start: m.index, end: m.index + url.length }] };
    if (JOB_BOARD.test(url)) return found;
    if (generic === null && JOB_PATH.test(url)) generic = found;
  }
  return generic;
}
