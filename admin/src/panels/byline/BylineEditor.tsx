import * as React from 'react';
import { Avatar, Box, Flex, TextButton, Typography } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { useForm, useRBAC } from '@strapi/strapi/admin';
import { isSameName, nameMatches } from '../../../../shared/name-search';
import { useIntl } from 'react-intl';
import { mediaUrl, useNewsroomApi } from '../../api/client';
import type { ReporterSummary } from '../../api/types';
import { initials } from '../../components/initials';
import { ReorderableList } from '../../components/ReorderableList';
import { ReporterIdentity } from '../../components/ReporterIdentity';
import { Typeahead } from '../../components/Typeahead';
import { getTranslation } from '../../utils/getTranslation';
import { connectedId, moveItem } from '../relation-value';
import { useSettings } from '../useSettings';
import { useEntryLocale, useStoredEntry } from '../useStoredEntry';
import { CreateReporterModal } from './CreateReporterModal';
import { CreditCard } from './CreditCard';
import { creditKey, creditReporter, newCredit, type CreditValue } from './credits';
import type { PanelProps } from '../panel-props';
import { REPORTER_UID } from '../../../../shared/content-type-uids';

// Creating a reporter from the panel needs the Content Manager's create permission on profiles.
// useRBAC names each allowed action after its last segment: canCreate.
const CREATE_PROFILES = [{ action: 'plugin::content-manager.explorer.create', subject: REPORTER_UID }];

