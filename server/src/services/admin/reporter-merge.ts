import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { COMPONENT_UIDS } from '../../components';
import { REPORTER_UID } from '../../content-types';
import { getConfig } from '../../plugin-config';
import { getService } from '../get-service';
import { columnOf, componentJoinColumns, joinTableOf, model, tableOf, type JoinTable } from '../../database/metadata';
import { documentsOf } from '../../database/documents-of';
import type { StoredRow as Row } from '../../domain/stored-row';
import type { Knex } from 'knex';

/**
 * Merging duplicate profiles: every credit of the source moves to the target, in one
 * transaction, in place (drafts and published entries alike, so nothing gets republished),
 * keeping each article's order; a credit that would repeat the same person in the same role is
 * dropped. The source is unpublished, points to the survivor, and its slug redirects there.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  return {
    async merge({ sourceDocumentId, targetDocumentId }: { sourceDocumentId: string; targetDocumentId: string }) {
      if (sourceDocumentId === targetDocumentId) {
        throw new errors.ValidationError('targetDocumentId: must be another profile than the one merged', {
          errors: [{ path: ['targetDocumentId'], message: 'targetDocumentId: must be another profile than the one merged', name: 'ValidationError' }],
        });
      }
      const reporterLink = joinTableOf(strapi, COMPONENT_UIDS.credit, 'reporter');

      return strapi.db.transaction(async ({ trx }) => {
        const table = (name: string) => tableOf(strapi)(trx, name);
        const profiles = strapi.db.query(REPORTER_UID);
        const rowsOf = async (documentId: string) =>
          (await profiles.findMany({ where: { documentId }, select: ['id', 'locale', 'publishedAt', 'slug', 'mergedInto'] })) as Row[];
        const [source, target] = await Promise.all([rowsOf(sourceDocumentId), rowsOf(targetDocumentId)]);
        if (source.length === 0) throw new errors.NotFoundError(`No reporter profile ${sourceDocumentId}`);
        if (target.length === 0) throw new errors.NotFoundError(`No reporter profile ${targetDocumentId}`);
        if (target.some((row) => row.mergedInto)) {
          throw new errors.ValidationError('targetDocumentId: that profile was itself merged into another');
        }

        // Each source row (a locale, draft or published) maps to the target row most like it.
        const defaultLocale: string = await strapi.plugin('i18n').service('locales').getDefaultLocale();
        const twin = (row: Row) =>
          target.find((t) => t.locale === row.locale && Boolean(t.publishedAt) === Boolean(row.publishedAt)) ??
          target.find((t) => t.locale === row.locale) ??
          target.find((t) => t.locale === defaultLocale && !t.publishedAt) ??
          target[0];

        const { name: link, joinColumn, inverseJoinColumn } = reporterLink;
        const moved = (await table(link)
          .whereIn(
            inverseJoinColumn.name,
            source.map((row) => row.id)
          )
          .select(joinColumn.name)) as Row[];
        for (const row of source) {
          await table(link)
            .where(inverseJoinColumn.name, row.id)
            .update({ [inverseJoinColumn.name]: twin(row).id });
        }
        const movedCreditIds = moved.map((row) => row[joinColumn.name] as number);
        const dropped = await this.dropRepeatedCredits(table, movedCreditIds);
        await getService(strapi, 'creditIndex').reindexReporters([sourceDocumentId, targetDocumentId]);

        // Archive the source: no longer public, pointing to the survivor, its URL redirecting there.
        await profiles.updateMany({ where: { documentId: sourceDocumentId }, data: { mergedInto: targetDocumentId } });
        await documentsOf(strapi, REPORTER_UID).unpublish({ documentId: sourceDocumentId, locale: '*' });
        await getService(strapi, 'slugRedirects').redirectMerged(sourceDocumentId, targetDocumentId, source.find((row) => row.slug)?.slug);
        return { movedCredits: movedCreditIds.length, droppedCredits: dropped, sourceDocumentId, targetDocumentId };
      });
    },

    /**
     * In every entry holding one of `creditIds`, keeps the first credit of each (reporter, role)
     * and deletes the later repeats. The survivors keep their relative order.
     */
    async dropRepeatedCredits(table: (name: string) => Knex.QueryBuilder, creditIds: number[]) {
      if (creditIds.length === 0) return 0;
      const creditMeta = model(strapi, COMPONENT_UIDS.credit);
      const { name: link, joinColumn, inverseJoinColumn } = joinTableOf(strapi, COMPONENT_UIDS.credit, 'reporter');
      const { field, type } = componentJoinColumns(strapi);
      let dropped = 0;
      for (const uid of getConfig(strapi).contentTypes) {
        const cmps = joinTableOf(strapi, uid, 'credits') as JoinTable & { on: { field: string } };
        const entityColumn = cmps.joinColumn.name;
        const cmpColumn = cmps.inverseJoinColumn.name;
        const entities = (await table(cmps.name)
          .whereIn(cmpColumn, creditIds)
          .where({ [field]: cmps.on.field, [type]: COMPONENT_UIDS.credit })
          .distinct(entityColumn)) as Row[];
        if (entities.length === 0) continue;
        const credits = (await table(cmps.name)
          .join(creditMeta.tableName, `${creditMeta.tableName}.id`, `${cmps.name}.${cmpColumn}`)
          .leftJoin(link, `${link}.${joinColumn.name}`, `${creditMeta.tableName}.id`)
          .whereIn(
            `${cmps.name}.${entityColumn}`,
            entities.map((e) => e[entityColumn])
          )
          .where({ [`${cmps.name}.${field}`]: cmps.on.field, [`${cmps.name}.${type}`]: COMPONENT_UIDS.credit })
          .orderBy([{ column: `${cmps.name}.${entityColumn}` }, { column: `${cmps.name}.${cmps.orderColumnName}` }])
          .select(
            `${cmps.name}.${entityColumn} as entity`,
            `${creditMeta.tableName}.id as credit`,
            `${creditMeta.tableName}.${columnOf(strapi, COMPONENT_UIDS.credit, 'role')} as role`,
            `${link}.${inverseJoinColumn.name} as reporter`
          )) as Row[];
        const seen = new Set<string>();
        const repeats: number[] = [];
        for (const credit of credits) {
          if (credit.reporter === null || credit.reporter === undefined) continue;
          const key = `${credit.entity}:${credit.reporter}:${credit.role}`;
          if (seen.has(key)) repeats.push(credit.credit);
          else seen.add(key);
        }
        if (repeats.length) {
          await table(cmps.name)
            .whereIn(cmpColumn, repeats)
            .where({ [type]: COMPONENT_UIDS.credit })
            .delete();
          await table(link).whereIn(joinColumn.name, repeats).delete();
          await table(creditMeta.tableName).whereIn('id', repeats).delete();
          dropped += repeats.length;
        }
      }
      return dropped;
    },
  };
};
