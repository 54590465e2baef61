import { Badge, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { ReporterSummary } from '../api/types';
import { useSettings } from '../panels/useSettings';
import { getTranslation } from '../utils/getTranslation';

/**
 * What the public will read for a reporter who is not named: a withheld reporter's byline text
 * (in `locale`, the entry's), a pseudonym's badge. Nothing for a named reporter.
 */
export const ReporterIdentity = ({ reporter, locale }: { reporter: Pick<ReporterSummary, 'bylineMode'>; locale?: string | null }) => {
  const { formatMessage } = useIntl();
  const settings = useSettings();
  if (reporter.bylineMode === 'pseudonym') {
    return (
      <Flex gap={1} wrap="wrap">
        <Badge backgroundColor="secondary100" textColor="secondary700">
          {formatMessage({ id: getTranslation('identity.pseudonym'), defaultMessage: 'Pseudonym' })}
        </Badge>
      </Flex>
    );
  }
  if (reporter.bylineMode !== 'withheld') return null;
  const texts = settings?.withheldBylineText ?? {};
  const publicText = (locale && texts[locale]) || texts.en || '';
  return (
    <Flex gap={1} wrap="wrap">
      <Badge backgroundColor="danger100" textColor="danger700">
        {formatMessage({ id: getTranslation('identity.withheld'), defaultMessage: 'Name withheld' })}
      </Badge>
      <Typography variant="pi" textColor="neutral700">
        {formatMessage({ id: getTranslation('identity.publicByline'), defaultMessage: 'Public byline: {text}' }, { text: publicText })}
      </Typography>
    </Flex>
  );
};
