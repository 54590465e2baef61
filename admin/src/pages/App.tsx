import * as React from 'react';
import { Box, Flex, SingleSelect, SingleSelectOption, Tabs } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { PERMISSIONS } from '../../../shared/permissions';
import { getTranslation } from '../utils/getTranslation';
import { ImportTab } from './ImportTab';
import { KeyFactsLibrary } from './KeyFactsLibrary';
import { ReportersDirectory } from './ReportersDirectory';
import { useLocales } from './useLocales';

// The menu link is hidden without it; a role that opens the page's URL anyway gets Strapi's no-permission page.
const OPEN_PAGE = [{ action: PERMISSIONS.read, subject: null }];

/** The Newsroom page: the reporters directory and the key-facts library, in one locale at a time, and the Import tab. */
const NewsroomPage = () => {
  const { formatMessage } = useIntl();
  const locales = useLocales();
  const [locale, setLocale] = React.useState<string | undefined>(undefined);
  const title = formatMessage({ id: getTranslation('plugin.name'), defaultMessage: 'Newsroom' });
  const activeLocale = locale ?? locales[0]?.code;

  return (
    <Layouts.Root>
      <Page.Title>{title}</Page.Title>
      <Page.Main>
        <Layouts.Header
          title={title}
          subtitle={formatMessage({ id: getTranslation('page.subtitle'), defaultMessage: 'Reporter profiles, bylines and key-facts boxes' })}
          primaryAction={
            locales.length > 1 ? (
              <Box minWidth="200px">
                <SingleSelect
                  aria-label={formatMessage({ id: getTranslation('page.locale'), defaultMessage: 'Language of the content' })}
                  value={activeLocale}
                  onChange={(value: string | number) => setLocale(String(value))}
                >
                  {locales.map(({ code, name }) => (
                    <SingleSelectOption key={code} value={code}>
                      {name}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Box>
            ) : undefined
          }
        />
        <Layouts.Content>
          <Tabs.Root defaultValue="reporters">
            <Tabs.List aria-label={title}>
              <Tabs.Trigger value="reporters">{formatMessage({ id: getTranslation('page.reporters'), defaultMessage: 'Reporters' })}</Tabs.Trigger>
              <Tabs.Trigger value="key-facts">{formatMessage({ id: getTranslation('page.library'), defaultMessage: 'Key-facts library' })}</Tabs.Trigger>
              <Tabs.Trigger value="import">{formatMessage({ id: getTranslation('page.import'), defaultMessage: 'Import' })}</Tabs.Trigger>
            </Tabs.List>
            <Flex direction="column" alignItems="stretch" background="neutral0" padding={6} shadow="filterShadow" hasRadius>
              <Tabs.Content value="reporters">{activeLocale && <ReportersDirectory locale={activeLocale} />}</Tabs.Content>
              <Tabs.Content value="key-facts">{activeLocale && <KeyFactsLibrary locale={activeLocale} />}</Tabs.Content>
              <Tabs.Content value="import">
                <ImportTab />
              </Tabs.Content>
            </Flex>
          </Tabs.Root>
        </Layouts.Content>
      </Page.Main>
    </Layouts.Root>
  );
};

const App = () => (
  <Page.Protect permissions={OPEN_PAGE}>
    <NewsroomPage />
  </Page.Protect>
);

export { App };
export default App;
