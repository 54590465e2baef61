#!/usr/bin/env node
'use strict';
// The newsroom's command line, run from a Strapi site's directory:
//   npx strapi-newsroom import wordpress <export.xml> [options]
//   npx strapi-newsroom import csv <profiles.csv> [--dry-run] [--overwrite]
//   npx strapi-newsroom export csv <profiles.csv>
// It loads the site's Strapi as Strapi's own scripts do (compiling a TypeScript site first) and
// calls the plugin's `wordpressImport` or `profilesCsv` service, with a progress bar and a summary.
const fs = require('fs');
const path = require('path');
const { parseArgs } = require('util');

const USAGE = `Usage: npx strapi-newsroom import wordpress <export.xml> [options]
       npx strapi-newsroom import csv <profiles.csv> [--dry-run] [--plan <file.json>] [--overwrite]
       npx strapi-newsroom export csv <profiles.csv>

import csv / export csv: reporter profiles as a spreadsheet, one row per profile (see the README's
"Profiles as CSV"). An import with any wrong row writes nothing and lists every problem by row and
column; a second import of the same file changes nothing.

Imports reporters and bylines from a WordPress export (Tools → Export): users, Co-Authors Plus
guest authors and PublishPress Authors authors become reporter profiles; each post's bylines, in
order, become the credits of the entry with the same slug.

Options:
  --dry-run                 work out the plan, print it and write it to --plan; change nothing
  --plan <file.json>        where a dry run writes its plan (default: wordpress-import-plan.json,
                            or profiles-import-plan.json for a CSV)
  --overwrite               write over profiles and bylines an editor changed since the last import
                            (for a CSV: since the row's updatedAt, or the last import of it)
  --create-missing          create the entries no post matches (title, slug, date, status)
  --entry-defaults <json>   fields every created entry gets, e.g. '{"category":"world"}'
  --content-type <uid>      the enabled type posts become (default: the first of contentTypes)
  --match-field <name>      the attribute a post's slug is matched on (default: slug)
  --body-field <name>       with --create-missing: the rich-text attribute (blocks or Markdown)
                            a created entry's body goes to; without it, bodies are left out
  --roles <mapping.json>    PublishPress Authors categories → credit roles: {"categories":{"slug":"role"}}
  --author-categories <csv> PublishPress Authors' ppma_author_relationships table as CSV
                            (post_id,author_term_id,category_slug); a WXR export leaves it out
  --redirects <file>        write the /author/<nicename>/ → profile URL map (.csv or .json)
  --max-size <MiB>          refuse larger files (default: 512)
  -h, --help                show this help`;

const OPTIONS = {
  'dry-run': { type: 'boolean' },
  plan: { type: 'string' },
  overwrite: { type: 'boolean' },
  'create-missing': { type: 'boolean' },
  'entry-defaults': { type: 'string' },
  'content-type': { type: 'string' },
  'match-field': { type: 'string' },
  'body-field': { type: 'string' },
  roles: { type: 'string' },
  'author-categories': { type: 'string' },
  redirects: { type: 'string' },
  'max-size': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

class UsageError extends Error {}

const readText = (file, what) => {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read ${what} "${file}": ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  }
};
const readJson = (file, what) => {
  const text = readText(file, what);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`Cannot read ${what} "${file}": ${error.message}`);
  }
};

/** The command line as the service's options; throws a UsageError naming what is wrong. */
function parseCommand(argv, cwd = process.cwd()) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error.message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  const [command, source, file, ...rest] = positionals;
  const known = ['import wordpress', 'import csv', 'export csv'];
  if (!known.includes(`${command} ${source}`))
    throw new UsageError('The commands are "import wordpress <export.xml>", "import csv <file.csv>" and "export csv <file.csv>"');
  if (!file || rest.length) throw new UsageError(`Name one file: ${command} ${source} <${source === 'wordpress' ? 'export.xml' : 'file.csv'}>`);
  if (source === 'csv') return parseCsvCommand(command, values, path.resolve(cwd, file), cwd);
  const resolve = (name) => path.resolve(cwd, name);
  const maxSize = values['max-size'] === undefined ? undefined : Number(values['max-size']);
  if (maxSize !== undefined && !(maxSize > 0)) throw new UsageError('--max-size must be a number of MiB');
  if (values.redirects && !/\.(csv|json)$/i.test(values.redirects)) throw new UsageError('--redirects names a .csv or .json file');
  let entryDefaults;
  if (values['entry-defaults'] !== undefined) {
    try {
      entryDefaults = JSON.parse(values['entry-defaults']);
    } catch {
      throw new UsageError('--entry-defaults must be a JSON object');
    }
    if (!entryDefaults || typeof entryDefaults !== 'object' || Array.isArray(entryDefaults)) throw new UsageError('--entry-defaults must be a JSON object');
  }
  return {
    action: 'import-wordpress',
    options: {
      file: resolve(file),
      dryRun: Boolean(values['dry-run']),
      overwrite: Boolean(values.overwrite),
      createMissing: Boolean(values['create-missing']),
      entryDefaults,
      contentType: values['content-type'],
      matchField: values['match-field'],
      bodyField: values['body-field'],
      roleMapping: values.roles === undefined ? undefined : readJson(resolve(values.roles), 'the role mapping'),
      authorCategoriesCsv: values['author-categories'] === undefined ? undefined : readText(resolve(values['author-categories']), 'the author categories'),
      maxBytes: maxSize === undefined ? undefined : maxSize * 1024 * 1024,
    },
    planFile: resolve(values.plan ?? 'wordpress-import-plan.json'),
    redirectsFile: values.redirects === undefined ? undefined : resolve(values.redirects),
  };
}

