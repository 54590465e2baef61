import * as React from 'react';
import { Alert, Box, Button, Checkbox, Flex, SingleSelect, SingleSelectOption, Td, Tr, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { errorMessage, useNewsroomApi } from '../api/client';
import type { ImportJobState, ImportReport, ImportReportLine } from '../api/types';
import { usePluginMessages } from '../utils/usePluginMessages';
import { PercentBar } from '../components/PercentBar';
import { ListTable } from './ListTable';

type Kind = ImportJobState['kind'];
const POLL_MS = 500;

/** The kind a file's name suggests: a .csv is a profiles CSV, anything else a WordPress export. */
const kindOf = (file: File): Kind => (/\.csv$/i.test(file.name) ? 'csv' : 'wordpress');

/**
 * The Import tab of the Newsroom page: upload a WordPress export or a profiles CSV, see what a dry
 * run would do, then run it with its progress shown. The server runs one import at a time.
 */
export const ImportTab = () => {
  const t = usePluginMessages();
  const api = useNewsroomApi();
  const { toggleNotification } = useNotification();
  const inputId = React.useId();
  const [file, setFile] = React.useState<File | null>(null);
  const [kind, setKind] = React.useState<Kind>('csv');
  const [overwrite, setOverwrite] = React.useState(false);
  const [createMissing, setCreateMissing] = React.useState(false);
  const [job, setJob] = React.useState<ImportJobState | null>(null);
  // The dry run of the file and options now chosen: the real run is offered only after it.
  const [plan, setPlan] = React.useState<ImportJobState | null>(null);

  const running = job !== null && job.phase !== 'done' && job.phase !== 'failed';

  React.useEffect(() => {
    if (!job || !running) return undefined;
    const timer = setTimeout(() => {
      api
        .importJob(job.id)
        .then((next) => {
          setJob(next);
          if (next.phase === 'done' && next.dryRun) setPlan(next);
          if (next.phase === 'done' && !next.dryRun) toggleNotification({ type: 'success', message: t('import.finished', 'The import is finished.') });
        })
        .catch((error) => {
          setJob(null);
          toggleNotification({ type: 'danger', message: errorMessage(error) });
        });
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [api, job, running, t, toggleNotification]);

  const choose = (event: React.ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null;
    setFile(chosen);
    if (chosen) setKind(kindOf(chosen));
    setJob(null);
    setPlan(null);
  };

  const start = async (dryRun: boolean) => {
    if (!file) return;
    const form = new FormData();
    form.append('kind', kind);
    form.append('dryRun', String(dryRun));
    form.append('overwrite', String(overwrite));
    if (kind === 'wordpress') form.append('createMissing', String(createMissing));
    form.append('file', file);
    if (dryRun) setPlan(null);
    try {
      setJob(await api.startImport(form));
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    }
  };

  const report = job?.phase === 'done' ? job.report : plan?.report;
  const canRun = plan?.phase === 'done' && !running && !(plan.report?.errors?.length ?? 0);

  return (
    <Flex direction="column" alignItems="stretch" gap={6} data-newsroom-import="">
      <Typography textColor="neutral600">
        {t(
          'import.intro',
          'Bring reporters in from a WordPress export (Tools → Export), or create and update profiles from a CSV file (the directory’s Export CSV gives one to start from). A dry run shows what would change; nothing is written until you run the import.'
        )}
      </Typography>
      <Flex gap={4} wrap="wrap" alignItems="flex-end">
        <Flex direction="column" alignItems="stretch" gap={1}>
          <Typography variant="pi" fontWeight="bold" tag="label" htmlFor={inputId}>
            {t('import.file', 'File to import')}
          </Typography>
          <input id={inputId} type="file" accept=".csv,.xml,text/csv,text/xml,application/xml" onChange={choose} disabled={running} />
        </Flex>
        <Box minWidth="240px">
          <SingleSelect
            aria-label={t('import.kind', 'What the file is')}
            value={kind}
            onChange={(value: string | number) => {
              setKind(value === 'wordpress' ? 'wordpress' : 'csv');
              setPlan(null);
            }}
            disabled={running}
          >
            <SingleSelectOption value="csv">{t('import.kind.csv', 'Profiles CSV')}</SingleSelectOption>
            <SingleSelectOption value="wordpress">{t('import.kind.wordpress', 'WordPress export (WXR)')}</SingleSelectOption>
          </SingleSelect>
        </Box>
        <Checkbox
          checked={overwrite}
          disabled={running}
          onCheckedChange={(checked: boolean | 'indeterminate') => {
            setOverwrite(checked === true);
            setPlan(null);
          }}
        >
          {t('import.overwrite', 'Replace what editors changed since the last import')}
        </Checkbox>
        {kind === 'wordpress' && (
          <Checkbox
            checked={createMissing}
            disabled={running}
            onCheckedChange={(checked: boolean | 'indeterminate') => {
              setCreateMissing(checked === true);
              setPlan(null);
            }}
          >
            {t('import.createMissing', 'Create the entries no post matches (title, slug, date, status)')}
          </Checkbox>
        )}
      </Flex>
      <Flex gap={2}>
        <Button variant="secondary" disabled={!file || running} onClick={() => start(true)}>
          {t('import.dryRun', 'Dry run')}
        </Button>
        <Button disabled={!canRun} onClick={() => start(false)}>
          {t('import.run', 'Run the import')}
        </Button>
      </Flex>

      <ImportProgress job={job} />
      {job?.phase === 'failed' && (
        <Alert variant="danger" closeLabel={t('action.close', 'Close')} title={t('import.failed', 'The import stopped')} onClose={() => setJob(null)}>
          {job.error}
        </Alert>
      )}
      {report && <ImportReportView report={report} kind={(job?.phase === 'done' ? job : plan)?.kind ?? kind} />}
    </Flex>
  );
};

/** The phase and count of a running job, in a live region so a screen reader hears it move on. */
const ImportProgress = ({ job }: { job: ImportJobState | null }) => {
  const t = usePluginMessages();
  const phases: Record<ImportJobState['phase'], string> = {
    queued: t('import.phase.queued', 'Starting'),
    reading: t('import.phase.reading', 'Reading the file'),
    profiles: t('import.phase.profiles', 'Profiles'),
    entries: t('import.phase.entries', 'Crediting entries'),
    done: t('import.phase.done', 'Done'),
    failed: t('import.phase.failed', 'Stopped'),
  };
  const share = job && job.total > 0 ? Math.min(100, Math.round((100 * job.done) / job.total)) : job?.phase === 'done' ? 100 : 0;
  const text = job
    ? t('import.progress', '{phase}: {done} of {total}', {
        phase: `${job.dryRun ? `${t('import.dryRun', 'Dry run')} · ` : ''}${phases[job.phase]}`,
        done: job.done,
        total: job.total,
      })
    : '';
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      {job && job.phase !== 'failed' && (
        <PercentBar
          role="progressbar"
          label={t('import.progressLabel', 'Import progress')}
          value={share}
          color="primary600"
          width={{ max: '480px' }}
          height="8px"
        />
      )}
      <Typography variant="pi" role="status" aria-live="polite">
        {text}
      </Typography>
    </Flex>
  );
};

const lineName = (line: ImportReportLine) => line.fullName ?? line.post ?? line.documentId ?? '';

/** What a dry run would do, or what the run did. */
const ImportReportView = ({ report, kind }: { report: ImportReport; kind: Kind }) => {
  const t = usePluginMessages();
  const { profiles, entries, unmatched = [], errors = [] } = report;
  const rows: { what: string; name: string; detail: string }[] = [
    ...profiles.create.map((line) => ({
      what: t('import.report.create', 'New profile'),
      name: lineName(line),
      detail: line.row ? t('import.report.row', 'row {row}', { row: line.row }) : '',
    })),
    ...profiles.update.map((line) => ({ what: t('import.report.update', 'Profile update'), name: lineName(line), detail: (line.columns ?? []).join(', ') })),
    ...profiles.keptEdited.map((line) => ({ what: t('import.report.kept', 'Kept: an editor changed it'), name: lineName(line), detail: '' })),
    ...(entries?.credit ?? []).map((line) => ({ what: t('import.report.credit', 'Bylines to set'), name: lineName(line), detail: '' })),
    ...unmatched.map((item) => ({ what: t('import.report.unmatched', 'Not imported'), name: item.post ?? item.person ?? '', detail: item.reason })),
  ];
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography variant="delta" tag="h2">
        {report.dryRun ? t('import.report.planTitle', 'What the import would do') : t('import.report.doneTitle', 'What the import did')}
      </Typography>
      {errors.length > 0 ? (
        <Alert
          variant="danger"
          closeLabel={t('action.close', 'Close')}
          title={t('import.report.errorsTitle', 'The file has {count, plural, one {# problem} other {# problems}}; nothing will be imported', {
            count: errors.length,
          })}
        >
          {t('import.report.errorsHint', 'Correct these rows and try the dry run again.')}
        </Alert>
      ) : (
        <Typography>
          {t(
            'import.report.summary',
            '{create, plural, one {# profile} other {# profiles}} to create, {update} to update, {unchanged} unchanged, {kept} kept as editors changed them.',
            { create: profiles.create.length, update: profiles.update.length, unchanged: profiles.unchanged, kept: profiles.keptEdited.length }
          )}
          {kind === 'wordpress' && entries
            ? ` ${t('import.report.entries', '{credit, plural, one {# entry} other {# entries}} to credit, {unmatched} not imported.', { credit: entries.credit.length, unmatched: unmatched.length })}`
            : ''}
        </Typography>
      )}
      {errors.length > 0 && (
        <ListTable
          headings={[t('import.report.rowColumn', 'Row'), t('import.report.column', 'Column'), t('import.report.problem', 'Problem')]}
          rowCount={errors.length}
        >
          {errors.map((error, index) => (
            <Tr key={`${error.row}-${error.column}-${index}`}>
              <Td>
                <Typography>{error.row}</Typography>
              </Td>
              <Td>
                <Typography>{error.column ?? '—'}</Typography>
              </Td>
              <Td>
                <Typography>{error.message}</Typography>
              </Td>
            </Tr>
          ))}
        </ListTable>
      )}
      {rows.length > 0 && (
        <ListTable
          headings={[t('import.report.what', 'Change'), t('import.report.name', 'Reporter or entry'), t('import.report.detail', 'Details')]}
          rowCount={rows.length}
        >
          {rows.map((row, index) => (
            <Tr key={index}>
              <Td>
                <Typography>{row.what}</Typography>
              </Td>
              <Td>
                <Typography>{row.name}</Typography>
              </Td>
              <Td>
                <Typography variant="pi">{row.detail}</Typography>
              </Td>
            </Tr>
          ))}
        </ListTable>
      )}
    </Flex>
  );
};
