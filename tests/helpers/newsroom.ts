import type { TestApp } from './strapi';

export const REPORTER_UID = 'plugin::newsroom.reporter-profile';
export const BOX_UID = 'plugin::newsroom.key-facts-box';
export const ARTICLE_UID = 'api::article.article';

let serial = 0;

/** A published reporter profile in en and uk. */
export async function createReporter(app: TestApp, fullName: string, extra: Record<string, unknown> = {}) {
  const documents = app.strapi.documents(REPORTER_UID as never);
  const created = (await documents.create({
    locale: 'en',
    data: { fullName, jobTitle: 'Reporter', staffStatus: 'active', bylineMode: 'named', ...extra },
  } as never)) as any;
  await documents.update({ documentId: created.documentId, locale: 'uk', data: { jobTitle: 'Кореспондент' } } as never);
  await documents.publish({ documentId: created.documentId, locale: '*' } as never);
  return created.documentId as string;
}

export interface CreditInput {
  reporter: string;
  role: string;
  note?: string;
}

/** An article in en (and uk), published unless `draft`. */
export async function createArticle(app: TestApp, title: string, credits: CreditInput[], { draft = false, keyFacts = [] as string[], uk = true } = {}) {
  serial += 1;
  const documents = app.strapi.documents(ARTICLE_UID as never);
  const slug = `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${serial}`;
  const created = (await documents.create({
    locale: 'en',
    data: { title, slug, publishedDate: '2026-01-12', category: 'politics', credits, keyFacts },
  } as never)) as any;
  if (uk) {
    await documents.update({ documentId: created.documentId, locale: 'uk', data: { title: `${title} (uk)`, slug, keyFacts } } as never);
  }
  if (!draft) await documents.publish({ documentId: created.documentId, locale: '*' } as never);
  return created.documentId as string;
}

/** The credits of a published article as the public REST API gives them: [fullName, role]. */
export async function restCredits(app: TestApp, documentId: string, locale = 'en') {
  const res = await app.http().get(`/api/articles/${documentId}`).query({ locale, 'populate[credits][populate][reporter][fields][0]': 'fullName' }).expect(200);
  return (res.body.data.credits as any[]).map((c) => [c.reporter?.fullName ?? null, c.role]);
}

export const boxData = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  kind: 'key-facts',
  lastVerifiedAt: new Date().toISOString(),
  facts: [
    { text: 'First fact.', sources: [{ name: 'Source A', url: 'https://example.org/a' }] },
    { text: 'Second fact.', label: 'Label', sources: [] },
  ],
  ...extra,
});

/** A published key-facts box in en and uk. */
export async function createBox(app: TestApp, title: string, extra: Record<string, unknown> = {}) {
  const documents = app.strapi.documents(BOX_UID as never);
  const created = (await documents.create({ locale: 'en', data: boxData(title, extra) } as never)) as any;
  await documents.update({ documentId: created.documentId, locale: 'uk', data: boxData(`${title} (uk)`, extra) } as never);
  await documents.publish({ documentId: created.documentId, locale: '*' } as never);
  return created.documentId as string;
}