// What the CSV commands take: the WordPress import's own options are refused rather than ignored.
const CSV_OPTIONS = { import: ['dry-run', 'plan', 'overwrite'], export: [] };

function parseCsvCommand(command, values, file, cwd) {
  const refused = Object.keys(values).filter((name) => !CSV_OPTIONS[command].includes(name));
  if (refused.length) throw new UsageError(`${command} csv does not take --${refused.join(', --')}`);
  if (!/\.csv$/i.test(file)) throw new UsageError(`${command} csv names a .csv file`);
  if (command === 'export') return { action: 'export-csv', file };
  return {
    action: 'import-csv',
    options: { file, dryRun: Boolean(values['dry-run']), overwrite: Boolean(values.overwrite) },
    planFile: path.resolve(cwd, values.plan ?? 'profiles-import-plan.json'),
  };
}

const PHASES = { reading: 'Reading the export', profiles: 'Writing profiles', entries: 'Crediting entries' };

/** One line of the progress bar: `Writing profiles [#####-----]  50% 10/20`. */
function progressLine({ phase, done, total }, width = 30) {
  const share = total > 0 ? Math.min(done / total, 1) : 1;
  const filled = Math.round(share * width);
  const count = phase === 'reading' ? `${(done / 1048576).toFixed(1)}/${(total / 1048576).toFixed(1)} MiB` : `${done}/${total}`;
  return `${PHASES[phase].padEnd(19)} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)}% ${count}`;
}

/** Draws the bar in place on a terminal; elsewhere (CI, a log file) prints a line per phase and quarter. */
function progressReporter(stream) {
  let last = '';
  return (progress) => {
    if (stream.isTTY) {
      stream.write(`\r${progressLine(progress)}`);
      if (progress.done >= progress.total) stream.write('\n');
      return;
    }
    const quarter = `${progress.phase}:${progress.total ? Math.floor((4 * progress.done) / progress.total) : 4}`;
    if (quarter !== last) stream.write(`${progressLine(progress)}\n`);
    last = quarter;
  };
}

/** The summary printed at the end. */
function summary(report) {
  const { profiles, entries } = report;
  const verb = report.dryRun ? 'would be' : 'were';
  const lines = [
    report.dryRun ? 'Dry run: nothing was changed.' : 'Import finished.',
    `Profiles: ${profiles.create.length} ${verb} created, ${profiles.update.length} updated, ${profiles.unchanged} unchanged, ${profiles.keptEdited.length} kept as an editor changed them.`,
    `Entries (${report.contentType}): ${entries.credit.length} ${verb} credited, ${entries.create.length} created, ${entries.unchanged} unchanged, ${entries.keptEdited.length} kept as an editor changed them.`,
  ];
  for (const person of profiles.keptEdited) lines.push(`  kept profile: ${person.fullName} (use --overwrite to replace)`);
  for (const entry of entries.keptEdited) lines.push(`  kept bylines: ${entry.post} (use --overwrite to replace)`);
  if (report.unmatched.length) {
    lines.push(`Not imported (${report.unmatched.length}):`);
    for (const { post, person, reason } of report.unmatched) lines.push(`  ${post ?? person}: ${reason}`);
  }
  if (report.avatars.length) lines.push(`Avatars to bring over by hand (${report.avatars.length}): see "avatars" in the plan.`);
  return `${lines.join('\n')}\n`;
}

