import { errors } from '@strapi/utils';
import { z } from 'zod/v4';
import { fieldIssue, parseOrThrow, throwIfIssues } from '../../server/src/domain/validation';

describe('field validation errors', () => {
  it('formats the field path in the message', () => {
    expect(fieldIssue(['facts', 3, 'sources', 0, 'url'], 'must be a URL')).toEqual({
      path: ['facts', '3', 'sources', '0', 'url'],
      message: 'facts[3].sources[0].url: must be a URL',
      name: 'ValidationError',
    });
  });

  it('throws Strapi’s ValidationError (a 400) carrying every issue, and nothing when there are none', () => {
    expect(() => throwIfIssues([])).not.toThrow();
    const issues = [fieldIssue(['a'], 'is required'), fieldIssue(['b'], 'is too long')];
    let thrown: unknown;
    try {
      throwIfIssues(issues);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(errors.ValidationError);
    expect(thrown).toMatchObject({ message: 'a: is required (and 1 more)', details: { errors: issues } });
  });

  it('parses with a schema, or throws naming the field under the prefix', () => {
    const schema = z.object({ pageSize: z.number().int().max(100) });
    expect(parseOrThrow(schema, { pageSize: 5 })).toEqual({ pageSize: 5 });
    expect(() => parseOrThrow(schema, { pageSize: 500 }, ['query'])).toThrow(/^query\.pageSize: /);
  });
});
