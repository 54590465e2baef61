import * as React from 'react';
import { Box, Checkbox, Flex, Link, Searchbar, Td, TextButton, Tr, Typography } from '@strapi/design-system';
import { useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import { styled } from 'styled-components';
import { useNewsroomApi } from '../api/client';
import { BoxBadges } from '../panels/key-facts/BoxBadges';
import { BoxEditorModal } from '../panels/key-facts/BoxEditorModal';
import { ListTable, usePagedRows } from './ListTable';
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
  const api = useNewsroomApi();
  const [search, setSearch] = React.useState('');
  const [staleOnly, setStaleOnly] = React.useState(false);
  const [page, setPage] = React.useState(1);
  const [editing, setEditing] = React.useState<{ documentId: string } | null>(null);
  // Bumped after a box is saved in the editor, to read the page again.
  const [saves, setSaves] = React.useState(0);
  const { allowedActions } = useRBAC(EDIT_BOXES);
  const canEdit = allowedActions.canUpdate && allowedActions.canPublish;
  const t = usePluginMessages();
  const { rows, pagination } = usePagedRows(api.library, { search, stale: staleOnly || undefined, locale, page }, saves);

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
      <ListTable
        headings={[t('library.box', 'Box'), t('library.facts', 'Facts'), t('library.verified', 'Last verified'), t('library.usedBy', 'Used by')]}
        rowCount={rows?.length ?? null}
        emptyText={t('library.empty', 'No key-facts box matches.')}
      >
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
      </ListTable>
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
