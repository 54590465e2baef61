import { unknownFieldIssues } from '../../server/src/domain/known-fields';

describe('unknown fields in a write', () => {
  it('names each field the type does not have, but not the system keys Strapi sends', () => {
    const data = { title: 'x', id: 1, documentId: 'd', locale: 'en', publishedAt: null, status: 'draft', localizations: [], reporterName: 'x', __proto__x: 1 };
    const issues = unknownFieldIssues(data, { title: {} });
    expect(issues.map((issue) => issue.path)).toEqual([['reporterName'], ['__proto__x']]);
    expect(issues[0]).toEqual({ path: ['reporterName'], message: 'reporterName: is not a field of this type', name: 'ValidationError' });
  });
});
