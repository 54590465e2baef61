import type { Core } from '@strapi/strapi';
import { REPORTER_UID, UPLOAD_FILE_UID } from '../content-types';
import { columnOf, joinTableOf, model, qualifiedName, tableOf, type JoinTable } from './metadata';
import type { Knex } from 'knex';

/**
 * A profile's photo is a media link in the upload plugin's morph table. When the schema changes
 * while the plugin is disabled, Strapi's start-up repair deletes morph rows of types it does not
 * know, and the photos would be gone when the plugin comes back. Each profile keeps its photo's
 * file id (`photoFileId`, written with every change of the photo); at start-up, links that
 * disappeared are made again. Normally this finds nothing, in one query.
 */
export const restorePhotoLinks = async (strapi: Core.Strapi) => {
  const profiles = model(strapi, REPORTER_UID);
  // Media links live in the upload file's `related` morph table.
  const link = joinTableOf(strapi, UPLOAD_FILE_UID, 'related') as Required<Pick<JoinTable, 'name' | 'morphColumn'>>;
  const fileColumn = columnOf(strapi, REPORTER_UID, 'photoFileId');
  const table = (name: string) => tableOf(strapi)(strapi.db.connection, name);

  const missing = (await table(profiles.tableName)
    .whereNotNull(fileColumn)
    // A withheld reporter's photo is unlinked on purpose (services/withheld-identity.ts).
    .whereNot(columnOf(strapi, REPORTER_UID, 'bylineMode'), 'withheld')
    .whereNotExists(function exists(this: Knex.QueryBuilder) {
      this.select('*')
        .from(qualifiedName(strapi, link.name))
        .whereRaw('?? = ??', [`${link.name}.${link.morphColumn.idColumn.name}`, `${profiles.tableName}.id`])
        .where(`${link.name}.${link.morphColumn.typeColumn.name}`, REPORTER_UID);
    })
    .select('id', fileColumn)) as Record<string, number>[];
  for (const row of missing) {
    const file = await strapi.db.query(UPLOAD_FILE_UID).findOne({ where: { id: row[fileColumn] }, select: ['id'] });
    if (file) await strapi.db.query(REPORTER_UID).update({ where: { id: row.id }, data: { photo: file.id } });
  }
  if (missing.length) strapi.log.info(`[newsroom] restored ${missing.length} reporter photo link(s)`);
};
