import * as React from 'react';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Dialog,
  Field,
  Flex,
  IconButton,
  Loader,
  Modal,
  SingleSelect,
  SingleSelectOption,
  TextButton,
  TextInput,
  Textarea,
  Typography,
} from '@strapi/design-system';
import { Plus, Trash, WarningCircle } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { BOX_TEXT_LIMITS, MAX_FACTS } from '../../../../shared/key-facts-rules';
import { errorMessage, fieldErrors, useNewsroomApi } from '../../api/client';
import { BOX_KINDS, type BoxWithUsage } from '../../api/types';
import { ReorderableList, type ReorderControls } from '../../components/ReorderableList';
import { useReturnFocus } from '../../components/useReturnFocus';
import { moveItem } from '../relation-value';
import { boxInput, draftFromBox, draftProblems, emptyFact, hasChanges, newKey, type BoxDraft, type FactDraft } from './box-draft';
import { usePluginMessages } from '../../utils/usePluginMessages';

const FIRST_FACTS = 2;

interface BoxEditorModalProps {
  /** `{ documentId }` edits that box, `{}` creates one; null when closed. */
  target: { documentId?: string } | null;
  locale?: string;
  /** The entry being edited: the box's other uses are the ones to warn about. */
  currentEntryId?: string;
  onClose: () => void;
  onSaved: (box: BoxWithUsage) => void;
}

/**
 * Creates or edits a key-facts box in place: title, kind and an ordered list of sourced facts.
 * Checked with the server's own rules before it is sent; closing it with unsaved edits asks first.
 */
