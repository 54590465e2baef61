import { Button, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { Pagination } from '../api/types';
import { getTranslation } from '../utils/getTranslation';

/** Previous / next for a paged table, with where the reader is. */
export const PageControls = ({ pagination, onPage }: { pagination: Pagination | null; onPage: (page: number) => void }) => {
  const { formatMessage } = useIntl();
  if (!pagination || pagination.pageCount <= 1) return null;
  const { page, pageCount, total } = pagination;
  return (
    <Flex justifyContent="space-between" paddingTop={4}>
      <Typography textColor="neutral600">
        {formatMessage({ id: getTranslation('page.position'), defaultMessage: 'Page {page} of {pageCount} ({total} in all)' }, { page, pageCount, total })}
      </Typography>
      <Flex gap={2}>
        <Button variant="tertiary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          {formatMessage({ id: getTranslation('page.previous'), defaultMessage: 'Previous' })}
        </Button>
        <Button variant="tertiary" disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
          {formatMessage({ id: getTranslation('page.next'), defaultMessage: 'Next' })}
        </Button>
      </Flex>
    </Flex>
  );
};
