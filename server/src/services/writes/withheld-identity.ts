import type { Core } from '@strapi/strapi';
import { REPORTER_UID, UPLOAD_FILE_UID } from '../../content-types';
import { getConfig } from '../../plugin-config';
import { withheldText } from '../../domain/public-profile';
import { isWithheld, nextIdentity, restoredColumns, revealedRow, sealedColumns } from '../../domain/withheld-identity';
import { documentsOf } from '../../database/documents-of';
import type { StoredRow as Row } from '../../domain/stored-row';

/** The write a settle follows: the draft locale it wrote and the attributes its data set. */
export interface ProfileWrite {
  locale?: string;
  fields: string[];
}

/**
 * Moves a withheld reporter's identity out of the public attributes and back (see
 * domain/withheld-identity.ts). `settle` runs after every write to a profile, inside the write's
 * transaction, so no committed row ever shows a withheld identity.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const profiles = () => strapi.db.query(REPORTER_UID);
  const placeholder = (locale: string | null) => withheldText(getConfig(strapi).withheldBylineText, locale);

  /** Only the columns that differ, so a settled row is not written again. */
  const changed = (row: Row, columns: Row) =>
    Object.fromEntries(Object.entries(columns).filter(([key, value]) => JSON.stringify(row[key] ?? null) !== JSON.stringify(value ?? null)));

  const seal = async (row: Row, write: { row: Row | null; fields: string[] }) => {
    const firstSeal = !row.withheldIdentity;
    const slugFromWrite = !firstSeal && write.row && write.fields.includes('slug') ? write.row.slug : undefined;
    const data: Row = changed(row, {
      ...sealedColumns(placeholder(row.locale)),
      bylineMode: 'withheld',
      withheldIdentity: nextIdentity(row, write),
      withheldSlug: firstSeal ? (row.slug ?? null) : (slugFromWrite ?? row.withheldSlug ?? null),
    });
    if (row.photo) data.photo = null;
    if (Array.isArray(row.socialLinks) && row.socialLinks.length > 0) {
      Object.assign(data, await documentsOf(strapi, REPORTER_UID).updateComponents(row, { socialLinks: [] }));
    }
    if (Object.keys(data).length > 0) await profiles().update({ where: { id: row.id }, data });
  };

  const unseal = async (row: Row, write: { row: Row | null; fields: string[] }) => {
    const { columns, socialLinks } = restoredColumns(row, write);
    const data: Row = { ...columns };
    if (socialLinks) {
      const links = (socialLinks as Row[]).map(({ network, url }) => ({ network, url }));
      Object.assign(data, await documentsOf(strapi, REPORTER_UID).updateComponents(row, { socialLinks: links }));
    }
    if (!write.fields.includes('photo') && row.photoFileId) {
      const file = await strapi.db.query(UPLOAD_FILE_UID).findOne({ where: { id: row.photoFileId }, select: ['id'] });
      data.photo = file ? file.id : null;
    }
    await profiles().update({ where: { id: row.id }, data });
  };

  /**
   * A portrait's media-library name and texts are often the person's name; once the portrait
   * belongs to a withheld reporter they say nothing. (Its URL is the upload provider's: see the
   * README on uploads.)
   */
  const neutralizePortrait = async (fileId: number) => {
    const file = await strapi.db.query(UPLOAD_FILE_UID).findOne({ where: { id: fileId }, select: ['id', 'ext'] });
    if (file)
      await strapi.db
        .query(UPLOAD_FILE_UID)
        .update({ where: { id: fileId }, data: { name: `portrait-${fileId}${file.ext ?? ''}`, alternativeText: null, caption: null } });
  };

  return {
    /**
     * Brings every row of a profile document in line with its mode: while the draft is withheld,
     * every row (every locale, draft and published) is sealed at once; a draft that is no longer
     * withheld gets its identity back, and its published rows follow when it is published.
     */
    async settle(documentId: string, write: ProfileWrite) {
      const rows = (await profiles().findMany({
        where: { documentId },
        populate: { photo: { select: ['id'] }, socialLinks: true },
      })) as Row[];
      const drafts = rows.filter((row) => row.publishedAt === null);
      const withheld = drafts.some(isWithheld);
      const writtenRow = write.locale ? (drafts.find((row) => row.locale === write.locale) ?? null) : null;
      // Every row links the same portrait: its name is made neutral once.
      const portrait = withheld ? rows.find((row) => row.photo)?.photo : undefined;
      if (portrait) await neutralizePortrait(portrait.id);
      for (const row of rows) {
        const isDraft = row.publishedAt === null;
        // A published row keeps its own identity; edits of the draft reach it when it is published.
        const change = isDraft ? { row: writtenRow, fields: write.fields } : { row: null, fields: [] };
        if (withheld || (!isDraft && isWithheld(row))) await seal(row, change);
        else if (isDraft && row.withheldIdentity) await unseal(row, change);
      }
    },

    /**
     * At start-up: profiles withheld before this mechanism existed (or written around the Document
     * Service) are sealed now, each in its own transaction. Normally this finds nothing.
     */
    async sealUnsettled() {
      const rows = (await profiles().findMany({ where: { bylineMode: 'withheld' }, select: ['documentId', 'withheldIdentity'] })) as Row[];
      const documentIds = [...new Set(rows.filter((row) => !row.withheldIdentity).map((row) => row.documentId as string))];
      for (const documentId of documentIds) await strapi.db.transaction(() => this.settle(documentId, { fields: [] }));
      if (documentIds.length) strapi.log.info(`[newsroom] sealed the identity of ${documentIds.length} withheld reporter(s)`);
    },

    /**
     * Editors' view of profile entities (admin reads): the identity of sealed ones put back, read
     * fresh from the database by id, with the portrait's file.
     */
    async reveal<T extends Row>(entities: T[]): Promise<T[]> {
      const ids = entities.map((entity) => entity?.id).filter((id): id is number => typeof id === 'number');
      if (ids.length === 0) return entities;
      const sealed = (
        (await profiles().findMany({ where: { id: { $in: ids } }, select: ['id', 'withheldIdentity', 'withheldSlug', 'photoFileId'] })) as Row[]
      ).filter((row) => row.withheldIdentity);
      if (sealed.length === 0) return entities;
      const fileIds = sealed.map((row) => row.photoFileId).filter(Boolean);
      const files = fileIds.length ? ((await strapi.db.query(UPLOAD_FILE_UID).findMany({ where: { id: { $in: fileIds } } })) as Row[]) : [];
      const byId = new Map(sealed.map((row) => [row.id, row]));
      return entities.map((entity) => {
        const stored = byId.get(entity?.id);
        if (!stored) return entity;
        const shown = revealedRow({ ...entity, ...stored });
        shown.photo = files.find((file) => file.id === stored.photoFileId) ?? null;
        return shown as T;
      });
    },
  };
};
