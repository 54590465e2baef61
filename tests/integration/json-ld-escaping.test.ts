import { startPlayground, type TestApp } from '../helpers/strapi';
import { adminToken, apiToken } from '../helpers/auth';
import { stableJson } from '../helpers/snapshot';
import { ARTICLE_UID, BOX_UID, REPORTER_UID, boxData, createArticle, createBox, createReporter } from '../helpers/newsroom';

/**
 * JSON-LD is embedded by frontends in `<script type="application/ld+json">`: a `</script>` in any
 * string of it would end the script and run the attacker's. URL fields refuse what a URL cannot
 * hold, and every route that returns JSON-LD escapes `<`, `>`, `&`, U+2028 and U+2029 whatever
 * is stored.
 */
const HOSTILE_URLS = [
  'https://x.example/</script><script>alert(1)</script>',
  'https://x.example/a>b',
  'https://x.example/a b',
  'https://x.example/a\tb',
  'https://x.example/a\nb',
  'https://x.example/"onmouseover="alert(1)',
  'https://x.example/a\\b',
  'https://x.example/`alert(1)`',
  'https://x.example/{a}',
  'https://x.example/a|b',
  'https://x.example/a^b',
  'https://x.example/a\u2028b',
  'https://x.example/a\u0007b',
];

// Text and URLs stored before the URL rule existed, or written around validation.
const TEXT = '</script><script>alert("text")</script> & \u2028\u2029 >';
const STORED_URL = 'https://x.example/</script><script>alert("url")</script>&\u2028';
const ORGANIZATION = '</Script><script>alert("org")</script> & Co';
const UNSAFE = /[<>&\u2028\u2029]/;

const newsroomConfig = {
  contentTypes: [ARTICLE_UID],
  profileUrl: 'https://newsroom.example.org/reporters/{slug}',
  organization: { name: ORGANIZATION, url: 'https://newsroom.example.org' },
  withheldBylineText: { en: 'Staff reporter' },
  articleUrls: { [ARTICLE_UID]: 'https://newsroom.example.org/{locale}/articles/{slug}' },
};

/** Every string anywhere in a JSON value. */
const strings = (value: unknown): string[] => {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
};

