import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { bylineText } from '../../../../shared/byline-text';
import { getConfig } from '../../plugin-config';
import { toPublicProfile, withheldText, type PublicProfile } from '../../domain/public-profile';
import { articleCreditsJsonLd, type CreditForJsonLd } from '../../domain/json-ld';
import { claimReviewJsonLd, toPublicBox } from '../../domain/public-box';
import { entryUrl } from '../../domain/entry-url';
import { isLocalizedType } from '../../domain/localized-type';
import { BOX_POPULATE } from '../../content-types';
import type { StoredRow as Entity } from '../../domain/stored-row';

/** Everything a frontend needs for one article's credits and boxes, from one read. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The enabled type whose plural name is `pluralName`, or a 404. */
  enabledType(pluralName: string) {
    const uid = getConfig(strapi).contentTypes.find((candidate) => (strapi.contentType(candidate as UID.ContentType) as Entity).info.pluralName === pluralName);
    if (!uid) throw new errors.NotFoundError(`No content type "${pluralName}" takes newsroom credits`);
    return uid;
  },

  async forEntry(pluralName: string, documentId: string, locale: string) {
    const uid = this.enabledType(pluralName);
    const config = getConfig(strapi);
    const model = strapi.contentType(uid as UID.ContentType) as Entity;
    const where: Entity = { documentId, publishedAt: { $notNull: true } };
    if (isLocalizedType(model)) where.locale = locale;
    const entry = (await strapi.db.query(uid as UID.Schema).findOne({
      where,
      populate: {
        credits: { populate: { reporter: { populate: { photo: true, socialLinks: true } } } },
        keyFacts: { populate: BOX_POPULATE },
      },
    })) as Entity | null;
    if (!entry) throw new errors.NotFoundError(`No published entry ${documentId} in locale "${locale}"`);

    const mediaBase = strapi.config.get<string | undefined>('server.absoluteUrl');
    const hidden = withheldText(config.withheldBylineText, locale);
    const credits = (entry.credits as Entity[])
      // A credit whose reporter has no published profile in this locale has nobody to show.
      .filter((credit) => credit.reporter)
      .map((credit) => {
        const profile: PublicProfile | null = toPublicProfile(credit.reporter, config, mediaBase);
        return { role: credit.role as string, note: (credit.note as string) || null, profile };
      });

    const forJsonLd: CreditForJsonLd[] = credits.map((c) =>
      c.profile ? { role: c.role, withheld: false, profile: c.profile } : { role: c.role, withheld: true, withheldText: hidden }
    );
    const url = entryUrl(config, uid, entry);
    const boxes = ((entry.keyFacts ?? []) as Entity[])
      .filter((box) => box.publishedAt)
      .map((box) => {
        const publicBox = toPublicBox(box, config);
        const claimReview = claimReviewJsonLd(publicBox, config, { url, datePublished: entry.publishedAt });
        return claimReview ? { ...publicBox, jsonLd: claimReview } : publicBox;
      });

    return {
      data: {
        contentType: uid,
        documentId,
        locale: entry.locale ?? null,
        byline: bylineText(
          credits.map((c) => ({ role: c.role, name: c.profile?.fullName ?? hidden })),
          locale,
          config.bylinePhrases
        ),
        credits: credits.map((c) => ({
          role: c.role,
          note: c.note,
          reporter: c.profile ?? { bylineMode: 'withheld', fullName: hidden },
        })),
        keyFacts: boxes,
        jsonLd: articleCreditsJsonLd(forJsonLd, config),
      },
    };
  },
});
