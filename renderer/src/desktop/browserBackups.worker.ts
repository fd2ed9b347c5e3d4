// The worker that keeps the web build's backups (see browserBackupJobs.ts).
import { serveJobs } from '../workers/serveJobs';
import { browserBackupJobs } from './browserBackupJobs';

serveJobs(self, browserBackupJobs);
