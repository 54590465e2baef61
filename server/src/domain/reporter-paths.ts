import { REPORTER_UID } from '../content-types';

type Entity = Record<string, unknown>;
export type Attribute = { type: string; target?: string; component?: string; components?: string[] };
/** An attribute through which a reporter profile can be reached, and the model(s) behind it. */
export type ReporterPath = { key: string; kind: 'relation' | 'component' | 'dynamiczone'; uid?: string };

/**
 * For every model, the attributes that lead to reporter profiles, at any depth; models that
 * cannot reach one get none, so the sanitizer never walks an article's cover or a box's facts.
 * Computed as a fixed point, which handles cycles.
 */
export const reporterPathsOf = (models: [string, { attributes: Record<string, Attribute> }][]): Map<string, ReporterPath[]> => {
  const reaching = new Set<string>([REPORTER_UID]);
  const leadsIn = (a: Attribute) =>
    (a.type === 'relation' && !!a.target && reaching.has(a.target)) ||
    (a.type === 'component' && !!a.component && reaching.has(a.component)) ||
    (a.type === 'dynamiczone' && (a.components ?? []).some((uid) => reaching.has(uid)));
  for (let grew = true; grew; ) {
    grew = false;
    for (const [uid, model] of models) {
      if (!reaching.has(uid) && Object.values(model.attributes).some(leadsIn)) {
        reaching.add(uid);
        grew = true;
      }
    }
  }
  const paths = new Map<string, ReporterPath[]>();
  for (const [uid, model] of models) {
    const own: ReporterPath[] = [];
    for (const [key, a] of Object.entries(model.attributes)) {
      if (!leadsIn(a)) continue;
      if (a.type === 'dynamiczone') own.push({ key, kind: 'dynamiczone' });
      else own.push({ key, kind: a.type as 'relation' | 'component', uid: a.target ?? a.component });
    }
    paths.set(uid, own);
  }
  return paths;
};

/** Every reporter-profile object inside `data` (of model `uid`), however deeply populated. */
export const collectReporters = (paths: Map<string, ReporterPath[]>, data: unknown, uid: string, found: Entity[]): void => {
  if (Array.isArray(data)) {
    for (const item of data) collectReporters(paths, item, uid, found);
    return;
  }
  if (!data || typeof data !== 'object') return;
  const entity = data as Entity;
  if (uid === REPORTER_UID) found.push(entity);
  for (const { key, kind, uid: target } of paths.get(uid) ?? []) {
    const value = entity[key];
    if (value === undefined || value === null) continue;
    if (kind !== 'dynamiczone') collectReporters(paths, value, target as string, found);
    else if (Array.isArray(value)) {
      for (const item of value as Entity[]) {
        if (typeof item?.__component === 'string') collectReporters(paths, item, item.__component, found);
      }
    }
  }
};
