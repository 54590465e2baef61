import * as React from 'react';
import { Box, Button, Flex, IconButton, Typography } from '@strapi/design-system';
import { Pencil, Plus, Trash } from '@strapi/icons';
import { useForm, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useNewsroomApi } from '../../api/client';
import type { BoxSummary } from '../../api/types';
import { ReorderableList } from '../../components/ReorderableList';
import { Typeahead } from '../../components/Typeahead';
import { getTranslation } from '../../utils/getTranslation';
import type { PanelProps } from '../panel-props';
import { moveItem, orderedRelation, orderedRelationChange, type RelationValue } from '../relation-value';
import { useEntryLocale, useStoredEntry } from '../useStoredEntry';
import { BoxBadges } from './BoxBadges';
import { BoxEditorModal } from './BoxEditorModal';
import { KEY_FACTS_UID } from '../../../../shared/content-type-uids';

// The panel previews the first facts of a box; the editor shows them all.
const FACTS_SHOWN = 3;

// Saving a box from the panel publishes it: the Content Manager's permissions on boxes apply.
// useRBAC names each allowed action after its last segment: canCreate, canUpdate, canPublish.
const BOX_PERMISSIONS = [
  { action: 'plugin::content-manager.explorer.create', subject: KEY_FACTS_UID },
  { action: 'plugin::content-manager.explorer.update', subject: KEY_FACTS_UID },
  { action: 'plugin::content-manager.explorer.publish', subject: KEY_FACTS_UID },
];

