import type { Core, UID } from '@strapi/strapi';
import { checkProfile, reporterProfileFields } from '../../../../shared/reporter-profile-rules';
import type { FieldIssue } from '../../../../shared/validation-error';
import { REPORTER_UID, UPLOAD_FILE_UID } from '../../content-types';
import { fieldIssue, throwIfIssues } from '../../domain/validation';
import { writeFieldIssues } from '../../domain/known-fields';
import { firstFreeSlug, profileFacets, slugFromName } from '../../domain/slugs';
import { nameSearchKey } from '../../../../shared/name-search';
import { localizedDocument } from './localized-document';
import { readRelationChange } from '../../domain/relation-refs';
import { revealedRow } from '../../domain/withheld-identity';

type Data = Record<string, unknown>;

/**
 * Everything a write to a reporter profile goes through, whichever way it comes in (admin,
 * content API, Document Service): validation, the slug, the derived search columns, and the
 * record of a former slug.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const profiles = () => strapi.db.query(REPORTER_UID);
  const documents = localizedDocument(strapi, REPORTER_UID);

  // A withheld reporter's slug stays theirs (in `withheldSlug`) while it is out of public view.
  const slugTaken = async (slug: string, documentId?: string) => {
    const owner = await profiles().findOne({
      where: { $or: [{ slug }, { withheldSlug: slug }], ...(documentId ? { documentId: { $ne: documentId } } : {}) },
      select: ['id'],
    });
    return owner !== null;
  };

  /** The file id a photo value points to: the Content Manager sends the file itself, which names it by documentId. */
  const photoFileId = async (photo: unknown): Promise<number | null> => {
    const [ref] = readRelationChange(photo).refs;
    if (!ref) return null;
    if (typeof ref.id === 'number') return ref.id;
    const file = await strapi.db.query(UPLOAD_FILE_UID).findOne({ where: { documentId: ref.documentId }, select: ['id'] });
    return file?.id ?? null;
  };

  return {
    /**
     * Validates `data` and completes it (slug, search columns) in place. Returns the slug the
     * document had before, when this write renames it.
     */
    async prepare(action: 'create' | 'update', params: { documentId?: string; locale?: string; data?: Data }): Promise<{ formerSlug?: string }> {
      const data = (params.data ??= {});
      const found =
        action === 'update' && params.documentId
          ? await documents.findStored(params.documentId, params.locale, documents.sharedPopulate())
          : { stored: null, isNewLocale: false };
      // A withheld profile is validated and completed against the identity editors see, not its withheld presentation.
      const stored = found.stored && revealedRow(found.stored);
      const { isNewLocale } = found;
      if (stored && isNewLocale) documents.fillSharedFields(data, stored);

      const issues: FieldIssue[] = writeFieldIssues(data, reporterProfileFields, strapi.contentType(REPORTER_UID as UID.ContentType).attributes);
      const merged = { ...(stored ?? {}), ...data };
      for (const { path, message } of checkProfile(merged)) {
        if (!issues.some((issue) => issue.path[0] === path[0])) issues.push(fieldIssue(path, message));
      }
      throwIfIssues(issues);

      const documentId = params.documentId;
      if (typeof data.slug === 'string' && data.slug !== '') {
        if (data.slug !== stored?.slug && (await slugTaken(data.slug, documentId))) {
          throwIfIssues([fieldIssue(['slug'], `"${data.slug}" is already used by another reporter`)]);
        }
      } else if (!stored?.slug || data.slug === '' || data.slug === null) {
        data.slug = await firstFreeSlug(slugFromName(String(merged.fullName)), (candidate) => slugTaken(candidate, documentId));
      }

      // The photo's file id, kept beside the media link: see database/photo-links.ts.
      if ('photo' in data) data.photoFileId = await photoFileId(data.photo);
      data.searchName = nameSearchKey(String(merged.fullName));
      data.facets = profileFacets(merged);
      const formerSlug = stored?.slug && data.slug && data.slug !== stored.slug ? String(stored.slug) : undefined;
      return { formerSlug };
    },

    /**
     * At start-up: profiles whose stored search key is not the one their name gives now (written
     * before keys held both scripts, or by an older folding) get it recomputed, a page at a time.
     * Once done, this only reads.
     */
    async refreshSearchKeys() {
      const PAGE = 1000;
      let refreshed = 0;
      for (let lastId = 0; ; ) {
        const rows = (await profiles().findMany({
          where: { id: { $gt: lastId } },
          select: ['id', 'fullName', 'searchName', 'withheldIdentity'],
          orderBy: { id: 'asc' },
          limit: PAGE,
        })) as Data[];
        if (rows.length === 0) break;
        lastId = rows[rows.length - 1].id as number;
        // A withheld row's fullName is the withheld text; its key is of the real name.
        const stale = rows
          .map((row) => ({ id: row.id, searchName: nameSearchKey(String(revealedRow(row).fullName ?? '')), stored: row.searchName }))
          .filter((row) => row.searchName !== row.stored);
        for (const { id, searchName } of stale) await profiles().update({ where: { id }, data: { searchName } });
        refreshed += stale.length;
      }
      if (refreshed) strapi.log.info(`[newsroom] recomputed the search key of ${refreshed} reporter profile row(s)`);
    },
  };
};
