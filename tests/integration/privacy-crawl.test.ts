/**
 * The attacker's crawl. What this file proves, for the demo's withheld reporter:
 *
 * 1. Generated public traffic: REST queries (populate to depth 4 with `*`, `localizations` and the
 *    upload file's `related`; filters on every scalar within 4 segments with $eq, $startsWith,
 *    $contains, $gte, $lt, $null, $notNull, also inside populate; sort on every such path both ways;
 *    fields) on every type the public role may `find`, in every locale, plus GraphQL queries built
 *    from introspection (every field to depth 4, filters and sort on nested lists). The requests come
 *    from the schema, so a new attribute or relation is attacked without editing this file; a
 *    deterministic sample keeps the run bounded.
 * 2. Every answer is < 500 and carries none of the withheld reporter's identity: name (whole,
 *    parts, Latin and Cyrillic, any case), slug, basedIn, public email, photo file (name, hash, URL),
 *    photo alt text, bios, internal notes, or the profile's real documentId.
 * 3. Oracles: a filter reaching the profile answers a true guess (the real value, or a prefix or
 *    bound of it) exactly as it answers a wrong guess of the same shape; likewise for the real
 *    documentId and row ids against unknown ones; and a sort by the profile's fields answers the
 *    same whatever the hidden values are (the values are swapped in the database between runs).
 * 4. Specific classes: (a) the upload file's polymorphic `related` cannot be populated publicly
 *    and gives neither identity nor drafts; (b) GraphQL lists as many profiles as the REST
 *    directory, never the withheld one; (c) the 404 of the withheld slug runs the same SQL as the
 *    404 of an unknown slug; (d) the photo is never referenced; (e) misplaced operators are a 4xx
 *    naming the operator; (f) in production, GraphQL errors carry no stack trace.
 *
 * Findings are collected and reported per class with one example request each, rather than
 * stopping at the first, so one run lists everything that is wrong.
 */
import { startPlayground, type TestApp } from '../helpers/strapi';
import { seedReporters, withheldReporter } from '../helpers/seed';
import { leaksIn, readIdentity, type Identity } from '../helpers/withheld-identity';
import {
  GraphqlSchema,
  INTROSPECTION,
  OPERATORS,
  gqlLiteral,
  namedType as named,
  nest,
  populateAlong,
  publicRoots,
  sample,
  sampleValue,
  seededRandom,
  toQueryString,
  walkSchema,
  type PublicRoot,
  type ScalarPath,
} from '../helpers/public-query-crawl';

const REPORTER_UID = 'plugin::newsroom.reporter-profile';
const LOCALES = ['en', 'uk'];
const SEED = 20260112;
// Sized for about three minutes per database on two shared cores.
const BUDGET = { restCrawl: 1400, graphqlCrawl: 240, restOracles: 320, graphqlOracles: 120 };

type Json = Record<string, any>;

interface Finding {
  count: number;
  example: string;
}

/** Violations grouped by what went wrong, each with the first request that showed it. */
class Findings {
  readonly byKind = new Map<string, Finding>();
  add(kind: string, example: string) {
    const found = this.byKind.get(kind);
    if (found) found.count += 1;
    else this.byKind.set(kind, { count: 1, example });
  }
  list(filter: (kind: string) => boolean = () => true) {
    return [...this.byKind.entries()].filter(([kind]) => filter(kind)).map(([kind, f]) => `${kind} (×${f.count}) e.g. ${f.example}`);
  }
}

/** One guess: the real value (or a prefix or bound of it) and a wrong value of the same shape. */
interface Probe {
  attr: string;
  operator: string;
  truth: string;
  wrong: string;
  locale: string;
}

const bump = (s: string) => s.slice(0, -1) + String.fromCharCode(s.charCodeAt(s.length - 1) + 1);
const swapLetter = (s: string, at: number) => s.slice(0, at) + (s[at].toLowerCase() === 'q' ? 'x' : 'q') + s.slice(at + 1);

/**
 * Probes whose true guess matches the withheld reporter alone: a probe that would also match a
 * visible reporter (the same job title, a shared prefix) would differ for an honest reason.
 */
