import { guardReporterFilters } from '../../server/src/domain/withheld-filters';

const notWithheld = { bylineMode: { $ne: 'withheld' } };

describe('guarding public filters that reach reporter profiles', () => {
  it('narrows a filter on credits.reporter', () => {
    expect(guardReporterFilters({ credits: { reporter: { fullName: { $eq: 'X' } } } }, 'entry')).toEqual({
      credits: { reporter: { $and: [{ fullName: { $eq: 'X' } }, notWithheld] } },
    });
  });

  it('narrows inside $and, $or and $not, at both levels', () => {
    const filters = {
      $or: [{ title: { $eq: 'T' } }, { credits: { $and: [{ reporter: { slug: { $eq: 's' } } }, { role: 'author' }] } }],
      $not: { credits: { reporter: { fullName: { $startsWith: 'M' } } } },
    };
    expect(guardReporterFilters(filters, 'entry')).toEqual({
      $or: [{ title: { $eq: 'T' } }, { credits: { $and: [{ reporter: { $and: [{ slug: { $eq: 's' } }, notWithheld] } }, { role: 'author' }] } }],
      $not: { credits: { reporter: { $and: [{ fullName: { $startsWith: 'M' } }, notWithheld] } } },
    });
  });

  it('leaves filters that do not reach reporters alone', () => {
    const filters = { title: { $containsi: 'war' }, credits: { role: 'author' } };
    expect(guardReporterFilters(filters, 'entry')).toEqual(filters);
    expect(guardReporterFilters(undefined, 'entry')).toBeUndefined();
  });

  it('narrows every filter of a profile query', () => {
    expect(guardReporterFilters({ fullName: { $eq: 'X' } }, 'reporter')).toEqual({ $and: [{ fullName: { $eq: 'X' } }, notWithheld] });
  });
});
