import { createQueryGuard } from '../../server/src/domain/public-query-guard';

const REPORTER = 'plugin::newsroom.reporter-profile';
const models: Record<string, { attributes: Record<string, any> }> = {
  'api::article.article': {
    attributes: {
      title: { type: 'string' },
      meta: { type: 'json' },
      views: { type: 'integer' },
      publishedDate: { type: 'date' },
      cover: { type: 'media' },
      credits: { type: 'component', repeatable: true, component: 'newsroom.credit' },
      localizations: { type: 'relation', relation: 'oneToMany', target: 'api::article.article' },
      blocks: { type: 'dynamiczone', components: ['newsroom.credit'] },
    },
  },
  'newsroom.credit': {
    attributes: { role: { type: 'enumeration' }, reporter: { type: 'relation', relation: 'oneToOne', target: REPORTER } },
  },
  [REPORTER]: {
    attributes: {
      fullName: { type: 'string' },
      bylineMode: { type: 'enumeration' },
      photo: { type: 'media' },
      localizations: { type: 'relation', relation: 'oneToMany', target: REPORTER },
    },
  },
  'plugin::upload.file': {
    attributes: { name: { type: 'string' }, related: { type: 'relation', relation: 'morphToMany' } },
  },
};

const rest = createQueryGuard({ getModel: (uid) => models[uid], reporterUid: REPORTER, operatorPrefix: '$' });
const gql = createQueryGuard({ getModel: (uid) => models[uid], reporterUid: REPORTER, operatorPrefix: '' });
const notWithheld = { $or: [{ bylineMode: { $null: true } }, { bylineMode: { $ne: 'withheld' } }] };
const ARTICLE = 'api::article.article';

/** The 400 a guarded read throws, as `parameter: rule`. */
const refusal = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    expect((error as { name: string }).name).toBe('ValidationError');
    return (error as Error).message;
  }
  throw new Error('expected a ValidationError');
};

describe('public reads: filters that reach reporter profiles', () => {
  it('narrows a filter through credits.reporter, and keeps the rest', () => {
    const { filters } = rest.guardRead({ filters: { title: { $eq: 'T' }, credits: { reporter: { fullName: { $eq: 'X' } } } } }, ARTICLE);
    expect(filters).toEqual({ title: { $eq: 'T' }, credits: { reporter: { $and: [{ fullName: { $eq: 'X' } }, notWithheld] } } });
  });

  it('narrows inside $and, $or and $not', () => {
    const { filters } = rest.guardRead(
      { filters: { $or: [{ credits: { reporter: { fullName: 'A' } } }], $not: { credits: { reporter: { fullName: 'B' } } } } },
      ARTICLE
    );
    expect(filters).toEqual({
      $or: [{ credits: { reporter: { $and: [{ fullName: 'A' }, notWithheld] } } }],
      $not: { credits: { reporter: { $and: [{ fullName: 'B' }, notWithheld] } } },
    });
  });

  it('turns operators on the link itself into operators on its id, beside the narrowing', () => {
    const { filters } = rest.guardRead({ filters: { credits: { reporter: { $null: 'false' } } } }, ARTICLE);
    expect(filters).toEqual({ credits: { reporter: { $and: [{ id: { $null: 'false' } }, notWithheld] } } });
    const byId = rest.guardRead({ filters: { credits: { reporter: 7 } } }, ARTICLE).filters;
    expect(byId).toEqual({ credits: { reporter: { $and: [{ id: 7 }, notWithheld] } } });
  });

  it('narrows filters inside populate, at any depth, and through localizations', () => {
    const { populate } = rest.guardRead(
      {
        populate: { credits: { populate: { reporter: { filters: { fullName: { $startsWith: 'M' } }, populate: { localizations: { filters: { id: 3 } } } } } } },
      },
      ARTICLE
    );
    expect(populate).toEqual({
      credits: {
        populate: {
          reporter: {
            filters: { $and: [{ fullName: { $startsWith: 'M' } }, notWithheld] },
            populate: { localizations: { filters: { $and: [{ id: 3 }, notWithheld] } } },
          },
        },
      },
    });
  });

  it('never lists a withheld profile in a read of profiles, with or without filters', () => {
    expect(rest.guardRead<{ filters?: unknown }>({}, REPORTER).filters).toEqual(notWithheld);
    expect(rest.guardRead({ filters: { fullName: 'X' } }, REPORTER).filters).toEqual({ $and: [{ fullName: 'X' }, notWithheld] });
  });

  it('speaks GraphQL’s operators without a $', () => {
    expect(gql.guardFilters({ credits: { reporter: { fullName: { eq: 'X' } } } }, ARTICLE)).toEqual({
      credits: { reporter: { and: [{ fullName: { eq: 'X' } }, { or: [{ bylineMode: { null: true } }, { bylineMode: { ne: 'withheld' } }] }] } },
    });
  });

  it('leaves reads that never reach a reporter as they were', () => {
    const params = { filters: { title: { $containsi: 'war' }, credits: { role: 'author' } }, populate: { cover: true }, sort: 'title:asc' };
    expect(rest.guardRead(params, ARTICLE)).toEqual(params);
  });
});

