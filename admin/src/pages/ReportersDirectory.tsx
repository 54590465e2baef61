import * as React from 'react';
import { Avatar, Badge, Box, Button, Flex, Link, Searchbar, SingleSelect, SingleSelectOption, Td, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { useNotification, useRBAC } from '@strapi/strapi/admin';
import { Link as RouterLink } from 'react-router-dom';
import { styled } from 'styled-components';
import { PERMISSIONS } from '../../../shared/permissions';
import { errorMessage, mediaUrl, useNewsroomApi } from '../api/client';
import { ReporterIdentity } from '../components/ReporterIdentity';
import { MergeDialog } from './MergeDialog';
import { PercentBar } from '../components/PercentBar';
import { ListTable, usePagedRows } from './ListTable';
import { PageControls } from './PageControls';
import { editViewPath } from './edit-view-path';
import { REPORTER_UID } from '../../../shared/content-type-uids';
import { usePluginMessages } from '../utils/usePluginMessages';

// useRBAC names each allowed action after its last segment: canMerge.
const MERGE_PERMISSIONS = [{ action: PERMISSIONS.mergeReporters, subject: null }];
const ALL = '';

interface Filters {
  search: string;
  beat: string;
  language: string;
  status: string;
  page: number;
}

/** The reporters directory: search and filters, articles per reporter, completeness, duplicates to merge. */
export const ReportersDirectory = ({ locale }: { locale?: string }) => {
  const { toggleNotification } = useNotification();
  const api = useNewsroomApi();
  const { allowedActions } = useRBAC(MERGE_PERMISSIONS);
  const [filters, setFilters] = React.useState<Filters>({ search: '', beat: ALL, language: ALL, status: ALL, page: 1 });
  const [facets, setFacets] = React.useState<{ beats: string[]; languages: string[] }>({ beats: [], languages: [] });
  const [merging, setMerging] = React.useState<React.ComponentProps<typeof MergeDialog>['pair']>(null);
  const [reload, setReload] = React.useState(0);
  const t = usePluginMessages();
  const { rows, pagination } = usePagedRows(api.directory, { ...filters, locale }, reload);

  React.useEffect(() => {
    api
      .reporterFacets(locale)
      .then(setFacets)
      .catch(() => undefined);
  }, [api, locale]);

  const [exporting, setExporting] = React.useState(false);
  // The file comes through the admin's authenticated client, then is handed to the browser as a download.
  const exportCsv = async () => {
    setExporting(true);
    try {
      const blob = await api.exportProfilesCsv();
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `reporter-profiles-${new Date().toISOString().slice(0, 10)}.csv`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 0);
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    } finally {
      setExporting(false);
    }
  };

  const setFilter = (change: Partial<Filters>) => setFilters((current) => ({ ...current, page: 1, ...change }));
  const filterSelect = (name: 'beat' | 'language' | 'status', label: string, options: { value: string; label: string }[]) => (
    <Box minWidth="180px">
      <SingleSelect
        aria-label={label}
        placeholder={label}
        value={filters[name]}
        onChange={(value: string | number) => setFilter({ [name]: String(value) })}
        onClear={filters[name] ? () => setFilter({ [name]: ALL }) : undefined}
        clearLabel={t('filters.clear', 'Clear filter')}
      >
        {options.map((option) => (
          <SingleSelectOption key={option.value} value={option.value}>
            {option.label}
          </SingleSelectOption>
        ))}
      </SingleSelect>
    </Box>
  );

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Flex gap={2} wrap="wrap">
        <Box flex={1} minWidth="240px">
          <Searchbar
            name="reporter-search"
            value={filters.search}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => setFilter({ search: event.target.value })}
            onClear={() => setFilter({ search: '' })}
            clearLabel={t('filters.clearSearch', 'Clear the search')}
            placeholder={t('directory.search', 'Search reporters by name')}
          >
            {t('directory.search', 'Search reporters by name')}
          </Searchbar>
        </Box>
        {filterSelect(
          'beat',
          t('directory.beat', 'Beat'),
          facets.beats.map((beat) => ({ value: beat, label: beat }))
        )}
        {filterSelect(
          'language',
          t('directory.language', 'Language'),
          facets.languages.map((language) => ({ value: language, label: language }))
        )}
        {filterSelect('status', t('directory.status', 'Status'), [
          { value: 'active', label: t('staffStatus.active', 'Active') },
          { value: 'alumni', label: t('staffStatus.alumni', 'Alumni') },
        ])}
        <Button variant="secondary" startIcon={<Download />} loading={exporting} onClick={exportCsv}>
          {t('directory.exportCsv', 'Export CSV')}
        </Button>
      </Flex>
      <ListTable
        headings={[
          t('directory.reporter', 'Reporter'),
          t('directory.beats', 'Beats'),
          t('directory.status', 'Status'),
          t('directory.articles', 'Articles'),
          t('directory.completeness', 'Profile'),
          t('directory.duplicates', 'Likely duplicates'),
        ]}
        rowCount={rows?.length ?? null}
        emptyText={t('directory.empty', 'No reporter matches.')}
      >
        {rows?.map((row) => (
          <Tr key={row.documentId}>
            <Td>
              <Flex gap={2}>
                <Avatar.Item src={mediaUrl(row.photoUrl) ?? undefined} alt="" fallback={row.fullName.slice(0, 1)} />
                <Box>
                  <Link tag={RouterLink} to={editViewPath(REPORTER_UID, row.documentId, row.locale)}>
                    {row.fullName}
                  </Link>
                  <Typography variant="pi" textColor="neutral600" tag="p">
                    {[row.jobTitle, row.languages.join(', ')].filter(Boolean).join(' · ')}
                  </Typography>
                  <ReporterIdentity reporter={row} locale={row.locale} />
                </Box>
                {!row.published && <Badge>{t('status.draft', 'Draft')}</Badge>}
              </Flex>
            </Td>
            <Td>
              <Typography variant="pi">{row.beats.join(', ')}</Typography>
            </Td>
            <Td>
              <Typography variant="pi">{t(`staffStatus.${row.staffStatus}`, row.staffStatus)}</Typography>
            </Td>
            <Td>
              <Typography>{row.articleCount}</Typography>
            </Td>
            <Td>
              <Flex gap={2} title={row.gaps.map((gap) => t(`hint.missing.${gap}`, gap)).join(', ')}>
                <CompletenessMeter value={row.completeness} label={t('directory.completeness', 'Profile')} />
                <Percent variant="pi">{row.completeness}%</Percent>
                {row.gaps.length > 0 && (
                  <VisuallyHidden>
                    {t('directory.missing', 'Missing: {list}', { list: row.gaps.map((gap) => t(`hint.missing.${gap}`, gap)).join(', ') })}
                  </VisuallyHidden>
                )}
              </Flex>
            </Td>
            <Td>
              <Flex direction="column" alignItems="start" gap={1}>
                {row.duplicates.map((duplicate) => (
                  <Flex key={duplicate.documentId} direction="column" alignItems="start" gap={1}>
                    <Link tag={RouterLink} to={editViewPath(REPORTER_UID, duplicate.documentId, row.locale)}>
                      {duplicate.slug}
                    </Link>
                    {allowedActions.canMerge && (
                      <Button size="S" variant="secondary" onClick={() => setMerging({ reporter: row, duplicate })}>
                        {t('merge.action', 'Merge…')}
                      </Button>
                    )}
                  </Flex>
                ))}
              </Flex>
            </Td>
          </Tr>
        ))}
      </ListTable>
      <PageControls pagination={pagination} onPage={(page) => setFilters((current) => ({ ...current, page }))} />
      <MergeDialog
        pair={merging}
        onClose={() => setMerging(null)}
        onMerged={() => {
          setMerging(null);
          setReload((n) => n + 1);
        }}
      />
    </Flex>
  );
};

// "100%" stays on one line beside its bar.
const Percent = styled(Typography)`
  white-space: nowrap;
`;

/** How complete a profile is, as a small bar: green when complete, amber from half, red below. */
const CompletenessMeter = ({ value, label }: { value: number; label: string }) => (
  <PercentBar
    role="meter"
    label={label}
    value={value}
    color={value === 100 ? 'success500' : value >= 50 ? 'warning500' : 'danger500'}
    width="64px"
    height="6px"
  />
);
