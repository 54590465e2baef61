import type { Core, UID } from '@strapi/strapi';
import { KEY_FACTS_UID } from '../../content-types';
import { getConfig } from '../../plugin-config';
import type { EntryRef } from '../../../../shared/admin-api';
import { isLocalizedType } from '../../domain/localized-type';
import { columnOf, joinTableOf, model, tableOf, titleAttribute } from '../../database/metadata';
import type { StoredRow as Row } from '../../domain/stored-row';
import type { Knex } from 'knex';

/** The database `where` of one version of an entry: a locale (if the type has them), draft or published. */
export const versionWhere = (documentId: string, locale: string | undefined, status: 'draft' | 'published'): Row => ({
  documentId,
  publishedAt: status === 'published' ? { $notNull: true } : null,
  ...(locale ? { locale } : {}),
});

/**
 * What the admin needs to know about the entries of the enabled types (articles): an entry's
 * stored credits and boxes for the panels, and which entries link to given reporters or boxes.
 * The link questions are answered with one grouped SQL query per enabled type, whatever the
 * number of reporters or boxes asked about.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const column = (uid: string, attribute: string) => columnOf(strapi, uid, attribute);

  /** The field the Content Manager lists entries of a type by (its configured main field), else the type's title attribute. */
  const mainField = async (uid: string): Promise<string> => {
    const configuration = (await strapi.store.get({ type: 'plugin', name: 'content_manager_configuration', key: `content_types::${uid}` })) as Row | null;
    const configured = configuration?.settings?.mainField;
    return typeof configured === 'string' && model(strapi, uid).attributes[configured] ? configured : (titleAttribute(strapi, uid) ?? 'documentId');
  };

  /** Draft rows of `uid` joined to the key-facts boxes they attach. */
  const keyFactsJoin = (uid: string) => {
    const link = joinTableOf(strapi, uid, 'keyFacts');
    return tableOf(strapi)(strapi.db.connection, `${model(strapi, uid).tableName} as entry`)
      .join(`${link.name} as link`, `link.${link.joinColumn.name}`, 'entry.id')
      .join(`${model(strapi, KEY_FACTS_UID).tableName} as target`, 'target.id', `link.${link.inverseJoinColumn.name}`)
      .whereNull(`entry.${column(uid, 'publishedAt')}`);
  };

  /** Per target documentId, the number of distinct entries (documents) linking to it. */
  const countLinks = async (join: (uid: string) => Knex.QueryBuilder, targetUid: string, targetIds: string[]) => {
    const counts: Record<string, number> = Object.fromEntries(targetIds.map((id) => [id, 0]));
    if (targetIds.length === 0) return counts;
    for (const uid of getConfig(strapi).contentTypes) {
      const targetDoc = `target.${column(targetUid, 'documentId')}`;
      const rows: Row[] = await join(uid)
        .whereIn(targetDoc, targetIds)
        .groupBy(targetDoc)
        .select({ target: targetDoc })
        .countDistinct({ entries: `entry.${column(uid, 'documentId')}` });
      for (const row of rows) counts[row.target] = (counts[row.target] ?? 0) + Number(row.entries);
    }
    return counts;
  };

  /** Per target documentId, the entries linking to it (at most `limit` in all), newest first. */
  const listLinks = async (join: (uid: string) => Knex.QueryBuilder, targetUid: string, targetIds: string[], locale: string | undefined, limit: number) => {
    const lists: Record<string, EntryRef[]> = Object.fromEntries(targetIds.map((id) => [id, []]));
    if (targetIds.length === 0) return lists;
    for (const uid of getConfig(strapi).contentTypes) {
      const title = await mainField(uid);
      const localized = isLocalizedType(strapi.contentType(uid as UID.ContentType));
      const targetDoc = `target.${column(targetUid, 'documentId')}`;
      let query = join(uid).whereIn(targetDoc, targetIds);
      if (locale && localized) query = query.where(`entry.${column(uid, 'locale')}`, locale);
      const rows: Row[] = await query
        .distinct({
          target: targetDoc,
          documentId: `entry.${column(uid, 'documentId')}`,
          title: `entry.${column(uid, title)}`,
          ...(localized ? { locale: `entry.${column(uid, 'locale')}` } : {}),
          updatedAt: `entry.${column(uid, 'updatedAt')}`,
        })
        .orderBy('updatedAt', 'desc')
        .limit(limit);
      for (const row of rows) {
        lists[row.target].push({ contentType: uid, documentId: row.documentId, locale: row.locale ?? null, title: String(row.title ?? row.documentId) });
      }
    }
    return lists;
  };

  return {
    /** Number of entries attaching each box. */
    keyFactsCounts: (boxDocumentIds: string[]) => countLinks(keyFactsJoin, KEY_FACTS_UID, boxDocumentIds),

    /** Entries attaching each box, in a locale. */
    keyFactsUsage: (boxDocumentIds: string[], locale: string | undefined, limit = 200) => listLinks(keyFactsJoin, KEY_FACTS_UID, boxDocumentIds, locale, limit),

    /**
     * The stored credits (component id → reporter) and attached boxes of one entry version,
     * which the Content Manager's form state only holds as ids and empty relation changes.
     */
    async stored(uid: string, documentId: string, locale: string | undefined, status: 'draft' | 'published') {
      const row = (await strapi.db.query(uid as UID.Schema).findOne({
        where: versionWhere(documentId, locale, status),
        select: ['id'],
        populate: {
          credits: { populate: { reporter: { populate: { photo: true } } } },
          keyFacts: { populate: { facts: { populate: { sources: true } } } },
        },
      })) as Row | null;
      return { credits: (row?.credits ?? []) as Row[], keyFacts: (row?.keyFacts ?? []) as Row[] };
    },
  };
};
