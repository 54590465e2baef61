import { pagination } from '../../server/src/domain/pagination';

describe('pagination', () => {
  it.each([
    [{ page: 1, pageSize: 25 }, 0, 0],
    [{ page: 1, pageSize: 25 }, 25, 1],
    [{ page: 2, pageSize: 25 }, 26, 2],
    [{ page: 9, pageSize: 10 }, 1001, 101],
  ])('%j of %i items has %i pages', (page, total, pageCount) => {
    expect(pagination(page, total)).toEqual({ ...page, total, pageCount });
  });
});
