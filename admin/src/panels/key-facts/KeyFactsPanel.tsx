import * as React from 'react';
import { Loader } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { getTranslation } from '../../utils/getTranslation';
import type { PanelProps } from '../panel-props';
import { usePanelAccess } from '../usePanelAccess';

// The editor is its own chunk: the admin loads it when an edit view first shows the panel.
const KeyFactsEditor = React.lazy(() => import('./KeyFactsEditor'));

/** The Key facts panel on the edit view of an enabled type; nothing elsewhere. */
export const KeyFactsPanel = (props: PanelProps) => {
  const { formatMessage } = useIntl();
  const access = usePanelAccess('keyFacts');
  if (!access.visible) return null;
  return {
    title: formatMessage({ id: getTranslation('keyFacts.title'), defaultMessage: 'Key facts' }),
    content: (
      <React.Suspense fallback={<Loader small />}>
        <KeyFactsEditor {...props} editable={access.editable} />
      </React.Suspense>
    ),
  };
};
