// The worker that makes backups (see backupJobs.ts).
import { serveJobs } from '../../workers/serveJobs';
import { backupJobs } from './backupJobs';

serveJobs(self, backupJobs);
