import type { Core } from '@strapi/strapi';
import { SLUG_REDIRECT_UID } from '../../content-types';

/**
 * Former slugs of reporter profiles, so old profile URLs keep answering: recorded by profile
 * writes and merges, read by the public reporter page and feeds. One owner for the table, so a
 * public read never reaches into a write service.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const redirects = () => strapi.db.query(SLUG_REDIRECT_UID);

  return {
    /** The documentId a former slug points to, if any. */
    async resolve(slug: string): Promise<string | null> {
      const redirect = await redirects().findOne({ where: { fromSlug: slug } });
      return redirect ? String(redirect.reporterDocumentId) : null;
    },

    /** Keeps a renamed profile answering under its former slug; a slug in use again stops redirecting. */
    async recordRename(documentId: string, formerSlug: string | undefined, currentSlug: unknown) {
      if (typeof currentSlug === 'string') {
        await redirects().deleteMany({ where: { fromSlug: currentSlug } });
      }
      if (formerSlug) {
        await redirects().deleteMany({ where: { fromSlug: formerSlug } });
        await redirects().create({ data: { fromSlug: formerSlug, reporterDocumentId: documentId } });
      }
    },

    /** After a merge: every slug of the source, its own included, leads to the survivor. */
    async redirectMerged(sourceDocumentId: string, targetDocumentId: string, sourceSlug: string | undefined) {
      await redirects().updateMany({ where: { reporterDocumentId: sourceDocumentId }, data: { reporterDocumentId: targetDocumentId } });
      if (sourceSlug && !(await redirects().findOne({ where: { fromSlug: sourceSlug } }))) {
        await redirects().create({ data: { fromSlug: sourceSlug, reporterDocumentId: targetDocumentId } });
      }
    },
  };
};