describe('URL fields and JSON-LD in a <script>', () => {
  let app: TestApp;
  let token: string;
  let admin: string;
  let reporterId: string;
  let boxId: string;

  beforeAll(async () => {
    app = await startPlayground({ newsroomConfig });
    token = await apiToken(app, 'full-access');
    admin = await adminToken(app);
    reporterId = await createReporter(app, 'Url Target', { sameAs: ['https://example.org/url-target'] });
    boxId = await createBox(app, 'Url target box');
  });
  afterAll(async () => {
    await app?.stop();
  });

  describe('URL fields refuse what a URL cannot hold', () => {
    const snapshot = async () =>
      stableJson({
        reporters: await app.strapi.db.query(REPORTER_UID).findMany({ orderBy: { id: 'asc' }, populate: { socialLinks: true } }),
        boxes: await app.strapi.db.query(BOX_UID).findMany({ orderBy: { id: 'asc' }, populate: { facts: { populate: { sources: true } }, rating: true } }),
      });

    type Write = (data: Record<string, unknown>) => Promise<{ status: number; text: string }>;
    const viaDocuments =
      (uid: string, documentId?: () => string): Write =>
      async (data) => {
        const documents = app.strapi.documents(uid as never);
        try {
          if (documentId) await documents.update({ documentId: documentId(), locale: 'en', data } as never);
          else await documents.create({ locale: 'en', data } as never);
          return { status: 200, text: '' };
        } catch (error: any) {
          return { status: error.name === 'ValidationError' ? 400 : 500, text: `${error.message} ${JSON.stringify(error.details ?? {})}` };
        }
      };
    const viaHttp =
      (method: 'post' | 'put', url: () => string, auth: () => string, envelope: (data: Record<string, unknown>) => unknown): Write =>
      async (data) => {
        const res = await app
          .http()
          [method](url())
          .set('Authorization', `Bearer ${auth()}`)
          .send(envelope(data) as object);
        return { status: res.status, text: JSON.stringify(res.body.error ?? {}) };
      };
    const asData = (data: Record<string, unknown>) => ({ data });
    const asIs = (data: Record<string, unknown>) => data;
    // The panel sets the verification time itself (from `verified`).
    const asPanelSave = ({ lastVerifiedAt, ...data }: Record<string, unknown>) => ({ locale: 'en', data });

    const reporterWays: Record<string, Write> = {
      'Document Service create': viaDocuments(REPORTER_UID),
      'Document Service update': viaDocuments(REPORTER_UID, () => reporterId),
      'content API POST': viaHttp(
        'post',
        () => '/api/newsroom/reporter-profiles?locale=en',
        () => token,
        asData
      ),
      'content API PUT': viaHttp(
        'put',
        () => `/api/newsroom/reporter-profiles/${reporterId}?locale=en`,
        () => token,
        asData
      ),
      'Content Manager POST': viaHttp(
        'post',
        () => `/content-manager/collection-types/${REPORTER_UID}?locale=en`,
        () => admin,
        asIs
      ),
      'Content Manager PUT': viaHttp(
        'put',
        () => `/content-manager/collection-types/${REPORTER_UID}/${reporterId}?locale=en`,
        () => admin,
        asIs
      ),
    };
    const boxWays: Record<string, Write> = {
      'Document Service create': viaDocuments(BOX_UID),
      'Document Service update': viaDocuments(BOX_UID, () => boxId),
      'content API POST': viaHttp(
        'post',
        () => '/api/newsroom/key-facts-boxes?locale=en',
        () => token,
        asData
      ),
      'content API PUT': viaHttp(
        'put',
        () => `/api/newsroom/key-facts-boxes/${boxId}?locale=en`,
        () => token,
        asData
      ),
      'Content Manager POST': viaHttp(
        'post',
        () => `/content-manager/collection-types/${BOX_UID}?locale=en`,
        () => admin,
        asIs
      ),
      'Content Manager PUT': viaHttp(
        'put',
        () => `/content-manager/collection-types/${BOX_UID}/${boxId}?locale=en`,
        () => admin,
        asIs
      ),
      'key-facts panel POST': viaHttp(
        'post',
        () => '/newsroom/key-facts-boxes',
        () => admin,
        asPanelSave
      ),
      'key-facts panel PUT': viaHttp(
        'put',
        () => `/newsroom/key-facts-boxes/${boxId}`,
        () => admin,
        asPanelSave
      ),
    };

    const expectRefused = async (write: Write, data: Record<string, unknown>, path: string, label: string) => {
      const before = await snapshot();
      const result = await write(data);
      expect({ label, status: result.status, namesField: result.text.includes(`${path}:`) }).toEqual({ label, status: 400, namesField: true });
      expect(await snapshot()).toBe(before);
    };

    const reporterBase = { fullName: 'Hostile Url', staffStatus: 'active', bylineMode: 'named' };
    it.each(Object.keys(reporterWays))('%s refuses every hostile sameAs and social link URL, storing nothing', async (way) => {
      for (const url of HOSTILE_URLS) {
        await expectRefused(
          reporterWays[way],
          { ...reporterBase, sameAs: ['https://example.org/ok', url] },
          'sameAs[1]',
          `${way} sameAs ${JSON.stringify(url)}`
        );
        await expectRefused(
          reporterWays[way],
          { ...reporterBase, socialLinks: [{ network: 'Site', url }] },
          'socialLinks[0].url',
          `${way} social ${JSON.stringify(url)}`
        );
      }
    });

    it.each(Object.keys(boxWays))('%s refuses every hostile source URL, storing nothing', async (way) => {
      for (const url of HOSTILE_URLS) {
        const data = boxData('Hostile source box', {
          facts: [
            {
              text: 'A fact.',
              sources: [
                { name: 'Good', url: 'https://example.org' },
                { name: 'Bad', url },
              ],
            },
          ],
        });
        await expectRefused(boxWays[way], data, 'facts[0].sources[1].url', `${way} source ${JSON.stringify(url)}`);
      }
    });
  });

  describe('every JSON-LD route escapes what is stored', () => {
    let slug: string;
    let articleId: string;
    let storedBoxId: string;

    // Overwrites rows past validation, as data stored before a rule existed would be.
    const overwrite = async (uid: string, ids: number[], data: Record<string, unknown>) => {
      for (const id of ids) await app.strapi.db.query(uid as never).update({ where: { id }, data });
    };

    beforeAll(async () => {
      const reporterDocumentId = await createReporter(app, 'Escape Test', { socialLinks: [{ network: 'Site', url: 'https://example.org/escape' }] });
      storedBoxId = await createBox(app, 'Escape box', {
        kind: 'fact-check',
        claimReviewed: 'A claim',
        claimAuthor: 'Someone',
        rating: { value: 1, label: 'False' },
      });
      articleId = await createArticle(app, 'Escape article', [{ reporter: reporterDocumentId, role: 'author' }], { keyFacts: [storedBoxId] });

      const profiles = (await app.strapi.db
        .query(REPORTER_UID)
        .findMany({ where: { documentId: reporterDocumentId }, populate: { socialLinks: true } })) as any[];
      slug = profiles[0].slug;
      await overwrite(
        REPORTER_UID,
        profiles.map((p) => p.id),
        { fullName: TEXT, jobTitle: TEXT, shortBio: TEXT, basedIn: TEXT, beats: [TEXT], sameAs: [STORED_URL] }
      );
      await overwrite(
        'newsroom.social-link',
        profiles.flatMap((p) => p.socialLinks.map((link: any) => link.id)),
        { network: TEXT, url: `${STORED_URL}/social` }
      );

      const boxes = (await app.strapi.db
        .query(BOX_UID)
        .findMany({ where: { documentId: storedBoxId }, populate: { facts: { populate: { sources: true } }, rating: true } })) as any[];
      await overwrite(
        BOX_UID,
        boxes.map((b) => b.id),
        { title: TEXT, claimReviewed: TEXT, claimAuthor: TEXT }
      );
      await overwrite(
        'newsroom.fact',
        boxes.flatMap((b) => b.facts.map((f: any) => f.id)),
        { text: TEXT, label: TEXT }
      );
      await overwrite(
        'newsroom.source',
        boxes.flatMap((b) => b.facts.flatMap((f: any) => f.sources.map((s: any) => s.id))),
        { name: TEXT, url: STORED_URL }
      );
      await overwrite(
        'newsroom.rating',
        boxes.map((b) => b.rating.id),
        { label: TEXT }
      );

      const articles = (await app.strapi.db.query(ARTICLE_UID).findMany({ where: { documentId: articleId } })) as any[];
      await overwrite(
        ARTICLE_UID,
        articles.map((a) => a.id),
        { title: TEXT }
      );
    });

    const routes: Array<[string, () => string, string[]]> = [
      ['the reporter JSON-LD', () => `/api/newsroom/reporters/${slug}/json-ld?locale=en`, [TEXT, STORED_URL, `${STORED_URL}/social`, ORGANIZATION]],
      ['the bylines of an article', () => `/api/newsroom/bylines/articles/${articleId}?locale=en`, [TEXT, STORED_URL, `${STORED_URL}/social`, ORGANIZATION]],
      ['a key-facts box', () => `/api/newsroom/key-facts/${storedBoxId}?locale=en`, [TEXT, STORED_URL, ORGANIZATION]],
    ];

    it.each(routes)('%s holds no <, >, &, U+2028 or U+2029 and parses back to the stored strings', async (_label, url, expected) => {
      const res = await app.http().get(url()).expect(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.text).not.toMatch(UNSAFE);
      const parsed = JSON.parse(res.text);
      expect(parsed).toEqual(res.body);
      expect(strings(parsed)).toEqual(expect.arrayContaining(expected));
    });
  });
});
