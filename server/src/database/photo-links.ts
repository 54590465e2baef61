import type { Core, UID } from '@strapi/strapi';
import { REPORTER_UID, UPLOAD_FILE_UID } from '../content-types';

type MorphJoinTable = { name: string; morphColumn: { idColumn: { name: string }; typeColumn: { name: string } } };

/**
 * A profile's photo is a media link in the upload plugin's morph table. When the schema changes
 * while the plugin is disabled, Strapi's start-up repair deletes morph rows of types it does not
 * know, and the photos would be gone when the plugin comes back. Each profile keeps its photo's
 * file id (`photoFileId`, written with every change of the photo); at start-up, links that
 * disappeared are made again. Normally this finds nothing, in one query.
 */
export const restorePhotoLinks = async (strapi: Core.Strapi) => {
  const profiles = strapi.db.metadata.get(REPORTER_UID as UID.Schema) as unknown as { tableName: string; attributes: { photoFileId: { columnName: string }; bylineMode: { columnName: string } } };
  // Media links live in the upload file's `related` morph table.
  const files = strapi.db.metadata.get(UPLOAD_FILE_UID as UID.Schema) as unknown as { attributes: { related: { joinTable: MorphJoinTable } } };
  const link = files.attributes.related.joinTable;
  const fileColumn = profiles.attributes.photoFileId.columnName;
  const schema = strapi.db.getSchemaName();
  const table = (name: string) => (schema ? strapi.db.connection(name).withSchema(schema) : strapi.db.connection(name));

  const missing = (await table(profiles.tableName)
    .whereNotNull(fileColumn)
    // A withheld reporter's photo is unlinked on purpose (services/withheld-identity.ts).
    .whereNot(profiles.attributes.bylineMode.columnName, 'withheld')
    .whereNotExists(function exists(this: any) {
      this.select('*')
        .from(schema ? `${schema}.${link.name}` : link.name)
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
