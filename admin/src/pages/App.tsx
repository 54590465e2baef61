import { Layouts, Page } from '@strapi/strapi/admin';
import { Box, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { getTranslation } from '../utils/getTranslation';

const App = () => {
  const { formatMessage } = useIntl();
  const title = formatMessage({ id: getTranslation('plugin.name'), defaultMessage: 'Newsroom' });
  return (
    <Layouts.Root>
      <Page.Title>{title}</Page.Title>
      <Page.Main>
        <Layouts.Header
          title={title}
          subtitle={formatMessage({ id: getTranslation('page.subtitle'), defaultMessage: 'Reporter profiles, bylines and key-facts boxes' })}
        />
        <Layouts.Content>
          <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
            <Typography>
              {formatMessage({
                id: getTranslation('page.intro'),
                defaultMessage: 'Reporters and key-facts boxes are edited in the Content Manager; articles get Byline and Key facts panels.',
              })}
            </Typography>
          </Box>
        </Layouts.Content>
      </Page.Main>
    </Layouts.Root>
  );
};

export { App };
export default App;