/** What the Byline panel shows and edits; loaded with the first edit view that has it. */
const BylineEditor = ({ model, documentId, document, activeTab, editable }: PanelProps & { editable: boolean }) => {
  const { formatMessage } = useIntl();
  const api = useNewsroomApi();
  const settings = useSettings();
  const locale = useEntryLocale(document?.locale as string | undefined);
  const credits = useForm('BylinePanel', (state) => (state.values as { credits?: CreditValue[] }).credits ?? []);
  const onChange = useForm('BylinePanel', (state) => state.onChange);
  const { entry, loading, failed } = useStoredEntry({ model, documentId, locale, status: activeTab, version: document?.updatedAt as string | undefined });
  // Reporters met in this session (search results, new profiles): what a new credit shows.
  const [known, setKnown] = React.useState<Record<string, ReporterSummary>>({});
  // The create modal's starting name, and the same-name profile the typeahead found for it.
  const [creating, setCreating] = React.useState<{ name: string; existing: ReporterSummary | null } | null>(null);
  const { allowedActions } = useRBAC(CREATE_PROFILES);
  const canCreateReporters = editable && allowedActions.canCreate;
  const panelRef = React.useRef<HTMLDivElement>(null);
  const searchInput = () => panelRef.current?.querySelector<HTMLElement>('input[role="combobox"]') ?? null;

  const stored = React.useMemo(() => new Map(entry.credits.map((credit) => [credit.id, credit.reporter])), [entry]);
  const setCredits = (next: CreditValue[]) => onChange('credits', next);
  const roles = settings?.creditRoles ?? ['author'];
  const roleLabel = (role: string) => formatMessage({ id: getTranslation(`role.${role}`), defaultMessage: role });

  const remember = (reporter: ReporterSummary) => setKnown((current) => ({ ...current, [reporter.documentId]: reporter }));
  // Which credits show their role select and note, by key. A credit added here opens, to set its role.
  const [expanded, setExpanded] = React.useState<ReadonlySet<string>>(new Set());
  const add = (reporter: ReporterSummary, role = roles[0]) => {
    remember(reporter);
    const credit = newCredit(reporter, role);
    setExpanded((current) => new Set(current).add(creditKey(credit, credits.length)));
    setCredits([...credits, credit]);
  };
  const update = (index: number, change: Partial<CreditValue>) => setCredits(credits.map((credit, i) => (i === index ? { ...credit, ...change } : credit)));

  // Reporters already credited are not offered again; the ids as one string, so the search only changes with them.
  const creditedIds = credits
    .map((credit) => connectedId(credit.reporter) ?? (credit.id !== undefined ? stored.get(credit.id)?.documentId : undefined) ?? '')
    .filter(Boolean)
    .join(',');
  // The profile linked to this admin account, if any: offered first, and credited on a new article.
  const [own, setOwn] = React.useState<ReporterSummary | null>(null);
  React.useEffect(() => {
    let current = true;
    api
      .ownReporter(locale)
      .then((reporter) => current && setOwn(reporter))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [api, locale]);
  const search = React.useCallback(
    async (text: string) => {
      const held = creditedIds.split(',');
      const found = (await api.searchReporters({ search: text, exclude: creditedIds || undefined, locale, pageSize: 8 })).data;
      const ownFirst = own && !held.includes(own.documentId) && (!text || nameMatches(text, own.fullName)) ? [own] : [];
      return [...ownFirst, ...found.filter((reporter) => !held.includes(reporter.documentId) && reporter.documentId !== own?.documentId)].slice(0, 8);
    },
    [api, locale, creditedIds, own]
  );
  // A new article starts credited to its Author, once: removing the credit is respected.
  const preCredited = React.useRef(false);
  React.useEffect(() => {
    if (documentId || !editable || !own || preCredited.current) return;
    preCredited.current = true;
    if (credits.length === 0) add(own, roles.includes('author') ? 'author' : roles[0]);
  });
  const sameNamed = (text: string, results: ReporterSummary[]) => results.find((reporter) => isSameName(reporter.fullName, text)) ?? null;
  // A save gives the form's credits new component ids before the stored entry is read again: until
  // then each credit keeps the reporter it showed at its place, instead of flashing "Reporter".
  const shown = React.useRef<(ReporterSummary | null)[]>([]);
  const reporters = credits.map((credit, index) => creditReporter(credit, stored, known) ?? (loading ? (shown.current[index] ?? null) : null));
  React.useEffect(() => {
    if (!loading) shown.current = reporters;
  });
  const reporterOf = (credit: CreditValue) => reporters[credits.indexOf(credit)] ?? null;
  const nameOf = (credit: CreditValue) =>
    reporterOf(credit)?.fullName ?? formatMessage({ id: getTranslation('byline.unknownReporter'), defaultMessage: 'Reporter' });

  return (
    <Flex ref={panelRef} direction="column" alignItems="stretch" gap={3} width="100%" data-newsroom-panel="byline" aria-busy={loading}>
      <Typography variant="pi" textColor="neutral600">
        {formatMessage({
          id: getTranslation('byline.sharedByLocales'),
          defaultMessage: 'Credits, roles and notes are shared by every language of this article: saving one language changes them in all.',
        })}
      </Typography>
      {failed && (
        <Typography textColor="danger600" variant="pi">
          {formatMessage({ id: getTranslation('byline.loadFailed'), defaultMessage: 'The saved credits could not be loaded; reload the page.' })}
        </Typography>
      )}
      {credits.length === 0 ? (
        <Typography textColor="neutral600" variant="pi">
          {formatMessage({ id: getTranslation('byline.empty'), defaultMessage: 'No one is credited yet.' })}
        </Typography>
      ) : (
        <ReorderableList
          items={credits}
          label={formatMessage({ id: getTranslation('byline.listLabel'), defaultMessage: 'Credits, in byline order' })}
          getKey={(credit) => creditKey(credit, credits.indexOf(credit))}
          getLabel={nameOf}
          disabled={!editable}
          compact
          onMove={(from, to) => setCredits(moveItem(credits, from, to))}
          focusWhenEmpty={searchInput}
          renderItem={(credit, index, controls) => {
            const key = creditKey(credit, index);
            return (
              <CreditCard
                credit={credit}
                index={index}
                reporter={reporterOf(credit)}
                name={nameOf(credit)}
                roles={roles}
                roleLabel={roleLabel}
                editable={editable}
                locale={locale}
                expanded={expanded.has(key)}
                onToggle={() =>
                  setExpanded((current) => {
                    const next = new Set(current);
                    if (!next.delete(key)) next.add(key);
                    return next;
                  })
                }
                onChange={(change) => update(index, change)}
                onRemove={() => {
                  setCredits(credits.filter((_, i) => i !== index));
                  controls.focusAfterRemoval();
                }}
                controls={controls}
              />
            );
          }}
        />
      )}
      {editable && (
        <Typeahead<ReporterSummary>
          name="newsroom-add-reporter"
          label={formatMessage({ id: getTranslation('byline.add'), defaultMessage: 'Add a reporter' })}
          placeholder={formatMessage({ id: getTranslation('byline.addPlaceholder'), defaultMessage: 'Type a name…' })}
          search={search}
          getKey={(reporter) => reporter.documentId}
          onSelect={add}
          renderOption={(reporter) => (
            <Flex gap={2}>
              <Avatar.Item src={mediaUrl(reporter.photoUrl) ?? undefined} alt="" fallback={initials(reporter.fullName)} />
              <Box>
                <Typography tag="p">{reporter.fullName}</Typography>
                <Typography variant="pi" textColor="neutral600" tag="p">
                  {[reporter.jobTitle, reporter.published ? null : formatMessage({ id: getTranslation('status.draft'), defaultMessage: 'Draft' })]
                    .filter(Boolean)
                    .join(' · ')}
                </Typography>
                <ReporterIdentity reporter={reporter} locale={locale} />
              </Box>
            </Flex>
          )}
          leadOption={(text, results) => {
            const existing = sameNamed(text, results);
            return existing
              ? {
                  label: formatMessage(
                    { id: getTranslation('byline.useExisting'), defaultMessage: 'Already exists: {name} — use it' },
                    { name: existing.fullName }
                  ),
                  onSelect: () => add(existing),
                }
              : null;
          }}
          extraOption={(text, results) => {
            if (!canCreateReporters) return null;
            const existing = sameNamed(text, results);
            return {
              label: existing
                ? formatMessage({ id: getTranslation('byline.createAnother'), defaultMessage: 'Create another reporter named “{name}”…' }, { name: text })
                : formatMessage({ id: getTranslation('byline.createNamed'), defaultMessage: 'Create a reporter named “{name}”' }, { name: text }),
              onSelect: () => setCreating({ name: text, existing }),
            };
          }}
        />
      )}
      {canCreateReporters && (
        <Box>
          <TextButton startIcon={<Plus />} onClick={() => setCreating({ name: '', existing: null })}>
            {formatMessage({ id: getTranslation('byline.create'), defaultMessage: 'New reporter' })}
          </TextButton>
        </Box>
      )}
      <CreateReporterModal
        initialName={creating?.name ?? null}
        existing={creating?.existing ?? null}
        locale={locale}
        onClose={() => setCreating(null)}
        focusFallback={searchInput}
        onChosen={(reporter) => {
          setCreating(null);
          add(reporter);
        }}
      />
    </Flex>
  );
};

export default BylineEditor;