describe('public reads: what is refused with a 400 naming the parameter', () => {
  it.each([
    [{ sort: 'credits.reporter.fullName:asc' }, "sort[credits.reporter.fullName]: cannot sort by a reporter's attributes"],
    [{ sort: ['title:asc', 'credits.reporter.createdAt:desc'] }, "sort[credits.reporter.createdAt]: cannot sort by a reporter's attributes"],
    [{ sort: { credits: { reporter: { fullName: 'asc' } } } }, "sort[credits.reporter.fullName]: cannot sort by a reporter's attributes"],
    [{ populate: { cover: { populate: { related: true } } } }, 'populate[cover][populate][related]: is a polymorphic link, which is not public'],
    [{ populate: { cover: { populate: '*' } } }, 'populate[cover][populate]: would populate the polymorphic link "related", which is not public'],
    [{ populate: 'cover.related' }, 'populate[cover][related]: is a polymorphic link, which is not public'],
    [{ filters: { cover: { related: { id: 1 } } } }, 'filters[cover][related]: cannot be filtered on'],
    [{ filters: { title: { $eq: { $ne: 'x' } } } }, 'filters[title][$eq]: must be a value, not an object'],
    [{ filters: { views: { $gt: 'abc' } } }, 'filters[views][$gt]: must be a valid integer value'],
    [{ filters: { publishedDate: { $lt: 'not a date' } } }, 'filters[publishedDate][$lt]: must be a valid date value'],
    [{ filters: { credits: { reporter: { $null: 'maybe' } } } }, 'filters[credits][reporter][id][$null]: must be true or false'],
    [{ filters: { credits: { reporter: { id: { $in: [{ a: 1 }] } } } } }, 'filters[credits][reporter][id][$in]: must be a value or a list of values'],
    [{ filters: { title: { foo: 'x' } } }, 'filters[title][foo]: is not an operator'],
    [{ filters: { meta: { $contains: 'm' } } }, 'filters[meta][$contains]: a json attribute can only be filtered with $null or $notNull'],
    [{ filters: { views: { $startsWith: '1' } } }, 'filters[views][$startsWith]: only applies to text attributes (this one is integer)'],
    [{ sort: 'meta:asc' }, 'sort[meta]: cannot sort by a json attribute'],
    [{ populate: { localizations: { sort: 'credits.role:asc' } } }, 'sort[credits.role]: a populated link sorts by its own attributes only'],
  ])('%j', (params, message) => {
    expect(refusal(() => rest.guardRead(params as never, ARTICLE))).toBe(message);
  });

  it('allows sorting profiles by their own attributes, and entries through their own components', () => {
    expect(() => rest.guardRead({ sort: 'fullName:asc' }, REPORTER)).not.toThrow();
    expect(() => rest.guardRead({ sort: ['credits.role:asc', 'title'], filters: { meta: { $notNull: true } } }, ARTICLE)).not.toThrow();
  });
});
