// The worker that reads job pages for the paste dialog (see postingJobs.ts).
import { serveJobs } from '../../workers/serveJobs';
import { postingJobs } from './postingJobs';

serveJobs(self, postingJobs);