function buildProbes(identity: Identity, others: Json[]): Probe[] {
  const probes: Probe[] = [];
  for (const [locale, values] of Object.entries(identity.values)) {
    for (const [attr, value] of Object.entries(values)) {
      const seen = others.map((o) => String(o[attr] ?? '').toLowerCase()).filter(Boolean);
      const v = value.toLowerCase();
      const mid = Math.floor(value.length / 2);
      const prefix = value.slice(0, Math.max(4, Math.ceil(value.length / 2)));
      const inner = value.slice(1, Math.min(value.length - 1, 12));
      const candidates: Probe[] = [
        { attr, operator: '$eq', truth: value, wrong: swapLetter(value, mid), locale },
        { attr, operator: '$eqi', truth: value.toUpperCase(), wrong: swapLetter(value, mid).toUpperCase(), locale },
        { attr, operator: '$startsWith', truth: prefix, wrong: swapLetter(prefix, prefix.length - 1), locale },
        { attr, operator: '$contains', truth: inner, wrong: swapLetter(inner, Math.floor(inner.length / 2)), locale },
        { attr, operator: '$containsi', truth: inner.toLowerCase(), wrong: swapLetter(inner, Math.floor(inner.length / 2)).toLowerCase(), locale },
        { attr, operator: '$gte', truth: value, wrong: bump(value), locale },
        { attr, operator: '$lt', truth: value, wrong: bump(value), locale },
      ];
      for (const probe of candidates) {
        const t = probe.truth.toLowerCase();
        const w = probe.wrong.toLowerCase();
        const clash = seen.some((o) => {
          if (probe.operator.startsWith('$eq')) return o === t || o === w;
          if (probe.operator === '$startsWith') return o.startsWith(t) || o.startsWith(w);
          if (probe.operator.startsWith('$contains')) return o.includes(t) || o.includes(w);
          return o >= v && o < bump(v);
        });
        if (!clash) probes.push(probe);
      }
    }
  }
  return probes;
}

/** A body with the guessed values masked (echoing the input is no oracle) and timing fields dropped. */
const normalise = (status: number, body: unknown, guesses: string[]) => {
  let text = JSON.stringify(body, (key, value) => (/^(took|time|timing|duration|elapsed)/i.test(key) ? undefined : value));
  for (const guess of [...guesses].sort((a, b) => b.length - a.length)) {
    for (const form of [guess, JSON.stringify(guess).slice(1, -1), encodeURIComponent(guess)]) text = text.split(form).join('<guess>');
  }
  return `${status} ${text}`;
};

const restUrl = (root: PublicRoot, query: Json) => `${root.path}?${toQueryString(query)}`;
const short = (s: string) => (s.length > 600 ? `${s.slice(0, 600)}…` : s);

