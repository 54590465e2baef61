import * as React from 'react';
import { Box, Button, Checkbox, Field, Flex, Modal, TextInput, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { errorMessage, existingReporter, fieldErrors, useNewsroomApi } from '../../api/client';
import type { ReporterSummary } from '../../api/types';
import { useReturnFocus } from '../../components/useReturnFocus';
import { getTranslation } from '../../utils/getTranslation';

interface CreateReporterModalProps {
  /** The name typed in the search, to start from; null when closed. */
  initialName: string | null;
  /** A profile with the same name (folded, either script) that the search found. */
  existing: ReporterSummary | null;
  locale?: string;
  onClose: () => void;
  /** The reporter to credit: the one created, or the existing one the editor chose instead. */
  onChosen: (reporter: ReporterSummary) => void;
  /** Where focus goes on closing when what opened the modal is gone (a list option). */
  focusFallback?: () => HTMLElement | null;
}

/**
 * Creates a reporter profile from a name and job title without leaving the article. The profile
 * is a draft: nothing public exists until someone completes and publishes it, so an article left
 * unsaved leaves no public profile behind. A name that already has a profile is a second
 * person only when the editor says so, ticking a confirmation (the server refuses it otherwise).
 */
export const CreateReporterModal = ({ initialName, existing: found, locale, onClose, onChosen, focusFallback }: CreateReporterModalProps) => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const api = useNewsroomApi();
  const [fullName, setFullName] = React.useState('');
  const [jobTitle, setJobTitle] = React.useState('');
  const [existing, setExisting] = React.useState<ReporterSummary | null>(null);
  const [confirmed, setConfirmed] = React.useState(false);
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  const [saving, setSaving] = React.useState(false);
  const returnFocus = useReturnFocus(initialName !== null, focusFallback);

  React.useEffect(() => {
    if (initialName === null) return;
    setFullName(initialName);
    setJobTitle('');
    setExisting(found);
    setConfirmed(false);
    setErrors({});
  }, [initialName, found]);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    if (!fullName.trim()) {
      setErrors({ fullName: formatMessage({ id: getTranslation('createReporter.nameRequired'), defaultMessage: 'A name is required' }) });
      return;
    }
    if (existing && !confirmed) {
      setErrors({
        confirmDuplicate: formatMessage({
          id: getTranslation('createReporter.confirmRequired'),
          defaultMessage: 'Tick this to create a second profile, or use the existing one',
        }),
      });
      return;
    }
    setSaving(true);
    try {
      const reporter = await api.createReporter({
        fullName: fullName.trim(),
        jobTitle: jobTitle.trim() || undefined,
        locale,
        publish: false,
        allowDuplicate: Boolean(existing && confirmed),
      });
      toggleNotification({
        type: 'success',
        message: formatMessage(
          { id: getTranslation('createReporter.created'), defaultMessage: '{name} was created as a draft and added to the byline' },
          { name: reporter.fullName }
        ),
      });
      onChosen(reporter);
    } catch (error) {
      // Someone has that name (the search may not have shown them): say so, and ask again.
      const conflict = existingReporter(error);
      if (conflict) {
        setExisting(conflict);
        setConfirmed(false);
        setErrors({});
      } else {
        setErrors(fieldErrors(error));
        toggleNotification({ type: 'danger', message: errorMessage(error) });
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal.Root open={initialName !== null} onOpenChange={(open: boolean) => !open && onClose()}>
      <Modal.Content onCloseAutoFocus={returnFocus}>
        {/* Its own form: Enter here must not submit the article's form behind it. */}
        <form onSubmit={submit} noValidate>
          <Modal.Header>
            <Modal.Title>{formatMessage({ id: getTranslation('createReporter.title'), defaultMessage: 'New reporter' })}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Typography textColor="neutral600">
                {formatMessage({
                  id: getTranslation('createReporter.intro'),
                  defaultMessage: 'A name is enough to credit them now. The profile is saved as a draft: complete and publish it later in the Content Manager.',
                })}
              </Typography>
              <Field.Root name="fullName" required error={errors.fullName}>
                <Field.Label>{formatMessage({ id: getTranslation('createReporter.fullName'), defaultMessage: 'Full name' })}</Field.Label>
                <TextInput value={fullName} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setFullName(event.target.value)} autoFocus />
                <Field.Error />
              </Field.Root>
              <Field.Root name="jobTitle" error={errors.jobTitle}>
                <Field.Label>{formatMessage({ id: getTranslation('createReporter.jobTitle'), defaultMessage: 'Job title' })}</Field.Label>
                <TextInput value={jobTitle} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setJobTitle(event.target.value)} />
                <Field.Error />
              </Field.Root>
              {existing && (
                <Box padding={3} background="warning100" borderColor="warning200" hasRadius role="group" aria-labelledby="newsroom-duplicate-warning">
                  <Flex direction="column" alignItems="stretch" gap={3}>
                    <Typography id="newsroom-duplicate-warning" textColor="neutral800" fontWeight="bold">
                      {formatMessage(
                        { id: getTranslation('createReporter.duplicate'), defaultMessage: 'A reporter named {name} already exists in this language.' },
                        { name: existing.fullName }
                      )}
                    </Typography>
                    <Box>
                      <Button type="button" variant="secondary" onClick={() => onChosen(existing)}>
                        {formatMessage({ id: getTranslation('createReporter.useExisting'), defaultMessage: 'Use {name} instead' }, { name: existing.fullName })}
                      </Button>
                    </Box>
                    <Field.Root name="confirmDuplicate" error={errors.confirmDuplicate}>
                      <Checkbox checked={confirmed} onCheckedChange={(checked: boolean | 'indeterminate') => setConfirmed(checked === true)}>
                        {formatMessage({
                          id: getTranslation('createReporter.confirmDuplicate'),
                          defaultMessage: 'This is a different person: create a second profile with this name',
                        })}
                      </Checkbox>
                      <Field.Error />
                    </Field.Root>
                  </Flex>
                </Box>
              )}
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{formatMessage({ id: getTranslation('action.cancel'), defaultMessage: 'Cancel' })}</Button>
            </Modal.Close>
            <Button type="submit" loading={saving}>
              {existing
                ? formatMessage({ id: getTranslation('createReporter.submitDuplicate'), defaultMessage: 'Create a second profile' })
                : formatMessage({ id: getTranslation('createReporter.submit'), defaultMessage: 'Create and add' })}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
