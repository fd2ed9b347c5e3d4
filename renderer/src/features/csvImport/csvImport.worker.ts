// The worker that reads and checks CSV files for the import (see csvImportJobs.ts).
import { serveJobs } from '../../workers/serveJobs';
import { csvImportJobs } from './csvImportJobs';

serveJobs(self, csvImportJobs);
