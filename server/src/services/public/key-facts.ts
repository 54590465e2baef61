import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { BOX_POPULATE, KEY_FACTS_UID } from '../../content-types';
import { getConfig } from '../../plugin-config';
import { claimReviewJsonLd, toPublicBox } from '../../domain/public-box';
import { entryUrl } from '../../domain/entry-url';
import { titleAttribute } from '../../database/metadata';
import { isLocalizedType } from '../../domain/localized-type';
import type { StoredRow as Entity } from '../../domain/stored-row';

/** A key-facts box for the public, with where it is used. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Published entries of the enabled types that attach the box, in one query per type. */
  async usedBy(boxDocumentId: string, locale: string) {
    const config = getConfig(strapi);
    const perType = await Promise.all(
      config.contentTypes.map(async (uid) => {
        const model = strapi.contentType(uid as UID.ContentType) as Entity;
        const title = titleAttribute(strapi, uid);
        const where: Entity = { publishedAt: { $notNull: true }, keyFacts: { documentId: boxDocumentId } };
        if (isLocalizedType(model)) where.locale = locale;
        const rows = (await strapi.db.query(uid as UID.Schema).findMany({
          where,
          select: ['documentId', 'locale', 'publishedAt', ...(title ? [title] : []), ...('slug' in model.attributes ? ['slug'] : [])],
          orderBy: [{ publishedAt: 'desc' }],
          limit: 100,
        })) as Entity[];
        return rows.map((row) => ({
          contentType: uid,
          documentId: row.documentId as string,
          locale: (row.locale as string) ?? null,
          title: title ? (row[title] as string) : null,
          url: entryUrl(config, uid, row),
          publishedAt: row.publishedAt as string,
        }));
      })
    );
    return perType.flat();
  },

  async findOne(documentId: string, locale: string) {
    const box = (await strapi.db.query(KEY_FACTS_UID).findOne({
      where: { documentId, locale, publishedAt: { $notNull: true } },
      populate: BOX_POPULATE,
    })) as Entity | null;
    if (!box) throw new errors.NotFoundError(`No published key-facts box ${documentId} in locale "${locale}"`);
    const config = getConfig(strapi);
    const publicBox = toPublicBox(box, config);
    const articles = await this.usedBy(documentId, locale);
    const claimReviews = articles
      .map((article) => claimReviewJsonLd(publicBox, config, { url: article.url, datePublished: article.publishedAt }))
      .filter((review): review is Record<string, unknown> => review !== null);
    return { data: { ...publicBox, articles, ...(publicBox.kind === 'fact-check' ? { jsonLd: claimReviews } : {}) } };
  },
});