describe('privacy crawl: the withheld reporter cannot be found, seen or confirmed', () => {
  let app: TestApp;
  let identity: Identity;
  let roots: PublicRoot[];
  let gqlSchema: GraphqlSchema;
  let reporterFilters: string;
  const findings = new Findings();
  const counts: Record<string, number> = {};
  const started: Record<string, number> = {};

  const tally = (part: string, n = 1) => (counts[part] = (counts[part] ?? 0) + n);

  /**
   * Checks one public answer for a server error (a 5xx, or GraphQL's INTERNAL_SERVER_ERROR) and
   * for identity; an error that only echoes what the request itself said is not a leak.
   */
  const inspect = (part: string, label: string, status: number, body: unknown) => {
    tally(part);
    const errors = ((body as Json)?.errors ?? []) as Json[];
    if (status >= 500) findings.add(`${part}: 5xx (${label.split('?')[0].slice(0, 40)})`, `${status} ${label}`);
    if (errors.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) findings.add(`${part}: GraphQL internal server error`, label);
    const isError = status >= 400 || errors.length > 0;
    const request = decodeURIComponent(label).toLowerCase();
    for (const leak of leaksIn(identity, JSON.stringify(body))) {
      const echoed = identity.markers.filter((m) => m.label === leak).every((m) => request.includes(m.text.toLowerCase()));
      if (!(isError && echoed)) findings.add(`${part}: leaks ${leak} (${label.split('?')[0].slice(0, 60)})`, label);
    }
  };

  const get = async (part: string, url: string) => {
    const res = await app.http().get(url);
    inspect(part, url, res.status, res.body);
    return res;
  };

  const gql = async (part: string, query: string) => {
    const res = await app.http().post('/graphql').send({ query });
    inspect(part, `POST /graphql ${short(query)}`, res.status, res.body);
    return res;
  };

  beforeAll(async () => {
    app = await startPlayground({ seed: true });
    identity = await readIdentity(app.strapi);
    roots = await publicRoots(app.strapi);
    const introspection = await app.http().post('/graphql').send({ query: INTROSPECTION }).expect(200);
    gqlSchema = new GraphqlSchema(introspection.body.data);
    reporterFilters = app.strapi
      .plugin('graphql')
      .service('utils')
      .naming.getFiltersInputTypeName(app.strapi.contentType(REPORTER_UID as never));
  });

  afterAll(async () => {
    // eslint-disable-next-line no-console
    console.log(`privacy crawl requests: ${JSON.stringify(counts)}; seconds: ${JSON.stringify(started)}\nfindings:\n${findings.list().join('\n') || 'none'}`);
    await app?.stop();
  });

  const timed = (part: string, since: number) => (started[part] = Math.round((Date.now() - since) / 100) / 10);

  it('finds the public types from permissions and routes', () => {
    expect(roots.map((r) => r.uid).sort()).toEqual(expect.arrayContaining(['api::article.article', REPORTER_UID, 'plugin::newsroom.key-facts-box']));
  });

  /** Every REST request of the crawl, reaching-the-profile ones first (always kept), the rest sampled. */
  const restCrawl = (): string[] => {
    const random = seededRandom(SEED);
    const sensitive: string[] = [];
    const other: string[] = [];
    for (const root of roots) {
      const { scalars, links } = walkSchema(app.strapi, root.uid);
      const reporterLinks = new Set(links.filter((l) => l.target === REPORTER_UID).map((l) => l.path.join('.')));
      const touchesReporter = (path: string[]) => root.uid === REPORTER_UID || path.some((_, i) => reporterLinks.has(path.slice(0, i + 1).join('.')));
      for (const locale of LOCALES) {
        const add = (path: string[], query: Json) => (touchesReporter(path) ? sensitive : other).push(restUrl(root, { ...query, locale }));
        add([], { populate: '*' });
        for (const link of links) {
          add(link.path, { populate: populateAlong(link.path, link.target ? { populate: '*' } : '*') });
          add(link.path, { populate: populateAlong(link.path, true) });
        }
        for (const scalar of scalars) {
          for (const operator of OPERATORS) add(scalar.path, { filters: nest(scalar.path, { [operator]: sampleValue(scalar.type, operator) }) });
          for (const direction of ['asc', 'desc']) add(scalar.path, { sort: `${scalar.path.join('.')}:${direction}` });
          if (scalar.path.length === 1) add(scalar.path, { fields: [scalar.attribute] });
          const owner = links.find((l) => l.target && l.path.join('.') === scalar.path.slice(0, -1).join('.'));
          if (owner) {
            add(scalar.path, { populate: populateAlong(owner.path, { fields: [scalar.attribute] }) });
            const operator = OPERATORS[Math.floor(random() * OPERATORS.length)];
            add(scalar.path, { populate: populateAlong(owner.path, { filters: { [scalar.attribute]: { [operator]: sampleValue(scalar.type, operator) } } }) });
          }
        }
      }
    }
    const keep = sample(sensitive, Math.round(BUDGET.restCrawl * 0.7), random);
    return [...keep, ...sample(other, BUDGET.restCrawl - keep.length, random)];
  };

  it('REST crawl: no 5xx, no identity, in any answer', async () => {
    const since = Date.now();
    for (const url of restCrawl()) await get('REST crawl', url);
    // The plugin's own routes, over every slug, article and box the database holds.
    const articles = (await app.strapi.db.query('api::article.article').findMany({ where: { publishedAt: { $notNull: true } } })) as Json[];
    const boxes = (await app.strapi.db.query('plugin::newsroom.key-facts-box').findMany({ where: { publishedAt: { $notNull: true } } })) as Json[];
    const slugs = [...seedReporters.map((r) => r.slug), 'no-such-reporter'];
    const searches = identity.markers.filter((m) => m.text.length < 60).map((m) => m.text);
    for (const locale of LOCALES) {
      for (const slug of slugs) {
        await get('REST crawl', `/api/newsroom/reporters/${slug}?locale=${locale}`);
        await get('REST crawl', `/api/newsroom/reporters/${slug}/json-ld?locale=${locale}`);
      }
      for (const search of searches) await get('REST crawl', `/api/newsroom/reporters?search=${encodeURIComponent(search)}&locale=${locale}`);
      for (const beat of ['occupied territories', 'human rights', 'southern Ukraine'])
        await get('REST crawl', `/api/newsroom/reporters?beat=${encodeURIComponent(beat)}&locale=${locale}`);
      for (const query of ['language=ru', 'status=active', 'pageSize=100']) await get('REST crawl', `/api/newsroom/reporters?${query}&locale=${locale}`);
      for (const id of new Set(articles.map((a) => a.documentId))) await get('REST crawl', `/api/newsroom/bylines/articles/${id}?locale=${locale}`);
      for (const id of new Set(boxes.map((b) => b.documentId))) await get('REST crawl', `/api/newsroom/key-facts/${id}?locale=${locale}`);
    }
    timed('REST crawl', since);
    expect(findings.list((k) => k.startsWith('REST crawl'))).toEqual([]);
  });

  /** GraphQL queries from introspection: each query field to depth 4, then filters and sort on every nested list. */
  const graphqlCrawl = (): string[] => {
    const random = seededRandom(SEED + 1);
    const queries: string[] = [];
    const localeArg = (field: { args: Array<{ name: string }> }, locale: string) => (field.args.some((a) => a.name === 'locale') ? `locale: "${locale}"` : '');
    for (const field of gqlSchema.queryFields()) {
      const typeName = named(field.type);
      const takesId = field.args.some((a) => a.name === 'documentId');
      const isCollection = field.args.some((a) => a.name === 'filters');
      for (const locale of LOCALES) {
        const args = [localeArg(field, locale), takesId ? `documentId: "${identity.documentId}"` : '', isCollection ? 'pagination: { limit: 100 }' : '']
          .filter(Boolean)
          .join(', ');
        const selection = gqlSchema.selection(typeName, 4);
        if (!selection) continue;
        queries.push(`{ ${field.name}${args ? `(${args})` : ''} { ${selection} } }`);
        if (!isCollection || takesId) continue;
        // Nested lists with filters and sort, reached through the field's own type.
        for (const nested of gqlSchema.filterableLists(typeName, 4)) {
          const leaves = gqlSchema.filterLeaves(nested.filterType, 3);
          for (const leaf of sample(leaves, 3, random)) {
            const operator = sample(
              ['eq', 'startsWith', 'contains', 'gte', 'lt', 'null', 'notNull'].filter((op) => leaf.operators.includes(op)),
              1,
              random
            )[0];
            if (!operator) continue;
            const value = operator === 'null' || operator === 'notNull' ? true : 'm';
            const inner = `(filters: ${gqlLiteral(nest(leaf.path, { [operator]: value }))}, sort: "${leaf.path.join('.')}:${random() < 0.5 ? 'asc' : 'desc'}")`;
            const body = nested.path.reduceRight(
              (acc, key, i) =>
                i === nested.path.length - 1 ? `${key}${inner} { ${gqlSchema.leaves(nested.elementType) || '__typename'} ${acc} }` : `${key} { ${acc} }`,
              ''
            );
            queries.push(`{ ${field.name}(${[localeArg(field, locale), 'pagination: { limit: 100 }'].filter(Boolean).join(', ')}) { ${body} } }`);
          }
        }
        for (const leaf of sample(gqlSchema.filterLeaves(named(field.args.find((a) => a.name === 'filters')!.type), 4), 6, random)) {
          const operator = sample(
            ['eq', 'startsWith', 'contains', 'gte', 'lt', 'null', 'notNull'].filter((op) => leaf.operators.includes(op)),
            1,
            random
          )[0];
          if (!operator) continue;
          const value = operator === 'null' || operator === 'notNull' ? true : 'm';
          queries.push(
            `{ ${field.name}(${[localeArg(field, locale), `filters: ${gqlLiteral(nest(leaf.path, { [operator]: value }))}`, `sort: "${leaf.path.join('.')}:desc"`].filter(Boolean).join(', ')}) { ${gqlSchema.leaves(typeName) || '__typename'} } }`
          );
        }
      }
    }
    return sample(queries, BUDGET.graphqlCrawl, random);
  };

  it('GraphQL crawl: no 5xx, no identity, in any answer', async () => {
    const since = Date.now();
    for (const query of graphqlCrawl()) await gql('GraphQL crawl', query);
    timed('GraphQL crawl', since);
    expect(findings.list((k) => k.startsWith('GraphQL crawl'))).toEqual([]);
  });

  /** Sends both guesses; records an oracle when the two answers differ. */
  const comparePair = async (
    part: string,
    send: (value: string) => Promise<{ status: number; body: unknown }>,
    probe: Probe,
    label: (value: string) => string
  ) => {
    const truth = await send(probe.truth);
    const wrong = await send(probe.wrong);
    inspect(part, label(probe.truth), truth.status, truth.body);
    tally(part);
    const guesses = [probe.truth, probe.wrong];
    if (normalise(truth.status, truth.body, guesses) !== normalise(wrong.status, wrong.body, guesses)) {
      findings.add(
        `${part}: true and wrong guesses answer differently (${probe.attr} ${probe.operator})`,
        `${label(probe.truth)} → ${truth.status}  vs  ${label(probe.wrong)} → ${wrong.status}`
      );
    }
  };

  const idProbes = (): Probe[] => {
    const unknownDocumentId = identity.documentId.split('').reverse().join('').replace(/[0-9]/g, 'q');
    const maxId = Math.max(...identity.ids);
    return LOCALES.flatMap((locale) => [
      { attr: 'documentId', operator: '$eq', truth: identity.documentId, wrong: unknownDocumentId, locale },
      { attr: 'documentId', operator: '$startsWith', truth: identity.documentId.slice(0, 8), wrong: unknownDocumentId.slice(0, 8), locale },
      ...identity.ids.map((id, i) => ({ attr: 'id', operator: '$eq', truth: String(id), wrong: String(maxId + 1000 + i), locale })),
    ]);
  };

  it('REST oracles: a filter reaching the profile answers a true and a wrong guess alike', async () => {
    const since = Date.now();
    const others = (await app.strapi.db.query(REPORTER_UID).findMany({ where: { documentId: { $ne: identity.documentId } } })) as Json[];
    const probes = [...buildProbes(identity, others), ...idProbes()];
    const random = seededRandom(SEED + 2);
    const cases: Array<{ root: PublicRoot; query: (value: string) => Json; probe: Probe }> = [];
    for (const root of roots) {
      const { scalars, links } = walkSchema(app.strapi, root.uid);
      const reaching = scalars.filter((s: ScalarPath) => s.model === REPORTER_UID);
      for (const scalar of reaching) {
        for (const probe of probes.filter((p) => p.attr === scalar.attribute)) {
          const leaf = (value: string) => ({ [probe.operator]: value });
          cases.push({ root, probe, query: (value) => ({ locale: probe.locale, filters: nest(scalar.path, leaf(value)) }) });
          // The same filter inside populate, at every link on the way to the attribute.
          for (let cut = 1; cut < scalar.path.length; cut += 1) {
            const owner = links.find((l) => l.target && l.path.join('.') === scalar.path.slice(0, cut).join('.'));
            if (!owner) continue;
            const populate = (value: string) => populateAlong(owner.path, { filters: nest(scalar.path.slice(cut), leaf(value)), populate: '*' });
            cases.push({ root, probe, query: (value) => ({ locale: probe.locale, populate: populate(value) }) });
          }
        }
      }
    }
    for (const { root, query, probe } of sample(cases, BUDGET.restOracles, random)) {
      const url = (value: string) => restUrl(root, query(value));
      await comparePair('REST oracle', async (value) => app.http().get(url(value)), probe, url);
    }
    // The profile's own routes, by its real documentId and ids against unknown ones.
    for (const probe of idProbes().filter((p) => p.operator === '$eq')) {
      for (const path of ['/api/newsroom/reporter-profiles', `/api/newsroom/bylines/articles`, '/api/newsroom/key-facts']) {
        const url = (value: string) => `${path}/${value}?locale=${probe.locale}`;
        await comparePair('REST oracle', async (value) => app.http().get(url(value)), probe, url);
      }
    }
    for (const locale of LOCALES) {
      const probe = { attr: 'slug', operator: 'path', truth: withheldReporter.slug, wrong: swapLetter(withheldReporter.slug, 3), locale };
      for (const suffix of ['', '/json-ld']) {
        const url = (value: string) => `/api/newsroom/reporters/${value}${suffix}?locale=${locale}`;
        await comparePair('REST oracle', async (value) => app.http().get(url(value)), probe, url);
      }
    }
    timed('REST oracle', since);
    expect(findings.list((k) => k.startsWith('REST oracle'))).toEqual([]);
  });

  it('GraphQL oracles: top-level and nested filters answer a true and a wrong guess alike', async () => {
    const since = Date.now();
    const others = (await app.strapi.db.query(REPORTER_UID).findMany({ where: { documentId: { $ne: identity.documentId } } })) as Json[];
    const probes = [...buildProbes(identity, others), ...idProbes().filter((p) => p.attr === 'documentId')];
    const random = seededRandom(SEED + 3);
    const cases: Array<{ query: (value: string) => string; probe: Probe }> = [];
    const rootTypes = new Set(
      roots.map((r) =>
        app.strapi
          .plugin('graphql')
          .service('utils')
          .naming.getTypeName(app.strapi.contentType(r.uid as never))
      )
    );
    for (const field of gqlSchema.queryFields()) {
      const filtersArg = field.args.find((a) => a.name === 'filters');
      if (!filtersArg || !rootTypes.has(named(field.type))) continue;
      const typeName = named(field.type);
      const lists = [{ path: [] as string[], filterType: named(filtersArg.type), elementType: typeName }, ...gqlSchema.filterableLists(typeName, 3)];
      for (const list of lists) {
        for (const leaf of gqlSchema.filterLeaves(list.filterType, 3)) {
          if (gqlSchema.filterTypeAt(list.filterType, leaf.path.slice(0, -1)) !== reporterFilters) continue;
          const attr = leaf.path[leaf.path.length - 1];
          for (const probe of probes.filter((p) => p.attr === attr && leaf.operators.includes(p.operator.slice(1)))) {
            const filter = (value: string) => `filters: ${gqlLiteral(nest(leaf.path, { [probe.operator.slice(1)]: value }))}`;
            const query = (value: string) => {
              const top = [`locale: "${probe.locale}"`, 'pagination: { limit: 100 }', list.path.length ? '' : filter(value)].filter(Boolean).join(', ');
              const inner = list.path.reduceRight(
                (acc, key, i) => (i === list.path.length - 1 ? `${key}(${filter(value)}) { ${gqlSchema.leaves(list.elementType)} }` : `${key} { ${acc} }`),
                ''
              );
              return `{ ${field.name}(${top}) { ${list.path.length ? inner : gqlSchema.leaves(typeName)} } }`;
            };
            cases.push({ query, probe });
          }
        }
      }
    }
    for (const { query, probe } of sample(cases, BUDGET.graphqlOracles, random)) {
      await comparePair(
        'GraphQL oracle',
        async (value) =>
          app
            .http()
            .post('/graphql')
            .send({ query: query(value) }),
        probe,
        (value) => `POST /graphql ${query(value)}`
      );
    }
    for (const probe of idProbes().filter((p) => p.attr === 'documentId' && p.operator === '$eq')) {
      const query = (value: string) => `{ newsroomReporterProfile(documentId: "${value}", locale: "${probe.locale}") { documentId fullName bylineMode } }`;
      await comparePair(
        'GraphQL oracle',
        async (value) =>
          app
            .http()
            .post('/graphql')
            .send({ query: query(value) }),
        probe,
        (value) => `POST /graphql ${query(value)}`
      );
    }
    timed('GraphQL oracle', since);
    expect(findings.list((k) => k.startsWith('GraphQL oracle'))).toEqual([]);
  });

  it('sort oracles: sorting by the profile’s fields answers the same whatever its hidden values are', async () => {
    const since = Date.now();
    const reporters = app.strapi.db.query(REPORTER_UID);
    const requests: string[] = [];
    for (const root of roots) {
      const reaching = walkSchema(app.strapi, root.uid).scalars.filter(
        (s) => s.model === REPORTER_UID && ['fullName', 'slug', 'basedIn', 'publicEmail', 'photoAlt', 'jobTitle', 'shortBio'].includes(s.attribute)
      );
      for (const scalar of reaching) {
        for (const direction of ['asc', 'desc']) {
          for (const locale of LOCALES)
            requests.push(restUrl(root, { locale, sort: `${scalar.path.join('.')}:${direction}`, fields: ['documentId'], pagination: { pageSize: 100 } }));
        }
      }
    }
    const picked = sample(requests, 120, seededRandom(SEED + 4));
    // The hidden values are changed only in the withheld profile's rows that hold the real ones, and put back after.
    const rename = async (from: (value: string) => string, to: (value: string) => string) => {
      for (const [locale, values] of Object.entries(identity.values)) {
        for (const [attr, value] of Object.entries(values)) {
          await reporters.updateMany({ where: { documentId: identity.documentId, locale, [attr]: from(value) }, data: { [attr]: to(value) } });
        }
      }
    };
    const answers = async () => {
      const out: string[] = [];
      for (const url of picked) {
        const res = await app.http().get(url);
        tally('sort oracle');
        out.push(`${res.status} ${JSON.stringify(res.body)}`);
      }
      return out;
    };
    const real = (value: string) => value;
    const low = (value: string) => `AAAA ${value}`;
    const high = (value: string) => `zzzz ${value}`;
    let lowAnswers: string[] = [];
    let highAnswers: string[] = [];
    try {
      await rename(real, low);
      lowAnswers = await answers();
      await rename(low, high);
      highAnswers = await answers();
      // An order that changes with nothing changed is a tie the database breaks freely, not an oracle.
      const again = await answers();
      highAnswers = highAnswers.map((answer, i) => (answer === again[i] ? answer : lowAnswers[i]));
    } finally {
      await rename(low, real);
      await rename(high, real);
    }
    picked.forEach((url, i) => {
      if (lowAnswers[i] !== highAnswers[i]) findings.add('sort oracle: the order depends on the withheld reporter’s hidden value', url);
    });
    timed('sort oracle', since);
    expect(findings.list((k) => k.startsWith('sort oracle'))).toEqual([]);
  });

  describe('(a) the upload file’s polymorphic `related`', () => {
    const DRAFT_TITLE = 'Draft only: the cover of this story links back to it';

    it('cannot be populated publicly, and gives neither identity nor drafts', async () => {
      // A draft-only article sharing a published article's cover: `related` of that cover lists it.
      const [article] = (await app.strapi.db
        .query('api::article.article')
        .findMany({ where: { publishedAt: { $notNull: true } }, populate: ['cover'], limit: 1 })) as Json[];
      await app.strapi.documents('api::article.article' as never).create({
        locale: 'en',
        data: { title: DRAFT_TITLE, slug: 'draft-only-shared-cover', publishedDate: '2026-01-12', category: 'war', cover: article.cover.id },
      } as never);
      const articleRoot = roots.find((r) => r.uid === 'api::article.article')!;
      const chain = { credits: { populate: { reporter: { populate: '*' } } } };
      const populates: Json[] = [
        { cover: { populate: { related: '*' } } },
        { cover: { populate: { related: true } } },
        { cover: { populate: ['related'] } },
        { cover: { populate: { related: { on: { 'api::article.article': { populate: chain } } } } } },
        { cover: { populate: { related: { on: { [REPORTER_UID]: { populate: '*' } } } } } },
        { credits: { populate: { reporter: { populate: { photo: { populate: { related: '*' } } } } } } },
        { credits: { populate: { reporter: { populate: { photo: { populate: { related: { on: { [REPORTER_UID]: { populate: '*' } } } } } } } } } },
      ];
      const violations: string[] = [];
      for (const locale of LOCALES) {
        for (const populate of populates) {
          const url = restUrl(articleRoot, { locale, populate, pagination: { pageSize: 100 } });
          const res = await get('morph', url);
          // Strapi's own query sanitizer drops `related: '*'` before the plugin sees it: a 200 without the link is also a refusal.
          const dropped = res.status === 200 && !JSON.stringify(res.body).includes('"related"');
          if (!dropped && (res.status < 400 || res.status >= 500)) violations.push(`expected a 4xx, got ${res.status}: ${url}`);
          if (JSON.stringify(res.body).includes(DRAFT_TITLE)) violations.push(`a draft row came through related: ${url}`);
        }
        const query = `{ articles(locale: "${locale}", pagination: { limit: 100 }) { cover { url related { __typename ... on Article { title credits { reporter { fullName slug photo { url name hash } } } } ... on NewsroomReporterProfile { fullName slug basedIn photo { url } } } } } }`;
        const res = await gql('morph', query);
        if (JSON.stringify(res.body).includes(DRAFT_TITLE)) violations.push(`a draft row came through GraphQL related: ${query}`);
      }
      violations.push(...findings.list((k) => k.startsWith('morph')));
      expect(violations).toEqual([]);
    });
  });

  it('(b) GraphQL lists as many reporter profiles as the REST directory, never the withheld one', async () => {
    const violations: string[] = [];
    for (const locale of LOCALES) {
      const rest = await get('count', `/api/newsroom/reporters?locale=${locale}&pageSize=100`);
      const total = rest.body.meta.pagination.total;
      const list = await gql('count', `{ newsroomReporterProfiles(locale: "${locale}", pagination: { limit: 100 }) { documentId fullName bylineMode } }`);
      const connection = await gql('count', `{ newsroomReporterProfiles_connection(locale: "${locale}") { pageInfo { total } } }`);
      const nodes = list.body.data.newsroomReporterProfiles as Json[];
      if (nodes.length !== total) violations.push(`${locale}: GraphQL lists ${nodes.length} profiles, the REST directory ${total}`);
      if (connection.body.data.newsroomReporterProfiles_connection.pageInfo.total !== total) {
        violations.push(
          `${locale}: GraphQL pageInfo.total is ${connection.body.data.newsroomReporterProfiles_connection.pageInfo.total}, the REST directory ${total}`
        );
      }
      const withheld = nodes.filter(
        (n) => n.bylineMode === 'withheld' || n.documentId === identity.documentId || !rest.body.data.some((d: Json) => d.documentId === n.documentId)
      );
      if (withheld.length) violations.push(`${locale}: GraphQL lists profiles the directory does not: ${JSON.stringify(withheld)}`);
    }
    expect(violations).toEqual([]);
  });

  it('(c) the 404 of the withheld slug runs the same SQL as the 404 of an unknown slug', async () => {
    const connection = app.strapi.db.connection as unknown as NodeJS.EventEmitter;
    const trace = async (url: string) => {
      const sql: string[] = [];
      const listener = (q: { sql: string }) => sql.push(q.sql.replace(/\s+/g, ' ').trim());
      connection.on('query', listener);
      try {
        const res = await app.http().get(url);
        tally('query trace');
        return { status: res.status, sql };
      } finally {
        connection.off('query', listener);
      }
    };
    const unknown = swapLetter(withheldReporter.slug, 3);
    const violations: string[] = [];
    for (const suffix of ['', '/json-ld']) {
      for (const locale of LOCALES) {
        const urls = [withheldReporter.slug, unknown].map((slug) => `/api/newsroom/reporters/${slug}${suffix}?locale=${locale}`);
        // Once each first, so neither run pays for a cache the other filled.
        for (const url of urls) await trace(url);
        const [real, other] = [await trace(urls[0]), await trace(urls[1])];
        if (real.status !== other.status || real.sql.length !== other.sql.length || real.sql.join('\n') !== other.sql.join('\n')) {
          violations.push(
            `${urls[0]} (${real.status}, ${real.sql.length} queries) vs ${urls[1]} (${other.status}, ${other.sql.length} queries):\n${real.sql.join('\n')}\n---\n${other.sql.join('\n')}`
          );
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('(d) no public answer references the withheld photo', async () => {
    const photoLabels = ['photo file name', 'photo hash', 'photo URL', 'slug (underscored, as in upload hashes)'];
    for (const locale of LOCALES) {
      await get('photo', `/api/newsroom/reporter-profiles?locale=${locale}&populate=photo&pagination[pageSize]=100`);
      await get('photo', `/api/articles?locale=${locale}&populate[credits][populate][reporter][populate]=photo&pagination[pageSize]=100`);
      await get('photo', `/api/newsroom/reporters?locale=${locale}&pageSize=100`);
      await gql(
        'photo',
        `{ articles(locale: "${locale}", pagination: { limit: 100 }) { credits { reporter { photo { url name hash formats previewUrl } } } } }`
      );
      await gql('photo', `{ uploadFiles(filters: { name: { eq: "${identity.photo.name}" } }) { url name } }`);
    }
    await get('photo', `/api/upload/files?filters[name][$eq]=${encodeURIComponent(identity.photo.name)}`);
    expect(findings.list((kind) => photoLabels.some((label) => kind.includes(`leaks ${label} `)))).toEqual([]);
  });

  it('(e) misplaced and nested operators are a 4xx naming the operator, never a 5xx', async () => {
    const violations = new Findings();
    const wanted = ['api::article.article', REPORTER_UID, 'plugin::newsroom.key-facts-box'];
    for (const root of roots.filter((r) => wanted.includes(r.uid))) {
      const { scalars, links } = walkSchema(app.strapi, root.uid, 2);
      // A null test on a relation is a real question (articles without a cover; on the profile link
      // the guard narrows it like any other filter there); a nested operator is always a mistake.
      const cases: Array<{ query: Json; operator: string; path: string[]; mayAnswer: boolean }> = [];
      for (const link of links) {
        const mayAnswer = true;
        cases.push({ query: { filters: nest(link.path, { $null: 'false' }) }, operator: '$null', path: link.path, mayAnswer });
        cases.push({ query: { filters: nest(link.path, { $notNull: 'true' }) }, operator: '$notNull', path: link.path, mayAnswer });
      }
      for (const scalar of scalars.filter((s) => s.path.length === 1 && !s.private)) {
        cases.push({ query: { filters: nest(scalar.path, { $eq: { $ne: 'x' } }) }, operator: '$ne', path: scalar.path, mayAnswer: false });
        cases.push({ query: { filters: nest(scalar.path, { $startsWith: { $eq: 'x' } }) }, operator: '$eq', path: scalar.path, mayAnswer: false });
        cases.push({ query: { filters: nest(scalar.path, { $in: { $gt: 'x' } }) }, operator: '$gt', path: scalar.path, mayAnswer: false });
      }
      for (const { query, operator, path, mayAnswer } of cases) {
        const url = restUrl(root, query);
        const res = await app.http().get(url);
        tally('operators');
        const text = JSON.stringify(res.body?.error ?? {});
        // One line per route, operator and kind of answer, with its first example.
        const kind = `${root.path} ${operator}`;
        const ok = res.status < 300 ? mayAnswer : res.status >= 400 && res.status < 500;
        if (!ok) violations.add(`${kind}: ${res.status}, wanted a 4xx`, url);
        else if (res.status >= 400 && ![operator, ...path].some((name) => text.includes(name)))
          violations.add(`${kind}: ${res.status} naming neither ${operator} nor the attribute`, `${url} → ${short(text)}`);
        for (const leak of leaksIn(identity, JSON.stringify(res.body))) violations.add(`${kind}: leaks ${leak}`, url);
      }
    }
    expect(violations.list()).toEqual([]);
  });
});

describe('(f) in production, GraphQL errors carry no stack trace', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startPlayground({ seed: false, env: { NODE_ENV: 'production' } });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('answers bad queries with messages only', async () => {
    expect(app.strapi.config.get('environment')).toBe('production');
    const queries = [
      '{ articles(status: DRAFT) { title } }',
      '{ articles(filters: { credits: { reporter: { $null: false } } }) { title } }',
      '{ articles(filters: { title: { eq: { ne: "x" } } }) { title } }',
      '{ articles(pagination: { page: -1, pageSize: -5 }) { title } }',
      '{ articles(sort: "credits.reporter.internalNotes:asc") { title } }',
      '{ newsroomReporterProfile(documentId: "") { fullName } }',
      '{ articles { nothing } }',
      '{ articles(',
    ];
    const violations: string[] = [];
    for (const query of queries) {
      const res = await app.http().post('/graphql').send({ query });
      const text = JSON.stringify(res.body);
      if (res.status >= 500) violations.push(`${res.status}: ${query}`);
      if (/stacktrace|\\n\s+at |node_modules/i.test(text)) violations.push(`stack trace: ${query} → ${short(text)}`);
    }
    expect(violations).toEqual([]);
  });
});
