import fs from 'fs';
import { randomUUID } from 'crypto';
import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import type { ImportJobState, ImportReport } from '../../../../shared/admin-api';
import type { StoredRow } from '../../domain/stored-row';

export type ImportKind = 'wordpress' | 'csv';

export interface ImportJobInput {
  kind: ImportKind;
  /** The uploaded file, on disk; removed when the job ends. */
  file: string;
  dryRun: boolean;
  overwrite: boolean;
  /** WordPress: create the entries no post matches (in the first type of `contentTypes`). */
  createMissing: boolean;
  /** The profiles the admin may read (a database `where`): a CSV's rows may name only those. */
  scope: StoredRow;
}

/** Refused start: another import is running (the route answers 409). */
export class ImportBusyError extends Error {
  name = 'ImportBusyError';
}

// Jobs kept for their reports after they end, so a page that asks a little late still finds its own.
const KEPT = 10;

/**
 * The Newsroom page's imports, run in the background so the page can show their progress:
 * one at a time per server (a second is refused with 409 while one runs), each reporting its
 * phase, its count and, at the end, the importer's report. Jobs live in this process's memory:
 * a restart forgets them (the import's writes are each committed, and a second run picks up).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const jobs = new Map<string, ImportJobState>();
  let running: string | null = null;

  const execute = async (job: ImportJobState, input: ImportJobInput): Promise<ImportReport> => {
    const onProgress = (progress: { phase: ImportJobState['phase']; done: number; total: number }) => Object.assign(job, progress);
    if (input.kind === 'csv') {
      const text = await fs.promises.readFile(input.file, 'utf8');
      return getService(strapi, 'profilesCsv').run({ text, dryRun: input.dryRun, overwrite: input.overwrite, scope: input.scope, onProgress });
    }
    return getService(strapi, 'wordpressImport').run({
      file: input.file,
      dryRun: input.dryRun,
      overwrite: input.overwrite,
      createMissing: input.createMissing,
      onProgress,
    });
  };

  return {
    /** Starts a job and answers at once; throws 409 while another runs. */
    start(input: ImportJobInput): ImportJobState {
      if (running) throw new ImportBusyError('Another import is running; wait for it to end');
      const job: ImportJobState = { id: randomUUID(), kind: input.kind, dryRun: input.dryRun, phase: 'queued', done: 0, total: 0, report: null, error: null };
      jobs.set(job.id, job);
      for (const id of [...jobs.keys()].slice(0, Math.max(0, jobs.size - KEPT))) jobs.delete(id);
      running = job.id;
      execute(job, input)
        .then((report) => Object.assign(job, { phase: 'done', report }))
        .catch((error: Error) => {
          // A refused file is the user's to fix; anything else is logged and said in general terms.
          const expected = ['ImportInputError', 'ProfileCsvError', 'ValidationError'].includes(error.name);
          if (!expected) strapi.log.error(`[newsroom] import ${job.id} failed: ${error.stack ?? error.message}`);
          Object.assign(job, { phase: 'failed', error: expected ? error.message : 'The import failed; the server log has the details' });
        })
        .finally(() => {
          running = null;
          fs.promises.rm(input.file, { force: true }).catch(() => undefined);
        });
      return job;
    },

    find(id: string): ImportJobState | null {
      return jobs.get(id) ?? null;
    },
  };
};
