import * as React from 'react';
import { Box, Checkbox, Flex, Link, Searchbar, Table, Tbody, Td, TextButton, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useNotification, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import { styled } from 'styled-components';
import { errorMessage, useNewsroomApi } from '../api/client';
import type { LibraryRow, Pagination } from '../api/types';
import { BoxBadges } from '../panels/key-facts/BoxBadges';
import { BoxEditorModal } from '../panels/key-facts/BoxEditorModal';
import { PageControls } from './PageControls';
import { editViewPath } from './edit-view-path';
import { KEY_FACTS_UID } from '../../../shared/content-type-uids';
import { usePluginMessages } from '../utils/usePluginMessages';

// Saving in the box editor publishes the box: the Content Manager's update and publish permissions on boxes apply (canUpdate, canPublish).
const EDIT_BOXES = [
  { action: 'plugin::content-manager.explorer.update', subject: KEY_FACTS_UID },
  { action: 'plugin::content-manager.explorer.publish', subject: KEY_FACTS_UID },
];

/** The key-facts library: every box, the never- or least-recently verified first, and where each is used. */
export const KeyFactsLibrary = ({ locale }: { locale?: string }) => {
  const { formatDate } = useIntl();
  const { toggleNotification } = useNotification();
  const api = useNewsroomApi();
  const [search, setSearch] = React.useState('');
  const [staleOnly, setStaleOnly] = React.useState(false);
  const [page, setPage] = React.useState(1);
  const [rows, setRows] = React.useState<LibraryRow[] | null>(null);
  const [pagination, setPagination] = React.useState<Pagination | null>(null);
  const [editing, setEditing] = React.useState<{ documentId: string } | null>(null);
  // Bumped after a box is saved in the editor, to read the page again.
  const [saves, setSaves] = React.useState(0);
  const { allowedActions } = useRBAC(EDIT_BOXES);
  const canEdit = allowedActions.canUpdate && allowedActions.canPublish;
  const t = usePluginMessages();

  React.useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      api
        .library({ search, stale: staleOnly || undefined, locale, page })
        .then((result) => {
          if (!current) return;
          setRows(result.data);
          setPagination(result.pagination);
        })
        .catch((error) => toggleNotification({ type: 'danger', message: errorMessage(error) }));
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, search, staleOnly, locale, page, saves, toggleNotification]);

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Flex gap={4}>
        <Box flex={1}>
          <Searchbar
            name="box-search"
            value={search}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
              setSearch(event.target.value);
              setPage(1);
            }}
            onClear={() => setSearch('')}
            clearLabel={t('filters.clearSearch', 'Clear the search')}
            placeholder={t('library.search', 'Search boxes by title')}
          >
            {t('library.search', 'Search boxes by title')}
          </Searchbar>
        </Box>
        <Checkbox
          checked={staleOnly}
          onCheckedChange={(checked: boolean | 'indeterminate') => {
            setStaleOnly(checked === true);
            setPage(1);
          }}
        >
          {t('library.staleOnly', 'Only stale boxes')}
        </Checkbox>
      </Flex>
      <Table colCount={4} rowCount={(rows?.length ?? 0) + 1}>
        <Thead>
          <Tr>
            <Th>
              <Typography variant="sigma">{t('library.box', 'Box')}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{t('library.facts', 'Facts')}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{t('library.verified', 'Last verified')}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{t('library.usedBy', 'Used by')}</Typography>
            </Th>
          </Tr>
        </Thead>
        <Tbody>
          {rows?.length === 0 && (
            <Tr>
              <Td colSpan={4}>
                <Typography textColor="neutral600">{t('library.empty', 'No key-facts box matches.')}</Typography>
              </Td>
            </Tr>
          )}
          {rows?.map((box) => (
            <Tr key={box.documentId}>
              <Td>
                <Flex direction="column" alignItems="start" gap={1}>
                  {canEdit ? (
                    <TextButton onClick={() => setEditing({ documentId: box.documentId })}>{box.title}</TextButton>
                  ) : (
                    <Link tag={RouterLink} to={editViewPath(KEY_FACTS_UID, box.documentId, box.locale)}>
                      {box.title}
                    </Link>
                  )}
                  <Typography variant="pi" textColor="neutral600">
                    {t(`box.kind.${box.kind}`, box.kind)}
                  </Typography>
                  <BoxBadges box={box} />
                </Flex>
              </Td>
              <Td>
                <Typography>{box.facts.length}</Typography>
              </Td>
              <Td>
                <Typography>{box.lastVerifiedAt ? formatDate(box.lastVerifiedAt, { dateStyle: 'medium' }) : t('library.never', 'Never')}</Typography>
              </Td>
              <Td>
                <Flex direction="column" alignItems="start" gap={1}>
                  <Typography variant="pi" textColor="neutral600">
                    {t('library.usageCount', '{count, plural, =0 {Not used} one {# article} other {# articles}}', { count: box.usageCount })}
                  </Typography>
                  {box.usedBy.map((entry) => (
                    <Link
                      key={`${entry.documentId}-${entry.locale}`}
                      tag={RouterLink}
                      to={editViewPath(entry.contentType, entry.documentId, entry.locale)}
                      title={entry.title}
                    >
                      <OneLine>{entry.title}</OneLine>
                    </Link>
                  ))}
                </Flex>
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
      <PageControls pagination={pagination} onPage={setPage} />
      <BoxEditorModal
        target={editing}
        locale={locale}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          setSaves((count) => count + 1);
        }}
      />
    </Flex>
  );
};

// Article titles run long; the table keeps one line each and the full title in the tooltip.
const OneLine = styled.span`
  display: inline-block;
  max-width: 420px;
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
  vertical-align: bottom;
`;
