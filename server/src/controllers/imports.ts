import fs from 'fs';
import type { Context } from 'koa';
import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod/v4';
import { getConfig } from '../plugin-config';
import { parseOrThrow } from '../domain/validation';
import { parseParamsOr404 } from './route-params';
import { REPORTER_UID } from '../content-types';
import { getService } from '../services/get-service';
import { ProfileCsvError, readProfilesCsv } from '../import/profile-csv';
import { ImportBusyError } from '../services/admin/import-jobs';

/** An uploaded file as Strapi's body parser (formidable) leaves it. */
interface UploadedFile {
  filepath: string;
  size: number;
  originalFilename?: string | null;
}

const flag = z.enum(['true', 'false'], { error: 'must be true or false' }).transform((value) => value === 'true');
const startBody = z
  .object({
    kind: z.enum(['wordpress', 'csv'], { error: 'must be wordpress or csv' }),
    dryRun: flag.optional(),
    overwrite: flag.optional(),
    createMissing: flag.optional(),
  })
  .strict()
  .refine((body) => !(body.createMissing && body.kind !== 'wordpress'), { path: ['createMissing'], message: 'applies to a WordPress export only' });
const jobParams = z.object({ id: z.string().uuid() });

/** The refused file as a 400 naming the column and row, as the Import tab and API clients read it. */
const csvFileError = (error: ProfileCsvError) =>
  new errors.ValidationError(error.row ? `row ${error.row}: ${error.message}` : error.message, { column: error.column, row: error.row });

/**
 * The Newsroom page's import and export (routes/admin.ts): the profiles CSV export, and the import
 * jobs (services/admin/import-jobs.ts) that run a WordPress export or a profiles CSV.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  /**
   * The profiles the admin may read (a database `where`; the Author's own only, a role's locales),
   * after checking it may do `actions` to some: an export holds only those, and an import's rows may
   * name only those (another is "not found", as in the Content Manager).
   */
  const profileScope = async (ctx: Context, actions: ('read' | 'create' | 'update')[]) => {
    const access = getService(strapi, 'adminAccess').of(ctx.state.userAbility, REPORTER_UID);
    actions.forEach(access.assertType);
    return access.readableWhere();
  };

  return {
    async exportCsv(ctx: Context) {
      const text = await getService(strapi, 'profilesCsv').exportCsv(await profileScope(ctx, ['read']));
      ctx.set('Content-Type', 'text/csv; charset=utf-8');
      ctx.set('Content-Disposition', `attachment; filename="reporter-profiles-${new Date().toISOString().slice(0, 10)}.csv"`);
      // A BOM so that spreadsheets read the file as UTF-8.
      ctx.body = `\uFEFF${text}`;
    },

    async start(ctx: Context) {
      const file = (ctx.request as { files?: Record<string, UploadedFile | UploadedFile[] | undefined> }).files?.file;
      const upload = Array.isArray(file) ? file[0] : file;
      try {
        const body = parseOrThrow(startBody, ctx.request.body ?? {});
        if (!upload) throw new errors.ValidationError('file: is required (a WordPress export or a profiles CSV, sent as multipart form data)');
        const maxMiB = getConfig(strapi).importUploadMaxMiB;
        if (upload.size > maxMiB * 1024 * 1024) {
          throw new errors.PayloadTooLargeError(`file: is larger than ${maxMiB} MiB (the "importUploadMaxMiB" option); the command line takes larger files`);
        }
        const scope = await profileScope(ctx, ['read', 'create', 'update']);
        if (body.kind === 'wordpress') {
          // The WordPress import also writes the bylines of the credited types.
          const { contentTypes } = getConfig(strapi);
          for (const uid of contentTypes) getService(strapi, 'adminAccess').of(ctx.state.userAbility, uid).assertType('update');
          if (body.createMissing && contentTypes.length > 0) {
            // Created entries go to the first type, published as in WordPress where it has drafts.
            const target = getService(strapi, 'adminAccess').of(ctx.state.userAbility, contentTypes[0]);
            target.assertType('create');
            if (strapi.getModel(contentTypes[0] as UID.ContentType)?.options?.draftAndPublish) target.assertType('publish');
          }
        } else {
          // A file the import cannot read at all is refused now, with its column and row.
          try {
            readProfilesCsv(await fs.promises.readFile(upload.filepath, 'utf8'), await getService(strapi, 'profilesCsv').siteLocales());
          } catch (error) {
            if (error instanceof ProfileCsvError) throw csvFileError(error);
            throw error;
          }
        }
        const job = getService(strapi, 'importJobs').start({
          kind: body.kind,
          file: upload.filepath,
          dryRun: body.dryRun ?? false,
          overwrite: body.overwrite ?? false,
          createMissing: body.createMissing ?? false,
          scope,
        });
        ctx.status = 202;
        ctx.body = { data: job };
      } catch (error) {
        if (upload) await fs.promises.rm(upload.filepath, { force: true });
        // Strapi's errors have no 409; the body has their shape.
        if (error instanceof ImportBusyError) {
          ctx.status = 409;
          ctx.body = { data: null, error: { status: 409, name: 'ConflictError', message: error.message, details: {} } };
          return;
        }
        throw error;
      }
    },

    status(ctx: Context) {
      const { id } = parseParamsOr404(jobParams, ctx.params);
      const job = getService(strapi, 'importJobs').find(id);
      if (!job) throw new errors.NotFoundError('No such import (jobs are kept in memory until the server restarts)');
      ctx.body = { data: job };
    },
  };
};
