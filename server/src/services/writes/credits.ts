import type { Core, UID } from '@strapi/strapi';
import createHttpError from 'http-errors';
import { creditsRule } from '../../../../shared/credit-rules';
import { issuesFromZod, type FieldIssue } from '../../../../shared/validation-error';
import { KEY_FACTS_UID, REPORTER_UID } from '../../content-types';
import { getConfig } from '../../plugin-config';
import { fieldIssue, throwIfIssues } from '../../domain/validation';
import { readRelationChange, type RelationRef } from '../../domain/relation-refs';
import { localizedDocument } from './localized-document';
import { titleAttribute } from '../../database/metadata';
import type { StoredRow as Data } from '../../domain/stored-row';

/** Credits on the enabled types: their validation, and who credits whom. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** The refs among `refs` that match no document of `uid`. */
  const missing = async (uid: string, refs: RelationRef[]) => {
    const documentIds = [...new Set(refs.flatMap((r) => (r.documentId ? [r.documentId] : [])))];
    const ids = [...new Set(refs.flatMap((r) => (r.id !== undefined ? [r.id] : [])))];
    const or: Data[] = [];
    if (documentIds.length) or.push({ documentId: { $in: documentIds } });
    if (ids.length) or.push({ id: { $in: ids } });
    const found = or.length ? ((await strapi.db.query(uid as UID.Schema).findMany({ where: { $or: or }, select: ['id', 'documentId'] })) as Data[]) : [];
    return refs.filter((ref) => !found.some((row) => (ref.documentId ? row.documentId === ref.documentId : row.id === ref.id)));
  };

  return {
    /**
     * Prepares a write to an enabled type: a new locale starts from the shared credits (so the
     * i18n sync cannot empty the other locales'), then credits and key facts are validated.
     */
    async prepareArticleWrite(uid: string, action: 'create' | 'update', params: { documentId?: string; locale?: string; data?: Data }) {
      const data = (params.data ??= {});
      if (action === 'update' && params.documentId) {
        const documents = localizedDocument(strapi, uid);
        const { stored, isNewLocale } = await documents.findStored(params.documentId, params.locale, documents.sharedPopulate());
        if (stored && isNewLocale) documents.fillSharedFields(data, stored);
      }
      await this.validateArticleWrite(data);
    },

    /** Validates the credits and key facts of a write to an enabled type; a 400 names each bad item. */
    async validateArticleWrite(data: Data) {
      const issues: FieldIssue[] = [];
      if (data.credits !== undefined && data.credits !== null) {
        const parsed = creditsRule(getConfig(strapi).creditRoles).safeParse(data.credits);
        if (!parsed.success) issues.push(...issuesFromZod(parsed.error, ['credits']));
        if (Array.isArray(data.credits)) {
          const refs: { index: number; ref: RelationRef }[] = [];
          data.credits.forEach((credit: Data, index: number) => {
            const change = readRelationChange(credit?.reporter);
            // An existing credit (it has an id) may leave its reporter as it is.
            const keepsReporter = change.unchanged && credit?.id !== undefined;
            if (change.malformed) issues.push(fieldIssue(['credits', index, 'reporter'], 'must be a reporter profile documentId or id'));
            else if (!keepsReporter && change.refs.length !== 1)
              issues.push(fieldIssue(['credits', index, 'reporter'], 'must name exactly one reporter profile'));
            else change.refs.forEach((ref) => refs.push({ index, ref }));
          });
          const unknown = await missing(
            REPORTER_UID,
            refs.map((r) => r.ref)
          );
          for (const { index, ref } of refs.filter((r) => unknown.includes(r.ref))) {
            issues.push(fieldIssue(['credits', index, 'reporter'], `no reporter profile ${ref.documentId ?? ref.id}`));
          }
        }
      }
      if (data.keyFacts !== undefined) {
        const change = readRelationChange(data.keyFacts);
        if (change.malformed) issues.push(fieldIssue(['keyFacts'], 'must be a list of key-facts box documentIds or ids'));
        for (const ref of await missing(KEY_FACTS_UID, change.refs)) {
          issues.push(fieldIssue(['keyFacts'], `no key-facts box ${ref.documentId ?? ref.id}`));
        }
      }
      throwIfIssues(issues);
    },

    /** Entries of the enabled types (any locale, draft or published) crediting a reporter. */
    async articlesCrediting(reporterDocumentId: string, limit = 50) {
      const found: { contentType: string; documentId: string; locale: string | null; title: string | null }[] = [];
      for (const uid of getConfig(strapi).contentTypes) {
        const title = titleAttribute(strapi, uid);
        const rows = (await strapi.db.query(uid as UID.Schema).findMany({
          where: { credits: { reporter: { documentId: reporterDocumentId } } },
          select: ['documentId', 'locale', ...(title ? [title] : [])],
          limit,
        })) as Data[];
        for (const row of rows) {
          if (!found.some((f) => f.documentId === row.documentId && f.locale === (row.locale ?? null))) {
            found.push({ contentType: uid, documentId: row.documentId, locale: row.locale ?? null, title: title ? row[title] : null });
          }
        }
      }
      return found;
    },

    /** A credited reporter cannot be deleted (409, with the articles); merge them instead. */
    async refuseDeleteIfCredited(documentId: string | undefined) {
      if (!documentId) return;
      const articles = await this.articlesCrediting(documentId);
      if (articles.length === 0) return;
      throw createHttpError(
        409,
        `This reporter is credited on ${articles.length} ${articles.length === 1 ? 'entry' : 'entries'}; remove the credits or merge the profile into another first`,
        {
          details: { articles },
        }
      );
    },
  };
};
