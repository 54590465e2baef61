import * as React from 'react';
import { Avatar, Box, Field, Flex, IconButton, Link, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { ChevronDown, ChevronUp, Trash } from '@strapi/icons';
import { Link as RouterLink } from 'react-router-dom';
import { CREDIT_NOTE_MAX_LENGTH } from '../../../../shared/credit-rules';
import { REPORTER_UID } from '../../../../shared/content-type-uids';
import { mediaUrl } from '../../api/client';
import type { ReporterSummary } from '../../api/types';
import { initials } from '../../components/initials';
import type { ReorderControls } from '../../components/ReorderableList';
import { ReporterIdentity } from '../../components/ReporterIdentity';
import { editViewPath } from '../../pages/edit-view-path';
import { usePluginMessages } from '../../utils/usePluginMessages';
import { ReporterHints } from './ReporterHints';
import type { CreditValue } from './credits';

interface CreditCardProps {
  credit: CreditValue;
  index: number;
  /** The credited reporter, once known (null while a new credit's reporter loads). */
  reporter: ReporterSummary | null;
  /** What the card calls the reporter: the name, or "Reporter" while unknown. */
  name: string;
  roles: readonly string[];
  roleLabel: (role: string) => string;
  editable: boolean;
  /** The entry's locale: a withheld reporter's public byline text is shown in it. */
  locale?: string | null;
  expanded: boolean;
  onToggle: () => void;
  onChange: (change: Partial<CreditValue>) => void;
  onRemove: () => void;
  controls: ReorderControls;
}

/**
 * One credit of the Byline panel. Collapsed, it is one line: name, role, what the public reads for a
 * withheld or pseudonymous reporter, the reorder controls and remove. Expanded, it adds the role
 * select, the note, the reporter's photo and job title, the profile's gaps and its publish link.
 */
export const CreditCard = ({
  credit,
  index,
  reporter,
  name,
  roles,
  roleLabel,
  editable,
  locale,
  expanded,
  onToggle,
  onChange,
  onRemove,
  controls,
}: CreditCardProps) => {
  const t = usePluginMessages();
  const detailsId = React.useId();
  const role = credit.role ?? roles[0];
  const summary = [roleLabel(role), reporter && !reporter.published ? t('status.draft', 'Draft') : null].filter(Boolean).join(' · ');

  return (
    <Flex gap={1} alignItems="flex-start">
      {controls.dragHandle}
      <Flex direction="column" alignItems="stretch" gap={1} flex={1} minWidth={0}>
        <Flex gap={1}>
          <Box minWidth={0} flex={1}>
            <Typography fontWeight="bold" ellipsis tag="p" title={name}>
              {name}
            </Typography>
          </Box>
          <IconButton
            size="XS"
            variant="ghost"
            label={t('byline.details', 'Details of {name}', { name })}
            aria-expanded={expanded}
            aria-controls={detailsId}
            onClick={onToggle}
          >
            {expanded ? <ChevronUp /> : <ChevronDown />}
          </IconButton>
        </Flex>
        <Flex gap={1}>
          <Box minWidth={0} flex={1}>
            <Typography variant="pi" textColor="neutral600" ellipsis tag="p" title={summary}>
              {summary}
            </Typography>
          </Box>
          {controls.moveButtons}
          {editable && (
            <IconButton size="XS" variant="ghost" label={t('byline.remove', 'Remove {name} from the byline', { name })} onClick={onRemove}>
              <Trash />
            </IconButton>
          )}
        </Flex>
        {reporter && <ReporterIdentity reporter={reporter} locale={locale} />}
        {/* Hidden, not unmounted: the toggle's aria-controls always names an element. */}
        <div id={detailsId} hidden={!expanded}>
          <Flex direction="column" alignItems="stretch" gap={2} paddingTop={1} paddingBottom={1}>
            {reporter && (
              <Flex gap={2}>
                <Avatar.Item src={mediaUrl(reporter.photoUrl) ?? undefined} alt="" fallback={initials(name)} />
                {reporter.jobTitle && (
                  <Typography variant="pi" textColor="neutral600" ellipsis tag="p" title={reporter.jobTitle}>
                    {reporter.jobTitle}
                  </Typography>
                )}
              </Flex>
            )}
            <Field.Root name={`credits.${index}.role`}>
              <Field.Label>{t('byline.role', 'Role')}</Field.Label>
              <SingleSelect size="S" value={role} disabled={!editable} onChange={(value: string | number) => onChange({ role: String(value) })}>
                {roles.map((option) => (
                  <SingleSelectOption key={option} value={option}>
                    {roleLabel(option)}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
            {(editable || credit.note) && (
              <Field.Root name={`credits.${index}.note`}>
                <Field.Label>{t('byline.note', 'Note')}</Field.Label>
                <TextInput
                  size="S"
                  maxLength={CREDIT_NOTE_MAX_LENGTH}
                  disabled={!editable}
                  placeholder={t('byline.notePlaceholder', 'e.g. Additional reporting from Kharkiv')}
                  value={credit.note ?? ''}
                  onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange({ note: event.target.value || undefined })}
                />
              </Field.Root>
            )}
            {reporter && <ReporterHints reporter={reporter} />}
            {reporter && !reporter.published && (
              <Link tag={RouterLink} to={editViewPath(REPORTER_UID, reporter.documentId, reporter.locale)}>
                {t('byline.publishProfile', 'Publish the profile of {name}', { name })}
              </Link>
            )}
          </Flex>
        </div>
      </Flex>
    </Flex>
  );
};
