import type { Core, Schema } from '@strapi/strapi';
import { REPORTER_UID } from '../content-types';
import { getConfig } from '../plugin-config';
import { withheldText } from '../domain/public-profile';

type Entity = Record<string, unknown>;

/** Every reporter-profile object inside `data`, however deeply populated. */
const collectReporters = (strapi: Core.Strapi, data: unknown, uid: string, found: Entity[]): void => {
  if (Array.isArray(data)) {
    for (const item of data) collectReporters(strapi, item, uid, found);
    return;
  }
  if (!data || typeof data !== 'object') return;
  const entity = data as Entity;
  if (uid === REPORTER_UID) found.push(entity);
  const model = strapi.getModel(uid as never) as Schema.ContentType | Schema.Component | undefined;
  if (!model) return;
  for (const [key, attribute] of Object.entries(model.attributes)) {
    const value = entity[key];
    if (value === undefined || value === null) continue;
    const a = attribute as { type: string; target?: string; component?: string };
    if (a.type === 'relation' && a.target) collectReporters(strapi, value, a.target, found);
    else if (a.type === 'component' && a.component) collectReporters(strapi, value, a.component, found);
    else if (a.type === 'dynamiczone' && Array.isArray(value)) {
      for (const item of value as Entity[]) {
        if (typeof item?.__component === 'string') collectReporters(strapi, item, item.__component, found);
      }
    }
  }
};

/**
 * Reduces every withheld reporter among `reporters` (entities, mutated in place) to the
 * configured withheld text: no name, slug, photo, bio, links or ids. Where an entity lacks
 * `bylineMode` (a request selected other fields), the mode is read from the database, in one
 * query for all of them. `placeholder` fields are set on every redacted entity.
 */
export const redactWithheld = async (strapi: Core.Strapi, reporters: Entity[], placeholder: Entity = {}): Promise<void> => {
  if (reporters.length === 0) return;
  const unknownIds = reporters.filter((r) => r.bylineMode === undefined && typeof r.id === 'number').map((r) => r.id as number);
  const withheldLocales = new Map<number, string>();
  if (unknownIds.length > 0) {
    const rows = await strapi.db.query(REPORTER_UID).findMany({
      where: { id: { $in: [...new Set(unknownIds)] }, bylineMode: 'withheld' },
      select: ['id', 'locale'],
    });
    for (const row of rows) withheldLocales.set(row.id as number, row.locale as string);
  }

  const { withheldBylineText } = getConfig(strapi);
  for (const reporter of reporters) {
    const withheld = reporter.bylineMode === 'withheld' || withheldLocales.has(reporter.id as number);
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
  collectReporters(strapi, data, schema.uid, reporters);
  await redactWithheld(strapi, reporters);
  return data;
};
