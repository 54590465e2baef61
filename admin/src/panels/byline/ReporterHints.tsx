import { Badge, Flex } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { ReporterSummary } from '../../api/types';
import { getTranslation } from '../../utils/getTranslation';

/** Quality hints on a credited reporter: what the public byline will lack. */
export const ReporterHints = ({ reporter }: { reporter: ReporterSummary }) => {
  const { formatMessage } = useIntl();
  const hints = [
    ...reporter.missing.map((gap) => formatMessage({ id: getTranslation(`hint.missing.${gap}`), defaultMessage: `No ${gap}` })),
    ...(reporter.published ? [] : [formatMessage({ id: getTranslation('hint.draftReporter'), defaultMessage: 'Draft profile: not in the published byline' })]),
  ];
  if (hints.length === 0) return null;
  return (
    <Flex gap={1} wrap="wrap">
      {hints.map((hint) => (
        // Warning-coloured text on warning100 is 4.02:1 (axe): the text stays neutral.
        <Badge key={hint} backgroundColor="warning100" textColor="neutral800">
          {hint}
        </Badge>
      ))}
    </Flex>
  );
};