/** What the Key facts panel shows and edits; loaded with the first edit view that has it. */
const KeyFactsEditor = ({ model, documentId, document, activeTab, editable }: PanelProps & { editable: boolean }) => {
  const { formatMessage } = useIntl();
  const api = useNewsroomApi();
  const locale = useEntryLocale(document?.locale as string | undefined);
  const value = useForm('KeyFactsPanel', (state) => (state.values as { keyFacts?: RelationValue }).keyFacts);
  const onChange = useForm('KeyFactsPanel', (state) => state.onChange);
  const { entry, loading, failed } = useStoredEntry({ model, documentId, locale, status: activeTab, version: document?.updatedAt as string | undefined });
  // Every box met here (stored, found, created, edited), by documentId: what the list shows.
  const [known, setKnown] = React.useState<Record<string, BoxSummary>>({});
  const [editing, setEditing] = React.useState<{ documentId?: string } | null>(null);
  const { allowedActions } = useRBAC(BOX_PERMISSIONS);
  const canCreateBoxes = editable && allowedActions.canCreate && allowedActions.canPublish;
  const canEditBoxes = editable && allowedActions.canUpdate && allowedActions.canPublish;
  const panelRef = React.useRef<HTMLDivElement>(null);
  const searchInput = () => panelRef.current?.querySelector<HTMLElement>('input[role="combobox"]') ?? null;

  React.useEffect(() => setKnown((current) => ({ ...current, ...Object.fromEntries(entry.keyFacts.map((box) => [box.documentId, box])) })), [entry]);

  const storedIds = React.useMemo(() => entry.keyFacts.map((box) => box.documentId), [entry]);
  const attached = orderedRelation(storedIds, value)
    .map((id) => known[id])
    .filter((box): box is BoxSummary => Boolean(box));

  const setAttached = (boxes: BoxSummary[]) => {
    const labels = Object.fromEntries(Object.values(known).map((box) => [box.documentId, { locale: box.locale, label: box.title }]));
    onChange(
      'keyFacts',
      orderedRelationChange(
        storedIds,
        boxes.map((box) => ({ documentId: box.documentId, locale: box.locale, label: box.title })),
        labels
      )
    );
  };
  const remember = (box: BoxSummary) => setKnown((current) => ({ ...current, [box.documentId]: box }));
  const attach = (box: BoxSummary) => {
    remember(box);
    if (!attached.some((other) => other.documentId === box.documentId)) setAttached([...attached, box]);
  };

  // Attached boxes are not offered again; the ids as one string, so the search only changes with them.
  const attachedIds = orderedRelation(storedIds, value).join(',');
  const search = React.useCallback(
    async (text: string) => {
      const held = attachedIds.split(',');
      return (await api.searchBoxes({ search: text, exclude: attachedIds || undefined, locale, pageSize: 8 })).data.filter(
        (box) => !held.includes(box.documentId)
      );
    },
    [api, locale, attachedIds]
  );

  return (
    <Flex ref={panelRef} direction="column" alignItems="stretch" gap={3} width="100%" data-newsroom-panel="key-facts" aria-busy={loading}>
      {failed && (
        <Typography textColor="danger600" variant="pi">
          {formatMessage({ id: getTranslation('keyFacts.loadFailed'), defaultMessage: 'The attached boxes could not be loaded; reload the page.' })}
        </Typography>
      )}
      {attached.length === 0 ? (
        <Typography textColor="neutral600" variant="pi">
          {formatMessage({ id: getTranslation('keyFacts.empty'), defaultMessage: 'No key-facts box is attached.' })}
        </Typography>
      ) : (
        <ReorderableList
          items={attached}
          label={formatMessage({ id: getTranslation('keyFacts.listLabel'), defaultMessage: 'Attached key-facts boxes, in order' })}
          getKey={(box) => box.documentId}
          getLabel={(box) => box.title}
          disabled={!editable}
          onMove={(from, to) => setAttached(moveItem(attached, from, to))}
          focusWhenEmpty={searchInput}
          renderItem={(box, index, { dragHandle, moveButtons, focusAfterRemoval }) => (
            <Flex direction="column" alignItems="stretch" gap={2}>
              <Flex gap={2} alignItems="flex-start">
                {dragHandle}
                <Box minWidth={0} flex={1}>
                  <Typography fontWeight="bold" tag="p">
                    {box.title}
                  </Typography>
                  <Typography variant="pi" textColor="neutral600" tag="p">
                    {formatMessage({ id: getTranslation(`box.kind.${box.kind}`), defaultMessage: box.kind })} ·{' '}
                    {formatMessage(
                      { id: getTranslation('box.factCount'), defaultMessage: '{count, plural, one {# fact} other {# facts}}' },
                      { count: box.facts.length }
                    )}
                  </Typography>
                </Box>
              </Flex>
              <Box tag="ol" paddingLeft={4} style={{ listStyle: 'decimal' }}>
                {box.facts.slice(0, FACTS_SHOWN).map((fact, factIndex) => (
                  <Typography key={factIndex} tag="li" variant="pi">
                    {fact.text}
                  </Typography>
                ))}
              </Box>
              {box.facts.length > FACTS_SHOWN && (
                <Typography variant="pi" textColor="neutral600">
                  {formatMessage({ id: getTranslation('keyFacts.moreFacts'), defaultMessage: 'and {count} more' }, { count: box.facts.length - FACTS_SHOWN })}
                </Typography>
              )}
              <BoxBadges box={box} />
              {editable && (
                <Flex justifyContent="space-between">
                  {moveButtons}
                  <Flex gap={1}>
                    {canEditBoxes && (
                      <IconButton
                        size="S"
                        variant="ghost"
                        label={formatMessage({ id: getTranslation('keyFacts.edit'), defaultMessage: 'Edit {title}' }, { title: box.title })}
                        onClick={() => setEditing({ documentId: box.documentId })}
                      >
                        <Pencil />
                      </IconButton>
                    )}
                    <IconButton
                      size="S"
                      variant="ghost"
                      label={formatMessage({ id: getTranslation('keyFacts.detach'), defaultMessage: 'Detach {title}' }, { title: box.title })}
                      onClick={() => {
                        setAttached(attached.filter((_, i) => i !== index));
                        focusAfterRemoval();
                      }}
                    >
                      <Trash />
                    </IconButton>
                  </Flex>
                </Flex>
              )}
            </Flex>
          )}
        />
      )}
      {editable && (
        <>
          <Typeahead<BoxSummary>
            name="newsroom-attach-box"
            label={formatMessage({ id: getTranslation('keyFacts.attach'), defaultMessage: 'Attach a box' })}
            placeholder={formatMessage({ id: getTranslation('keyFacts.attachPlaceholder'), defaultMessage: 'Search boxes by title…' })}
            search={search}
            getKey={(box) => box.documentId}
            onSelect={attach}
            renderOption={(box) => (
              <Box>
                <Typography tag="p">{box.title}</Typography>
                <BoxBadges box={box} />
              </Box>
            )}
          />
          {canCreateBoxes && (
            <Box>
              <Button variant="secondary" startIcon={<Plus />} onClick={() => setEditing({})}>
                {formatMessage({ id: getTranslation('keyFacts.create'), defaultMessage: 'Create a box' })}
              </Button>
            </Box>
          )}
        </>
      )}
      <BoxEditorModal
        target={editing}
        locale={locale}
        currentEntryId={documentId}
        onClose={() => setEditing(null)}
        onSaved={(box) => {
          setEditing(null);
          attach(box);
        }}
      />
    </Flex>
  );
};

export default KeyFactsEditor;