export const BoxEditorModal = ({ target, locale, currentEntryId, onClose, onSaved }: BoxEditorModalProps) => {
  const { formatDate: formatIntlDate } = useIntl();
  const { toggleNotification } = useNotification();
  const api = useNewsroomApi();
  const [opened, setOpened] = React.useState<BoxDraft>(() => draftFromBox(null));
  const [draft, setDraft] = React.useState<BoxDraft>(opened);
  const [stored, setStored] = React.useState<BoxWithUsage | null>(null);
  // Ticked for a new box (its facts are being written now); an existing box is re-verified only on purpose.
  const [verified, setVerified] = React.useState(true);
  // The target the draft was made for: until it is this one, the form would show the previous box.
  const [openedFor, setOpenedFor] = React.useState<BoxEditorModalProps['target']>(null);
  const loading = openedFor !== target;
  const [saving, setSaving] = React.useState(false);
  // Field problems are shown from the first attempt to save on, and follow every edit after it.
  const [checked, setChecked] = React.useState(false);
  const [serverErrors, setServerErrors] = React.useState<Record<string, string>>({});
  const [confirmingDiscard, setConfirmingDiscard] = React.useState(false);
  const formRef = React.useRef<HTMLFormElement>(null);
  // A box's first facts render with the form and the rest in a transition just after: a long box
  // (up to 20 facts, a dozen inputs each) would otherwise hold the whole editor back on a busy machine.
  const [factsShown, setFactsShown] = React.useState(FIRST_FACTS);
  const returnFocus = useReturnFocus(target !== null);

  const open = (box: BoxWithUsage | null, openingTarget: BoxEditorModalProps['target']) => {
    const fresh = draftFromBox(box);
    setStored(box);
    setOpened(fresh);
    setDraft(fresh);
    setOpenedFor(openingTarget);
    setFactsShown(FIRST_FACTS);
    React.startTransition(() => setFactsShown(MAX_FACTS));
  };

  React.useEffect(() => {
    if (!target) return;
    setChecked(false);
    setServerErrors({});
    setConfirmingDiscard(false);
    setVerified(!target.documentId);
    if (!target.documentId) {
      open(null, target);
      return;
    }
    api
      .box(target.documentId, locale)
      .then((box) => open(box, target))
      .catch((error) => {
        toggleNotification({ type: 'danger', message: errorMessage(error) });
        onClose();
      });
    // onClose is left out: a parent's new function each render must not load the box again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, target, locale, toggleNotification]);

  const t = usePluginMessages();
  const formatDate = (iso: string) => formatIntlDate(iso, { dateStyle: 'medium' });
  const problems = React.useMemo(() => (checked ? draftProblems(draft) : {}), [checked, draft]);
  // The server answers with paths under `data` (the request's envelope) or without it.
  const errorAt = (path: string) => problems[path] ?? serverErrors[path] ?? serverErrors[`data.${path}`];
  const edit = (change: (current: BoxDraft) => BoxDraft) => {
    setServerErrors({});
    setDraft(change);
  };
  const setField = (field: 'title' | 'kind' | 'claimReviewed' | 'claimAuthor' | 'ratingValue' | 'ratingLabel', value: string) =>
    edit((current) => ({ ...current, [field]: value }));
  const setFact = (index: number, change: Partial<FactDraft>) =>
    edit((current) => ({ ...current, facts: current.facts.map((fact, i) => (i === index ? { ...fact, ...change } : fact)) }));
  const otherUses = (stored?.usedBy ?? []).filter((entry) => entry.documentId !== currentEntryId);
  // Articles that show the box once it is published: those that attach it, and the one being edited.
  const articleCount = new Set([...(stored?.usedBy ?? []).map((entry) => entry.documentId), ...(currentEntryId ? [currentEntryId] : [])]).size;
  const unsaved = hasChanges(opened, draft) || verified !== !target?.documentId;

  const requestClose = () => {
    if (unsaved && !saving) setConfirmingDiscard(true);
    else onClose();
  };

  const focusFirstProblem = () => requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    setChecked(true);
    if (Object.keys(draftProblems(draft)).length > 0) {
      focusFirstProblem();
      return;
    }
    setSaving(true);
    try {
      const box = await api.saveBox(target?.documentId, { locale, verified, data: boxInput(draft) });
      toggleNotification({ type: 'success', message: t('box.saved', 'The box “{title}” was saved and published', { title: box.title }) });
      onSaved(box);
    } catch (error) {
      setServerErrors(fieldErrors(error));
      toggleNotification({ type: 'danger', message: errorMessage(error) });
      focusFirstProblem();
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal.Root open={target !== null} onOpenChange={(isOpen: boolean) => !isOpen && requestClose()}>
      <Modal.Content onCloseAutoFocus={returnFocus}>
        <form ref={formRef} onSubmit={save} noValidate>
          <Modal.Header>
            <Modal.Title>{target?.documentId ? t('box.editTitle', 'Edit key-facts box') : t('box.createTitle', 'New key-facts box')}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            {loading ? (
              <Loader>{t('box.loading', 'Loading the box…')}</Loader>
            ) : (
              <Flex direction="column" alignItems="stretch" gap={4}>
                {otherUses.length > 0 && (
                  <Alert variant="warning" closeLabel={t('action.close', 'Close')} title={t('box.sharedTitle', 'This box is used by other articles')}>
                    <Flex direction="column" alignItems="start" gap={1} tag="span">
                      <span>
                        {t('box.sharedBody', 'Saving changes what {count, plural, one {this article shows} other {these # articles show}} too:', {
                          count: otherUses.length,
                        })}
                      </span>
                      <Box tag="ul" paddingLeft={4} style={{ listStyle: 'disc' }}>
                        {otherUses.map((entry) => (
                          <li key={`${entry.documentId}-${entry.locale}`}>{entry.title}</li>
                        ))}
                      </Box>
                    </Flex>
                  </Alert>
                )}
                <Flex gap={4} alignItems="flex-start">
                  <Box flex={2}>
                    <Field.Root name="title" required error={errorAt('title')}>
                      <Field.Label>{t('box.fieldTitle', 'Title')}</Field.Label>
                      <TextInput
                        value={draft.title}
                        maxLength={BOX_TEXT_LIMITS.title}
                        onChange={(event: React.ChangeEvent<HTMLInputElement>) => setField('title', event.target.value)}
                      />
                      <Field.Error />
                    </Field.Root>
                  </Box>
                  <Box flex={1}>
                    <Field.Root name="kind" error={errorAt('kind')}>
                      <Field.Label>{t('box.fieldKind', 'Kind')}</Field.Label>
                      <SingleSelect value={draft.kind} onChange={(kind: string | number) => setField('kind', String(kind))}>
                        {BOX_KINDS.map((kind) => (
                          <SingleSelectOption key={kind} value={kind}>
                            {t(`box.kind.${kind}`, kind)}
                          </SingleSelectOption>
                        ))}
                      </SingleSelect>
                      <Field.Error />
                    </Field.Root>
                  </Box>
                </Flex>

                {draft.kind === 'fact-check' && (
                  <Flex direction="column" alignItems="stretch" gap={3}>
                    <Field.Root name="claimReviewed" error={errorAt('claimReviewed')}>
                      <Field.Label>{t('box.claimReviewed', 'Claim reviewed')}</Field.Label>
                      <Textarea
                        value={draft.claimReviewed}
                        onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setField('claimReviewed', event.target.value)}
                      />
                      <Field.Error />
                    </Field.Root>
                    <Flex gap={3}>
                      <Field.Root name="claimAuthor" error={errorAt('claimAuthor')}>
                        <Field.Label>{t('box.claimAuthor', 'Claim made by')}</Field.Label>
                        <TextInput
                          value={draft.claimAuthor}
                          onChange={(event: React.ChangeEvent<HTMLInputElement>) => setField('claimAuthor', event.target.value)}
                        />
                        <Field.Error />
                      </Field.Root>
                      <Field.Root name="rating.value" error={errorAt('rating.value') ?? errorAt('rating')}>
                        <Field.Label>{t('box.ratingValue', 'Rating (1–5)')}</Field.Label>
                        <SingleSelect value={draft.ratingValue} onChange={(value: string | number) => setField('ratingValue', String(value))}>
                          {['1', '2', '3', '4', '5'].map((value) => (
                            <SingleSelectOption key={value} value={value}>
                              {value}
                            </SingleSelectOption>
                          ))}
                        </SingleSelect>
                        <Field.Error />
                      </Field.Root>
                      <Field.Root name="rating.label" error={errorAt('rating.label')}>
                        <Field.Label>{t('box.ratingLabel', 'Rating label')}</Field.Label>
                        <TextInput
                          value={draft.ratingLabel}
                          onChange={(event: React.ChangeEvent<HTMLInputElement>) => setField('ratingLabel', event.target.value)}
                        />
                        <Field.Error />
                      </Field.Root>
                    </Flex>
                  </Flex>
                )}

                <Typography variant="delta" tag="h3">
                  {t('box.facts', 'Facts')}
                </Typography>
                {errorAt('facts') && (
                  <Typography textColor="danger600" variant="pi">
                    {errorAt('facts')}
                  </Typography>
                )}
                <ReorderableList
                  items={draft.facts.slice(0, factsShown)}
                  label={t('box.factsLabel', 'Facts, in display order')}
                  getKey={(fact) => fact.key}
                  getLabel={(fact) => t('box.factNumber', 'Fact {number}', { number: draft.facts.indexOf(fact) + 1 })}
                  onMove={(from, to) => edit((current) => ({ ...current, facts: moveItem(current.facts, from, to) }))}
                  renderItem={(fact, index, controls) => (
                    <FactEditor
                      fact={fact}
                      index={index}
                      controls={controls}
                      errorAt={errorAt}
                      onChange={(change) => setFact(index, change)}
                      onRemove={
                        draft.facts.length > 1 ? () => edit((current) => ({ ...current, facts: current.facts.filter((_, i) => i !== index) })) : undefined
                      }
                    />
                  )}
                />
                {draft.facts.length < MAX_FACTS && (
                  <Box>
                    <Button
                      variant="secondary"
                      startIcon={<Plus />}
                      onClick={() => edit((current) => ({ ...current, facts: [...current.facts, emptyFact()] }))}
                    >
                      {t('box.addFact', 'Add a fact')}
                    </Button>
                  </Box>
                )}
                <Field.Root
                  name="verified"
                  hint={
                    stored
                      ? t('box.verifiedHint', 'Last verified: {date}', {
                          date: stored.lastVerifiedAt ? formatDate(stored.lastVerifiedAt) : t('box.never', 'never'),
                        })
                      : undefined
                  }
                >
                  <Checkbox checked={verified} onCheckedChange={(value: boolean | 'indeterminate') => setVerified(value === true)}>
                    {t('box.verifiedNow', 'I have verified these facts now')}
                  </Checkbox>
                  <Field.Hint />
                </Field.Root>
              </Flex>
            )}
          </Modal.Body>
          <Modal.Footer>
            <Button variant="tertiary" onClick={requestClose}>
              {t('action.cancel', 'Cancel')}
            </Button>
            <Button type="submit" loading={saving} disabled={loading}>
              {articleCount > 1
                ? t('box.saveShared', 'Save and publish in all {count} articles', { count: articleCount })
                : t('box.save', 'Save and publish box')}
            </Button>
          </Modal.Footer>
        </form>
        <Dialog.Root open={confirmingDiscard} onOpenChange={(isOpen: boolean) => !isOpen && setConfirmingDiscard(false)}>
          <Dialog.Content>
            <Dialog.Header>{t('box.discardTitle', 'Discard your changes?')}</Dialog.Header>
            <Dialog.Body icon={<WarningCircle fill="danger600" />}>
              {t('box.discardBody', 'What you changed in this box is not saved. Close the editor and lose it?')}
            </Dialog.Body>
            <Dialog.Footer>
              <Dialog.Cancel>
                <Button fullWidth variant="tertiary">
                  {t('box.keepEditing', 'Keep editing')}
                </Button>
              </Dialog.Cancel>
              <Dialog.Action>
                <Button fullWidth variant="danger-light" onClick={onClose}>
                  {t('box.discard', 'Discard changes')}
                </Button>
              </Dialog.Action>
            </Dialog.Footer>
          </Dialog.Content>
        </Dialog.Root>
      </Modal.Content>
    </Modal.Root>
  );
};

interface FactEditorProps {
  fact: FactDraft;
  index: number;
  controls: ReorderControls;
  errorAt: (path: string) => string | undefined;
  onChange: (change: Partial<FactDraft>) => void;
  onRemove?: () => void;
}

const FactEditor = ({ fact, index, controls, errorAt, onChange, onRemove }: FactEditorProps) => {
  const t = usePluginMessages();
  const at = (field: string) => `facts.${index}.${field}`;
  const setSource = (sourceIndex: number, change: Partial<FactDraft['sources'][number]>) =>
    onChange({ sources: fact.sources.map((source, i) => (i === sourceIndex ? { ...source, ...change } : source)) });

  return (
    <Flex gap={2} alignItems="flex-start">
      <Flex direction="column" gap={1} paddingTop={6}>
        {controls.dragHandle}
        {controls.moveButtons}
      </Flex>
      <Flex direction="column" alignItems="stretch" gap={2} flex={1}>
        <Field.Root name={at('text')} required error={errorAt(at('text'))}>
          <Field.Label>{t('box.factText', 'Fact {number}', { number: index + 1 })}</Field.Label>
          <Textarea
            value={fact.text}
            maxLength={BOX_TEXT_LIMITS.factText}
            onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => onChange({ text: event.target.value })}
          />
          <Field.Error />
        </Field.Root>
        <Flex gap={2}>
          <Field.Root name={at('label')} error={errorAt(at('label'))}>
            <Field.Label>{t('box.factLabel', 'Label')}</Field.Label>
            <TextInput
              size="S"
              value={fact.label}
              maxLength={BOX_TEXT_LIMITS.factLabel}
              onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange({ label: event.target.value })}
            />
            <Field.Error />
          </Field.Root>
          <Field.Root name={at('date')} error={errorAt(at('date'))}>
            <Field.Label>{t('box.factDate', 'Date')}</Field.Label>
            <TextInput
              size="S"
              type="date"
              value={fact.date}
              onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange({ date: event.target.value })}
            />
            <Field.Error />
          </Field.Root>
        </Flex>
        {fact.sources.map((source, sourceIndex) => (
          <Flex key={source.key} gap={2} alignItems="flex-end">
            <Field.Root name={at(`sources.${sourceIndex}.name`)} error={errorAt(at(`sources.${sourceIndex}.name`))}>
              <Field.Label>{t('box.sourceName', 'Source')}</Field.Label>
              <TextInput
                size="S"
                value={source.name}
                onChange={(event: React.ChangeEvent<HTMLInputElement>) => setSource(sourceIndex, { name: event.target.value })}
              />
              <Field.Error />
            </Field.Root>
            <Field.Root name={at(`sources.${sourceIndex}.url`)} error={errorAt(at(`sources.${sourceIndex}.url`))}>
              <Field.Label>{t('box.sourceUrl', 'Source URL')}</Field.Label>
              <TextInput
                size="S"
                type="url"
                value={source.url}
                onChange={(event: React.ChangeEvent<HTMLInputElement>) => setSource(sourceIndex, { url: event.target.value })}
              />
              <Field.Error />
            </Field.Root>
            <IconButton
              variant="ghost"
              label={t('box.removeSource', 'Remove source {number}', { number: sourceIndex + 1 })}
              onClick={() => onChange({ sources: fact.sources.filter((_, i) => i !== sourceIndex) })}
            >
              <Trash />
            </IconButton>
          </Flex>
        ))}
        <Flex gap={4}>
          <TextButton startIcon={<Plus />} onClick={() => onChange({ sources: [...fact.sources, { key: newKey(), name: '', url: '' }] })}>
            {t('box.addSource', 'Add a source')}
          </TextButton>
          {fact.sources.length === 0 && (
            <Typography variant="pi" textColor="neutral700">
              {t('hint.factWithoutSource', 'This fact cites no source')}
            </Typography>
          )}
        </Flex>
      </Flex>
      {onRemove && (
        <IconButton
          variant="ghost"
          label={t('box.removeFact', 'Remove fact {number}', { number: index + 1 })}
          onClick={() => {
            onRemove();
            controls.focusAfterRemoval();
          }}
        >
          <Trash />
        </IconButton>
      )}
    </Flex>
  );
};
