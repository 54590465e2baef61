import * as React from 'react';
import { Dialog, Flex, Radio, Typography } from '@strapi/design-system';
import { ConfirmDialog, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { errorMessage, useNewsroomApi } from '../api/client';
import type { DirectoryRow } from '../api/types';
import { getTranslation } from '../utils/getTranslation';

interface MergeDialogProps {
  /** The profile and the likely duplicate to merge; null when closed. */
  pair: { reporter: DirectoryRow; duplicate: { documentId: string; fullName: string; slug: string } } | null;
  onClose: () => void;
  onMerged: () => void;
}

/** Merges one of two likely duplicates into the other: its credits move, it is archived. */
export const MergeDialog = ({ pair, onClose, onMerged }: MergeDialogProps) => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const api = useNewsroomApi();
  // Which profile survives: by default the one the editor opened the dialog from.
  const [keep, setKeep] = React.useState<'reporter' | 'duplicate'>('reporter');

  React.useEffect(() => setKeep('reporter'), [pair]);
  if (!pair) return null;

  const profiles = {
    reporter: { documentId: pair.reporter.documentId, label: `${pair.reporter.fullName} (${pair.reporter.slug})` },
    duplicate: { documentId: pair.duplicate.documentId, label: `${pair.duplicate.fullName} (${pair.duplicate.slug})` },
  };
  const target = profiles[keep];
  const source = profiles[keep === 'reporter' ? 'duplicate' : 'reporter'];

  const merge = async () => {
    try {
      await api.mergeReporters({ sourceDocumentId: source.documentId, targetDocumentId: target.documentId });
      toggleNotification({
        type: 'success',
        message: formatMessage(
          { id: getTranslation('merge.done'), defaultMessage: '{source} was merged into {target}' },
          { source: source.label, target: target.label }
        ),
      });
      onMerged();
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    }
  };

  return (
    <Dialog.Root open onOpenChange={(open: boolean) => !open && onClose()}>
      <ConfirmDialog
        title={formatMessage({ id: getTranslation('merge.title'), defaultMessage: 'Merge duplicate reporters' })}
        onConfirm={merge}
        variant="danger-light"
      >
        <Flex direction="column" alignItems="stretch" gap={3}>
          <Typography>{formatMessage({ id: getTranslation('merge.keep'), defaultMessage: 'Which profile do you keep?' })}</Typography>
          <Radio.Group
            aria-label={formatMessage({ id: getTranslation('merge.keep'), defaultMessage: 'Which profile do you keep?' })}
            value={keep}
            onValueChange={(value: string) => setKeep(value as 'reporter' | 'duplicate')}
          >
            <Radio.Item value="reporter">{profiles.reporter.label}</Radio.Item>
            <Radio.Item value="duplicate">{profiles.duplicate.label}</Radio.Item>
          </Radio.Group>
          <Typography textColor="neutral600">
            {formatMessage(
              {
                id: getTranslation('merge.explain'),
                defaultMessage: 'Every credit of {source} moves to {target}, and {source} is archived. This cannot be undone.',
              },
              { source: source.label, target: target.label }
            )}
          </Typography>
        </Flex>
      </ConfirmDialog>
    </Dialog.Root>
  );
};
