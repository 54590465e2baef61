import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { BOX_POPULATE, KEY_FACTS_UID } from '../../content-types';
import { isStale } from '../../../../shared/key-facts-rules';
import { getConfig } from '../../plugin-config';
import { pagination } from '../../domain/pagination';
import type { BoxInput, BoxSummary, BoxWithUsage, LibraryRow, Paged } from '../../../../shared/admin-api';
import { getService } from '../get-service';
import { documentsOf } from '../../database/documents-of';
import type { StoredRow as Row } from '../../domain/stored-row';

/** Sets who created or last changed a box (`setCreatorFields` of @strapi/utils), as the Content Manager does. */
type Stamp = (data: Row) => Row;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Key-facts boxes for the Key facts panel and the library: search, read, save, where used. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const boxes = () => strapi.db.query(KEY_FACTS_UID);
  const entries = () => getService(strapi, 'adminEntries');

  const toSummary = (row: Row, published: Set<string>): BoxSummary => {
    const lastVerifiedAt = row.lastVerifiedAt ? new Date(row.lastVerifiedAt).toISOString() : null;
    return {
      documentId: row.documentId,
      locale: row.locale ?? null,
      title: row.title,
      kind: row.kind,
      lastVerifiedAt,
      stale: isStale(lastVerifiedAt, getConfig(strapi).staleFactsAfterDays),
      published: published.has(row.documentId),
      facts: ((row.facts ?? []) as Row[]).map((fact) => ({
        text: fact.text,
        label: fact.label ?? null,
        date: fact.date ?? null,
        sources: ((fact.sources ?? []) as Row[]).map(({ name, url }) => ({ name, url })),
      })),
      claimReviewed: row.claimReviewed ?? null,
      claimAuthor: row.claimAuthor ?? null,
      rating: row.rating ? { value: row.rating.value, label: row.rating.label } : null,
    };
  };

  const summaries = async (rows: Row[], locale: string | null) => {
    const ids = rows.map((row) => row.documentId as string);
    const publishedRows = ids.length
      ? ((await boxes().findMany({
          where: { documentId: { $in: ids }, publishedAt: { $notNull: true }, ...(locale ? { locale } : {}) },
          select: ['documentId'],
        })) as Row[])
      : [];
    const published = new Set(publishedRows.map((row) => row.documentId as string));
    return rows.map((row) => toSummary(row, published));
  };

  const titleFilter = (search: string | undefined): Row[] => (search ? [{ title: { $containsi: search } }] : []);

  return {
    summaries,

    /** Boxes to attach, by title, in the article's locale (drafts too), among those `readable` keeps. */
    async search({
      search,
      exclude,
      locale,
      page,
      pageSize,
      readable,
    }: {
      search?: string;
      exclude?: string[];
      locale: string;
      page: number;
      pageSize: number;
      readable: Row;
    }) {
      const where = {
        $and: [{ publishedAt: null }, { locale }, readable, ...titleFilter(search), ...(exclude?.length ? [{ documentId: { $notIn: exclude } }] : [])],
      };
      const [rows, total] = await Promise.all([
        boxes().findMany({ where, orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }], offset: (page - 1) * pageSize, limit: pageSize, populate: BOX_POPULATE }),
        boxes().count({ where }),
      ]);
      return { data: await summaries(rows as Row[], locale), pagination: pagination({ page, pageSize }, total) };
    },

    async findOne(documentId: string, locale: string): Promise<BoxWithUsage> {
      const row = (await boxes().findOne({ where: { documentId, locale, publishedAt: null }, populate: BOX_POPULATE })) as Row | null;
      if (!row) throw new errors.NotFoundError(`No key-facts box ${documentId} in locale ${locale}`);
      const [summary] = await summaries([row], locale);
      const usage = await entries().keyFactsUsage([documentId], locale);
      return { ...summary, usedBy: usage[documentId] ?? [] };
    },

    /**
     * Creates or updates a box in one locale and publishes it: a box is shown through the articles
     * that attach it, so what an editor saves here is what those articles show.
     */
    async save({ documentId, locale, data, verified, stamp }: { documentId?: string; locale: string; data: BoxInput; verified: boolean; stamp: Stamp }) {
      const documents = documentsOf(strapi, KEY_FACTS_UID);
      const values = stamp({ ...data, ...(verified ? { lastVerifiedAt: new Date().toISOString() } : {}) });
      const saved = (
        documentId ? await documents.update({ documentId, locale, data: values }) : await documents.create({ locale, data: values })
      ) as Row | null;
      if (!saved) throw new errors.NotFoundError(`No key-facts box ${documentId}`);
      await documents.publish({ documentId: saved.documentId, locale });
      return this.findOne(saved.documentId, locale);
    },

    /** The key-facts library (the boxes `readable` keeps): never-verified and oldest-verified first, with where each is used. */
    async library({
      search,
      staleOnly,
      locale,
      page,
      pageSize,
      readable,
    }: {
      search?: string;
      staleOnly: boolean;
      locale: string;
      page: number;
      pageSize: number;
      readable: Row;
    }): Promise<Paged<LibraryRow>> {
      const base: Row[] = [{ publishedAt: null }, { locale }, readable, ...titleFilter(search)];
      const staleSince = new Date(Date.now() - getConfig(strapi).staleFactsAfterDays * DAY_MS).toISOString();
      const neverVerified = { $and: [...base, { lastVerifiedAt: null }] };
      const verified = { $and: [...base, { lastVerifiedAt: staleOnly ? { $lt: staleSince } : { $notNull: true } }] };
      const [neverCount, verifiedCount] = await Promise.all([boxes().count({ where: neverVerified }), boxes().count({ where: verified })]);

      // Databases disagree on where NULLs sort, so the never-verified boxes are paged first explicitly.
      const start = (page - 1) * pageSize;
      const rows: Row[] = [];
      if (start < neverCount) {
        rows.push(
          ...((await boxes().findMany({
            where: neverVerified,
            orderBy: [{ id: 'asc' }],
            offset: start,
            limit: Math.min(pageSize, neverCount - start),
            populate: BOX_POPULATE,
          })) as Row[])
        );
      }
      if (rows.length < pageSize) {
        rows.push(
          ...((await boxes().findMany({
            where: verified,
            orderBy: [{ lastVerifiedAt: 'asc' }, { id: 'asc' }],
            offset: Math.max(0, start - neverCount),
            limit: pageSize - rows.length,
            populate: BOX_POPULATE,
          })) as Row[])
        );
      }
      const ids = rows.map((row) => row.documentId as string);
      const [data, usage, counts] = await Promise.all([summaries(rows, locale), entries().keyFactsUsage(ids, locale, 500), entries().keyFactsCounts(ids)]);
      const total = neverCount + verifiedCount;
      return {
        data: data.map((box) => ({ ...box, usageCount: counts[box.documentId] ?? 0, usedBy: (usage[box.documentId] ?? []).slice(0, 5) })),
        pagination: pagination({ page, pageSize }, total),
      };
    },
  };
};