/** The summary of a profiles CSV import: what it did or would do, or every row problem. */
function csvSummary(report) {
  const { profiles, errors } = report;
  if (errors.length) {
    const lines = [`The file has ${errors.length} problem(s); nothing was imported:`];
    for (const { row, column, message } of errors) lines.push(`  row ${row}${column ? `, ${column}` : ''}: ${message}`);
    return `${lines.join('\n')}\n`;
  }
  const verb = report.dryRun ? 'would be' : 'were';
  const lines = [
    report.dryRun ? 'Dry run: nothing was changed.' : 'Import finished.',
    `Profiles: ${profiles.create.length} ${verb} created, ${profiles.update.length} updated, ${profiles.unchanged} unchanged, ${profiles.keptEdited.length} kept as an editor changed them.`,
  ];
  for (const line of profiles.update) lines.push(`  row ${line.row}: ${line.fullName} (${line.columns.join(', ')})`);
  for (const line of profiles.keptEdited) lines.push(`  kept: row ${line.row}, ${line.fullName} (changed since the row's version; use --overwrite to replace)`);
  return `${lines.join('\n')}\n`;
}

/** Runs a CSV command on the loaded app; returns the exit code. */
async function runCsv(app, command) {
  const service = app.plugin('newsroom').service('profilesCsv');
  if (command.action === 'export-csv') {
    const text = await service.exportCsv();
    fs.writeFileSync(command.file, `\uFEFF${text}`);
    process.stdout.write(`${Math.max(0, text.split('\r\n').length - 2)} profile(s) written to ${command.file}\n`);
    return 0;
  }
  const report = await service.run({
    ...command.options,
    text: readText(command.options.file, 'the profiles file'),
    onProgress: progressReporter(process.stderr),
  });
  if (report.dryRun) fs.writeFileSync(command.planFile, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(csvSummary(report));
  if (report.dryRun) process.stdout.write(`The plan is in ${command.planFile}\n`);
  return report.errors.length ? 1 : 0;
}

async function loadStrapi() {
  const appDir = process.cwd();
  let strapiPackage;
  try {
    strapiPackage = require(require.resolve('@strapi/strapi', { paths: [appDir] }));
  } catch {
    throw new UsageError("Run this from a Strapi site's directory: @strapi/strapi is not installed here");
  }
  const { compileStrapi, createStrapi } = strapiPackage;
  const { distDir } = await compileStrapi({ appDir });
  const app = await createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false }).load();
  if (!app.plugin('newsroom')) {
    await app.destroy();
    throw new UsageError('The newsroom plugin is not enabled on this site (config/plugins)');
  }
  return app;
}

/**
 * Waits (up to 10 s) until the database pool is idle: writes Strapi starts without awaiting them
 * (content history's versions, among others) would otherwise be cut off by `destroy()`.
 */
async function settled(app) {
  const pool = app.db?.connection?.client?.pool;
  if (!pool) return;
  for (let waited = 0; waited < 10000 && pool.numUsed() + pool.numPendingAcquires() > 0; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function main(argv) {
  let command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    process.stderr.write(`${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (command.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let app;
  try {
    app = await loadStrapi();
    if (command.action !== 'import-wordpress') return await runCsv(app, command);
    const report = await app
      .plugin('newsroom')
      .service('wordpressImport')
      .run({ ...command.options, onProgress: progressReporter(process.stderr) });
    if (report.dryRun) fs.writeFileSync(command.planFile, `${JSON.stringify(report, null, 2)}\n`);
    if (command.redirectsFile) {
      const { redirectsFile } = app.plugin('newsroom').service('wordpressImport');
      fs.writeFileSync(command.redirectsFile, redirectsFile(command.redirectsFile, report.redirects));
    }
    process.stdout.write(summary(report));
    if (report.dryRun) process.stdout.write(`The plan is in ${command.planFile}\n`);
    if (command.redirectsFile) process.stdout.write(`${report.redirects.length} redirects written to ${command.redirectsFile}\n`);
    return 0;
  } catch (error) {
    // A refused file or option is the user's to fix: its message, without a stack.
    const expected = error instanceof UsageError || ['ImportInputError', 'ProfileCsvError', 'ValidationError'].includes(error.name);
    const message = error.name === 'ProfileCsvError' && error.row ? `row ${error.row}: ${error.message}` : error.message;
    process.stderr.write(`\n${expected ? message : error.stack}\n`);
    return 1;
  } finally {
    if (app) {
      await settled(app);
      await app.destroy();
    }
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}

module.exports = { parseCommand, progressLine, summary, csvSummary, UsageError };
