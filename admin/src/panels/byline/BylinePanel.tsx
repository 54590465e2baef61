import * as React from 'react';
import { Loader } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { getTranslation } from '../../utils/getTranslation';
import type { PanelProps } from '../panel-props';
import { usePanelAccess } from '../usePanelAccess';

// The editor is its own chunk: the admin loads it when an edit view first shows the panel.
const BylineEditor = React.lazy(() => import('./BylineEditor'));

/** The Byline panel on the edit view of an enabled type; nothing elsewhere. */
export const BylinePanel = (props: PanelProps) => {
  const { formatMessage } = useIntl();
  const access = usePanelAccess('credits');
  if (!access.visible) return null;
  return {
    title: formatMessage({ id: getTranslation('byline.title'), defaultMessage: 'Byline' }),
    content: (
      <React.Suspense fallback={<Loader small />}>
        <BylineEditor {...props} editable={access.editable} />
      </React.Suspense>
    ),
  };
};
