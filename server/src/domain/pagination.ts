import type { Pagination } from '../../../shared/admin-api';

/** The `pagination` block of every paged answer, public and admin. */
export const pagination = ({ page, pageSize }: { page: number; pageSize: number }, total: number): Pagination => ({
  page,
  pageSize,
  pageCount: Math.ceil(total / pageSize),
  total,
});
