import { Badge, Flex } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { BoxSummary } from '../../api/types';
import { getTranslation } from '../../utils/getTranslation';

/** A box's state at a glance: stale, draft, and facts that cite no source. */
export const BoxBadges = ({ box }: { box: BoxSummary }) => {
  const { formatMessage, formatDate } = useIntl();
  const unsourced = box.facts.filter((fact) => fact.sources.length === 0).length;
  return (
    <Flex gap={1} wrap="wrap">
      {box.stale && (
        <Badge backgroundColor="danger100" textColor="danger700">
          {box.lastVerifiedAt
            ? formatMessage(
                { id: getTranslation('box.staleSince'), defaultMessage: 'Stale: verified {date}' },
                { date: formatDate(box.lastVerifiedAt, { dateStyle: 'medium' }) }
              )
            : formatMessage({ id: getTranslation('box.neverVerified'), defaultMessage: 'Stale: never verified' })}
        </Badge>
      )}
      {!box.published && (
        <Badge backgroundColor="secondary100" textColor="secondary700">
          {formatMessage({ id: getTranslation('status.draft'), defaultMessage: 'Draft' })}
        </Badge>
      )}
      {unsourced > 0 && (
        <Badge backgroundColor="warning100" textColor="neutral800">
          {formatMessage(
            { id: getTranslation('hint.unsourcedFacts'), defaultMessage: '{count, plural, one {# fact} other {# facts}} without a source' },
            { count: unsourced }
          )}
        </Badge>
      )}
    </Flex>
  );
};
