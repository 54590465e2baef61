import type { Core } from '@strapi/strapi';
import { REPORTER_UID } from '../content-types';
import { getConfig } from '../plugin-config';
import { withheldText } from '../domain/public-profile';
import { collectReporters, reporterPathsOf, type Attribute, type ReporterPath } from '../domain/reporter-paths';

type Entity = Record<string, unknown>;

const modelsOf = (strapi: Core.Strapi) =>
  [...Object.entries(strapi.contentTypes), ...Object.entries(strapi.components)] as [string, { attributes: Record<string, Attribute> }][];

const pathsByStrapi = new WeakMap<Core.Strapi, Map<string, ReporterPath[]>>();

/** The reporter paths of this Strapi's models, computed once: the models are fixed after register. */
const reporterPaths = (strapi: Core.Strapi): Map<string, ReporterPath[]> => {
  let paths = pathsByStrapi.get(strapi);
  if (!paths) {
    paths = reporterPathsOf(modelsOf(strapi));
    pathsByStrapi.set(strapi, paths);
  }
  return paths;
};

const withheldRowsByRequest = new WeakMap<object, Promise<Map<number, string>>>();

/**
 * Id → locale of withheld profile rows among `ids`. Inside a request every withheld row is loaded
 * once and shared: Strapi sanitizes a list entry by entry, and a lookup per entry would cost a
 * query per article. Withheld reporters are few, so that one query stays small.
 */
const withheldRows = (strapi: Core.Strapi, ids: number[]): Promise<Map<number, string>> => {
  const load = async (where: Record<string, unknown>) => {
    const rows = await strapi.db.query(REPORTER_UID).findMany({ where: { ...where, bylineMode: 'withheld' }, select: ['id', 'locale'] });
    return new Map(rows.map((row) => [row.id as number, row.locale as string]));
  };
  const request = strapi.requestContext.get();
  if (!request) return load({ id: { $in: ids } });
  let rows = withheldRowsByRequest.get(request);
  if (!rows) {
    rows = load({});
    withheldRowsByRequest.set(request, rows);
  }
  return rows;
};

/**
 * Reduces every withheld reporter among `reporters` (entities, mutated in place) to the
 * configured withheld text: no name, slug, photo, bio, links or ids. Where an entity lacks
 * `bylineMode` (a request selected other fields), the mode is read from the database.
 * `placeholder` fields are set on every redacted entity.
 */
export const redactWithheld = async (strapi: Core.Strapi, reporters: Entity[], placeholder: Entity = {}): Promise<void> => {
  if (reporters.length === 0) return;
  const unknownIds = reporters.filter((r) => r.bylineMode === undefined && typeof r.id === 'number').map((r) => r.id as number);
  const withheldLocales = unknownIds.length > 0 ? await withheldRows(strapi, [...new Set(unknownIds)]) : new Map<number, string>();

  const { withheldBylineText } = getConfig(strapi);
  for (const reporter of reporters) {
    const withheld = reporter.bylineMode === 'withheld' || (reporter.bylineMode === undefined && withheldLocales.has(reporter.id as number));
    // An entity whose fields were all filtered away (no id, no mode) cannot be told apart; drop its identity.
    const unknowable = reporter.bylineMode === undefined && typeof reporter.id !== 'number';
    if (!withheld && !unknowable) continue;
    const locale = typeof reporter.locale === 'string' ? reporter.locale : withheldLocales.get(reporter.id as number);
    for (const key of Object.keys(reporter)) delete reporter[key];
    Object.assign(reporter, placeholder);
    if (withheld) Object.assign(reporter, { bylineMode: 'withheld', fullName: withheldText(withheldBylineText, locale) });
  }
};

/**
 * A content-API output sanitizer: wherever a withheld reporter appears (core routes, any populate
 * depth, the plugin's own routes), only the configured withheld text is left.
 */
export const withheldReporterSanitizer = (strapi: Core.Strapi) => (schema: { uid: string }) => async (data: unknown) => {
  const reporters: Entity[] = [];
  collectReporters(reporterPaths(strapi), data, schema.uid, reporters);
  await redactWithheld(strapi, reporters);
  return data;
};
