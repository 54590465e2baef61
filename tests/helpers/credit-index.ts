import type { Core } from '@strapi/strapi';

type Row = Record<string, any>;

const ms = (value: unknown): number => {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return Date.parse(`${value}T00:00:00.000Z`);
  return new Date(value as string).getTime();
};

/**
 * The credit index as it should be, recomputed from scratch through Strapi's own query layer
 * (populate, not the plugin's SQL): one row per published (reporter, entry, locale), and the
 * totals per (reporter, locale).
 */
export async function recomputedIndex(strapi: Core.Strapi) {
  const { contentTypes, dateFields } = strapi.config.get('plugin::newsroom') as { contentTypes: string[]; dateFields: Record<string, string> };
  const rows: Row[] = [];
  for (const uid of contentTypes) {
    const entries = (await strapi.db.query(uid as never).findMany({
      where: { publishedAt: { $notNull: true } },
      populate: { credits: { populate: { reporter: { select: ['documentId'] } } } },
    })) as Row[];
    for (const entry of entries) {
      const roles = new Map<string, string[]>();
      for (const credit of entry.credits ?? []) {
        const reporter = credit.reporter?.documentId;
        if (!reporter) continue;
        const list = roles.get(reporter) ?? [];
        if (!list.includes(credit.role)) list.push(credit.role);
        roles.set(reporter, list);
      }
      const dateField = dateFields[uid];
      for (const [reporter, list] of roles) {
        rows.push({
          reporter,
          locale: entry.locale ?? '',
          content_type: uid,
          document_id: entry.documentId,
          date_ms: ms(dateField && entry[dateField] ? entry[dateField] : entry.publishedAt),
          published_ms: ms(entry.publishedAt),
          roles: list.join(','),
        });
      }
    }
  }
  const totals = new Map<string, Row>();
  for (const row of rows) {
    const key = `${row.reporter} ${row.locale}`;
    const total = totals.get(key) ?? { reporter: row.reporter, locale: row.locale, entries: 0, latest_ms: null };
    total.entries += 1;
    total.latest_ms = Math.max(total.latest_ms ?? row.date_ms, row.date_ms);
    totals.set(key, total);
  }
  return { rows: sorted(rows), totals: sorted([...totals.values()]) };
}

/** What the plugin's index tables hold (pairs with no entry left are not counted). */
export async function storedIndex(strapi: Core.Strapi) {
  const knex = strapi.db.connection;
  const rows = ((await knex('newsroom_credit_index').select('*')) as Row[]).map((row) => ({
    ...row,
    date_ms: Number(row.date_ms),
    published_ms: Number(row.published_ms),
  }));
  const totals = ((await knex('newsroom_credit_totals').select('*')) as Row[])
    .map((row) => ({ ...row, entries: Number(row.entries), latest_ms: row.latest_ms === null ? null : Number(row.latest_ms) }))
    .filter((row) => row.entries > 0);
  return { rows: sorted(rows), totals: sorted(totals) };
}

/**
 * The reporter sitemap's URLs as they should be, recomputed through Strapi's query layer: every
 * published, named, indexable reporter by slug, with the newest date of the recomputed `totals`.
 */
export async function recomputedSitemap(strapi: Core.Strapi, totals: Row[]) {
  const profileUrl = (strapi.config.get('plugin::newsroom') as { profileUrl: string }).profileUrl;
  const published = (await strapi.db.query('plugin::newsroom.reporter-profile' as never).findMany({
    where: { publishedAt: { $notNull: true }, slug: { $notNull: true } },
    select: ['documentId', 'slug', 'bylineMode', 'noindex'],
  })) as Row[];
  const listed = new Map<string, string>();
  for (const row of published) if (row.bylineMode !== 'withheld' && !row.noindex) listed.set(row.slug, row.documentId);
  const latest = new Map<string, number>();
  for (const total of totals) latest.set(total.reporter, Math.max(latest.get(total.reporter) ?? 0, total.latest_ms));
  return [...listed]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([slug, documentId]) => ({
      loc: profileUrl.replace('{slug}', slug),
      lastmod: latest.has(documentId) ? new Date(latest.get(documentId)!).toISOString().replace(/\.\d{3}Z$/, 'Z') : undefined,
    }));
}

const sorted = (rows: Row[]) => rows.map((row) => JSON.stringify(row, Object.keys(row).sort())).sort();
