import * as React from 'react';
import { Button, Checkbox, Field, Flex, Modal, TextInput, Typography } from '@strapi/design-system';
import { useNotification, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { errorMessage, fieldErrors, useNewsroomApi } from '../../api/client';
import type { ReporterSummary } from '../../api/types';
import { getTranslation } from '../../utils/getTranslation';

// Publishing the new profile needs the Content Manager's publish permission on profiles.
const PUBLISH_PROFILES = { publish: [{ action: 'plugin::content-manager.explorer.publish', subject: 'plugin::newsroom.reporter-profile' }] };

interface CreateReporterModalProps {
  /** The name typed in the search, to start from; null when closed. */
  initialName: string | null;
  locale?: string;
  onClose: () => void;
  onCreated: (reporter: ReporterSummary) => void;
}

/** Creates a reporter profile from a name and job title without leaving the article. */
export const CreateReporterModal = ({ initialName, locale, onClose, onCreated }: CreateReporterModalProps) => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const api = useNewsroomApi();
  const [fullName, setFullName] = React.useState('');
  const [jobTitle, setJobTitle] = React.useState('');
  const [publish, setPublish] = React.useState(true);
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  const [saving, setSaving] = React.useState(false);
  const { allowedActions } = useRBAC(PUBLISH_PROFILES);

  React.useEffect(() => {
    if (initialName === null) return;
    setFullName(initialName);
    setJobTitle('');
    setPublish(allowedActions.canPublish);
    setErrors({});
  }, [initialName, allowedActions.canPublish]);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    if (!fullName.trim()) {
      setErrors({ fullName: formatMessage({ id: getTranslation('createReporter.nameRequired'), defaultMessage: 'A name is required' }) });
      return;
    }
    setSaving(true);
    try {
      const reporter = await api.createReporter({ fullName: fullName.trim(), jobTitle: jobTitle.trim() || undefined, locale, publish });
      toggleNotification({
        type: 'success',
        message: formatMessage({ id: getTranslation('createReporter.created'), defaultMessage: '{name} was created and added to the byline' }, { name: reporter.fullName }),
      });
      onCreated(reporter);
    } catch (error) {
      setErrors(fieldErrors(error));
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal.Root open={initialName !== null} onOpenChange={(open: boolean) => !open && onClose()}>
      <Modal.Content>
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
                  defaultMessage: 'A name is enough to credit them now; complete the profile later in the Content Manager.',
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
              <Checkbox checked={publish} disabled={!allowedActions.canPublish} onCheckedChange={(checked: boolean | 'indeterminate') => setPublish(checked === true)}>
                {formatMessage({ id: getTranslation('createReporter.publish'), defaultMessage: 'Publish the profile now, so the byline shows it' })}
              </Checkbox>
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{formatMessage({ id: getTranslation('action.cancel'), defaultMessage: 'Cancel' })}</Button>
            </Modal.Close>
            <Button type="submit" loading={saving}>
              {formatMessage({ id: getTranslation('createReporter.submit'), defaultMessage: 'Create and add' })}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
