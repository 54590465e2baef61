import type { Core, UID } from '@strapi/strapi';
import { REPORTER_UID } from '../../content-types';
import { getConfig } from '../../plugin-config';
import { toPublicProfile } from '../../domain/public-profile';
import { isLocalizedType } from '../../domain/localized-type';
import { renderFeed, type FeedFormat } from '../../domain/reporter-feed';
import { newsroomUrn, reporterFeedModel, reporterFeedUrl, type ListedEntry, type StoredCredits } from '../../domain/reporter-feed-model';
import { getService } from '../get-service';
import type { StoredRow as Entity } from '../../domain/stored-row';

export interface FeedQuery {
  locale: string;
  limit: number;
}

/** A feed to send, or the canonical URL of the feed asked for under a former slug. */
export type FeedAnswer = { redirect: string } | { body: string; lastModified: Date };

// What naming a credited reporter takes (domain/public-profile.ts): a withheld row holds only the
// withheld presentation anyway, and toPublicProfile names nobody for it.
const CREDITED_REPORTER_FIELDS = ['documentId', 'slug', 'fullName', 'bylineMode', 'updatedAt'];

/** Per-reporter RSS, Atom and JSON feeds, built on the reporter page's listing. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  // The site's public address (`url` in config/server), as the reporter page's media URLs use it.
  const absoluteUrl = () => strapi.config.get<string>('server.absoluteUrl');
  const apiBase = () => `${absoluteUrl()}${strapi.config.get<string>('api.rest.prefix', '/api')}`;

  /** The credits of the listed entries: one query per content type on the page, whatever the page size. */
  const storedCredits = async (entries: ListedEntry[], locale: string): Promise<Map<string, StoredCredits>> => {
    const stored = new Map<string, StoredCredits>();
    const types = [...new Set(entries.map((entry) => entry.contentType))];
    await Promise.all(
      types.map(async (uid) => {
        const model = strapi.contentType(uid as UID.ContentType) as Entity;
        const where: Entity = {
          documentId: { $in: entries.filter((entry) => entry.contentType === uid).map((entry) => entry.documentId) },
          publishedAt: { $notNull: true },
        };
        if (isLocalizedType(model)) where.locale = locale;
        const rows = (await strapi.db.query(uid as UID.Schema).findMany({
          where,
          select: ['id', 'documentId', 'updatedAt'],
          populate: { credits: { populate: { reporter: { select: CREDITED_REPORTER_FIELDS } } } },
        })) as Entity[];
        for (const row of rows) stored.set(`${uid} ${row.documentId}`, { updatedAt: row.updatedAt, credits: row.credits ?? [] });
      })
    );
    return stored;
  };

  return {
    /**
     * The feed of the reporter with this slug, their latest `limit` entries in `locale`. A former
     * slug answers with the feed's current URL (a 301: readers then update the subscription); a
     * withheld or unknown slug is a 404, the same as the reporter page.
     */
    async feed(format: FeedFormat, slug: string, query: FeedQuery, auth: unknown): Promise<FeedAnswer> {
      const config = getConfig(strapi);
      const reporters = getService(strapi, 'reporters');
      const { entity, redirectedFrom } = await reporters.findPublishedBySlug(slug, query.locale);
      if (redirectedFrom) return { redirect: reporterFeedUrl(apiBase(), entity.slug, format, query, config.feedSize) };

      const page = await reporters.articlesBy(entity.documentId, { locale: query.locale, page: 1, pageSize: query.limit }, auth);
      const listed = page.data as ListedEntry[];
      const stored = await storedCredits(listed, query.locale);
      const model = reporterFeedModel(
        {
          feedId: newsroomUrn(REPORTER_UID, entity.documentId, query.locale),
          profile: toPublicProfile(entity, config, absoluteUrl())!,
          profileUpdatedAt: entity.updatedAt,
          locale: query.locale,
          selfUrl: reporterFeedUrl(apiBase(), entity.slug, format, query, config.feedSize),
          entries: listed.map((entry) => ({ entry, stored: stored.get(`${entry.contentType} ${entry.documentId}`) })),
          now: new Date(),
        },
        config
      );
      return { body: renderFeed(format, model), lastModified: model.updated };
    },
  };
};
