import { errors } from '@strapi/utils';
import { UPLOAD_FILE_UID } from '../content-types';

/**
 * Defence in depth around withheld reporters, for every public read (REST and GraphQL), whatever
 * the type read. The rows a public request reaches hold no withheld identity (see
 * withheld-identity.ts); what is left of a withheld profile (its ids, timestamps, its place among
 * others) must not answer questions either:
 * - every filter applied to reporter profiles, at any depth (root, `credits.reporter`, inside
 *   `populate`, through `localizations`), only matches profiles that are not withheld;
 * - sorting one type by a reporter's attributes is refused;
 * - polymorphic links (an upload file's `related`) cannot be populated or filtered on: they lead to
 *   any entry of any type, drafts included, past every per-type rule;
 * - filter shapes Strapi would answer with a 500 (an operator given an object) are a 400.
 */

type Attribute = { type: string; relation?: string; target?: string; component?: string; components?: string[] };
type Model = { attributes: Record<string, Attribute> };
type Filters = Record<string, unknown>;

export interface QueryGuardContext {
  getModel: (uid: string) => Model | undefined;
  reporterUid: string;
  /** `$` for REST and the Document Service; GraphQL arguments name operators without it. */
  operatorPrefix: '$' | '';
}

const SCALAR_OPERATORS_WITH_LISTS = new Set(['in', 'notIn', 'between']);

const isObject = (value: unknown): value is Filters => typeof value === 'object' && value !== null && !Array.isArray(value);
const isScalar = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value);
const NUMERIC = new Set(['integer', 'biginteger', 'float', 'decimal', 'id']);
const DATES = new Set(['date', 'datetime', 'time', 'timestamp']);
const TEXT = new Set(['string', 'text', 'richtext', 'email', 'uid', 'enumeration']);
// Structured values: the databases cannot compare or order them (PostgreSQL answers with an error).
const STRUCTURED = new Set(['json', 'blocks']);
const TEXT_MATCH = /^(not)?(contains|startsWith|endsWith)i?$/i;
const BOOLEAN_VALUES = new Set<unknown>([true, false, 'true', 'false', '1', '0', 1, 0]);

/** Whether a value can be compared with a column of this type: the database would fail (a 500) on the rest. */
const fitsType = (type: string, value: unknown): boolean => {
  if (value === null) return true;
  if (NUMERIC.has(type)) return typeof value === 'number' || (typeof value === 'string' && /^-?\d{1,18}(\.\d+)?$/.test(value));
  if (DATES.has(type)) return (typeof value === 'string' || typeof value === 'number') && (type === 'time' || !Number.isNaN(new Date(value).getTime()));
  if (type === 'boolean') return BOOLEAN_VALUES.has(value);
  return true;
};
const isMorphTo = (attribute: Attribute) => attribute.type === 'relation' && /^morphTo/.test(attribute.relation ?? '');

/** The model an attribute leads to, if it is a link (relation, media or component). */
export const targetOf = (attribute: Attribute): string | undefined => {
  if (attribute.type === 'relation') return attribute.target;
  if (attribute.type === 'media') return UPLOAD_FILE_UID;
  if (attribute.type === 'component') return attribute.component;
  return undefined;
};

const refuse = (param: string, path: string[], rule: string): never => {
  const name = param + path.map((key) => `[${key}]`).join('');
  const message = `${name}: ${rule}`;
  throw new errors.ValidationError(message, { errors: [{ path: [param, ...path], message, name: 'ValidationError' }] });
};

export const createQueryGuard = ({ getModel, reporterUid, operatorPrefix: $ }: QueryGuardContext) => {
  const op = (name: string) => `${$}${name}`;
  const notWithheld = (): Filters => ({
    // A credit without a reporter has no mode (a null row of the join); it is not withheld.
    [op('or')]: [{ bylineMode: { [op('null')]: true } }, { bylineMode: { [op('ne')]: 'withheld' } }],
  });
  const attributesOf = (uid: string) => getModel(uid)?.attributes ?? {};

  /**
   * An operator's value must be a value (or a list of values) of the attribute's type, never a
   * nested operator object.
   */
  const checkOperators = (value: unknown, type: string, path: string[]): void => {
    const checkValues = (operand: unknown, at: string[], rule: string) => {
      const values = Array.isArray(operand) ? operand : [operand];
      if (!values.every(isScalar)) refuse('filters', at, rule);
      if (!values.every((v) => fitsType(type, v))) refuse('filters', at, `must be a valid ${type === 'id' ? 'id' : type} value`);
    };
    if (!isObject(value)) {
      if (STRUCTURED.has(type)) refuse('filters', path, `a ${type} attribute can only be filtered with ${op('null')} or ${op('notNull')}`);
      return checkValues(value, path, 'must be a value or a list of values');
    }
    for (const [key, operand] of Object.entries(value)) {
      const name = key.slice($.length);
      if (!key.startsWith($)) refuse('filters', [...path, key], 'is not an operator');
      if (name === 'not') checkOperators(operand, type, [...path, key]);
      else if (name === 'and' || name === 'or') {
        if (!Array.isArray(operand)) refuse('filters', [...path, key], 'must be a list');
        (operand as unknown[]).forEach((item, index) => checkOperators(item, type, [...path, key, String(index)]));
      } else if (name === 'null' || name === 'notNull') {
        if (!BOOLEAN_VALUES.has(operand)) refuse('filters', [...path, key], 'must be true or false');
      } else if (STRUCTURED.has(type)) refuse('filters', [...path, key], `a ${type} attribute can only be filtered with ${op('null')} or ${op('notNull')}`);
      else if (TEXT_MATCH.test(name) && !TEXT.has(type)) refuse('filters', [...path, key], `only applies to text attributes (this one is ${type})`);
      else if (SCALAR_OPERATORS_WITH_LISTS.has(name)) checkValues(operand, [...path, key], 'must be a value or a list of values');
      else if (Array.isArray(operand) || !isScalar(operand)) refuse('filters', [...path, key], 'must be a value, not an object');
      else checkValues(operand, [...path, key], 'must be a value');
    }
  };

  /** Filters on the model `uid`, narrowed wherever they apply to reporter profiles. */
  const guardFilters = (filters: unknown, uid: string, path: string[] = []): unknown => {
    if (!isObject(filters)) return filters;
    const attributes = attributesOf(uid);
    const out: Filters = {};
    for (const [key, value] of Object.entries(filters)) {
      const attribute = key === 'id' ? { type: 'id' } : attributes[key];
      if (!attribute) {
        if ((key === op('and') || key === op('or')) && Array.isArray(value)) {
          out[key] = value.map((item, index) => guardFilters(item, uid, [...path, key, String(index)]));
        } else if (key === op('not')) out[key] = guardFilters(value, uid, [...path, key]);
        else out[key] = value; // Strapi's own validation answers unknown keys with a 400.
        continue;
      }
      const target = targetOf(attribute);
      if (isMorphTo(attribute) || attribute.type === 'dynamiczone') refuse('filters', [...path, key], 'cannot be filtered on');
      if (target) out[key] = guardLink(value, target, [...path, key]);
      else {
        checkOperators(value, attribute.type, [...path, key]);
        out[key] = value;
      }
    }
    return uid === reporterUid ? { [op('and')]: [out, notWithheld()] } : out;
  };

  /**
   * A filter on a link: operators given to the link itself (`reporter: { $null: false }`) are
   * operators on its id, so that the narrowing can sit beside them.
   */
  const guardLink = (value: unknown, target: string, path: string[]): unknown => {
    if (!isObject(value)) return guardFilters({ id: value }, target, path);
    const onId: Filters = {};
    const rest: Filters = {};
    const attributes = attributesOf(target);
    for (const [key, operand] of Object.entries(value)) {
      const logical = key === op('and') || key === op('or') || key === op('not');
      if (!attributes[key] && !logical && (!$ || key.startsWith($))) onId[key] = operand;
      else rest[key] = operand;
    }
    if (Object.keys(onId).length > 0) {
      rest.id = isObject(rest.id) ? { ...rest.id, ...onId } : rest.id === undefined ? onId : { [op('eq')]: rest.id, ...onId };
    }
    return guardFilters(rest, target, path);
  };

  /**
   * Refuses sort paths that go from one model into reporter profiles, through a polymorphic link,
   * or end on what cannot be ordered. Inside a populated link, only the link's own attributes
   * (Strapi's nested joins fail there, with a 500).
   */
  const checkSortPath = (segments: string[], uid: string, nested: boolean) => {
    const shown = segments.join('.');
    if (nested && segments.length > 1) refuse('sort', [shown], 'a populated link sorts by its own attributes only');
    let model = uid;
    for (const [index, segment] of segments.entries()) {
      const attribute = segment === 'id' ? { type: 'id' } : attributesOf(model)[segment];
      if (!attribute) return; // Strapi answers unknown keys itself.
      if (isMorphTo(attribute)) refuse('sort', [shown], 'cannot sort through a polymorphic link');
      const target = targetOf(attribute);
      const last = index === segments.length - 1;
      if (last && (target || STRUCTURED.has(attribute.type) || attribute.type === 'dynamiczone'))
        refuse('sort', [shown], `cannot sort by a ${attribute.type} attribute`);
      if (!target) return;
      if (target === reporterUid && model !== reporterUid) refuse('sort', [shown], "cannot sort by a reporter's attributes");
      model = target;
    }
  };

  const sortPaths = (sort: unknown, prefix: string[] = []): string[][] => {
    if (typeof sort === 'string') return sort.split(',').map((part) => [...prefix, ...part.split(':')[0].trim().split('.')]);
    if (Array.isArray(sort)) return sort.flatMap((item) => sortPaths(item, prefix));
    if (isObject(sort)) return Object.entries(sort).flatMap(([key, value]) => (isObject(value) ? sortPaths(value, [...prefix, key]) : [[...prefix, key]]));
    return [];
  };

  const guardSort = (sort: unknown, uid: string, nested = false) => {
    for (const segments of sortPaths(sort)) checkSortPath(segments, uid, nested);
  };

  /** `*` (or a whole-model populate) on a model with a polymorphic link would follow it. */
  const checkWholeModel = (uid: string, path: string[]) => {
    for (const [key, attribute] of Object.entries(attributesOf(uid))) {
      if (isMorphTo(attribute)) refuse('populate', path, `would populate the polymorphic link "${key}", which is not public`);
    }
  };

  const checkDottedPopulate = (value: string, uid: string, path: string[]) => {
    for (const part of value.split(',')) {
      let model: string | undefined = uid;
      const walked = [...path];
      for (const segment of part.trim().split('.')) {
        if (!model) break;
        if (segment === '*') {
          checkWholeModel(model, walked);
          break;
        }
        walked.push(segment);
        const attribute: Attribute | undefined = attributesOf(model)[segment];
        if (!attribute) break;
        if (isMorphTo(attribute)) refuse('populate', walked, 'is a polymorphic link, which is not public');
        model = targetOf(attribute);
      }
    }
  };

  /** Populate on the model `uid`, with nested filters narrowed and polymorphic links refused. */
  const guardPopulate = (populate: unknown, uid: string, path: string[] = []): unknown => {
    if (typeof populate === 'string') {
      checkDottedPopulate(populate, uid, path);
      return populate;
    }
    if (Array.isArray(populate)) {
      populate.forEach((item) => typeof item === 'string' && checkDottedPopulate(item, uid, path));
      return populate;
    }
    if (!isObject(populate)) return populate;
    const out: Filters = {};
    for (const [key, value] of Object.entries(populate)) {
      if (key === '*') {
        checkWholeModel(uid, [...path, key]);
        out[key] = value;
        continue;
      }
      const attribute = attributesOf(uid)[key];
      if (!attribute) {
        out[key] = value;
        continue;
      }
      if (isMorphTo(attribute)) refuse('populate', [...path, key], 'is a polymorphic link, which is not public');
      if (attribute.type === 'dynamiczone') {
        out[key] = guardDynamicZone(value, [...path, key]);
        continue;
      }
      const target = targetOf(attribute);
      out[key] = target ? guardPopulateNode(value, target, [...path, key]) : value;
    }
    return out;
  };

  const guardPopulateNode = (value: unknown, target: string, path: string[]): unknown => {
    if (value === '*') {
      checkWholeModel(target, path);
      return value;
    }
    if (!isObject(value)) return value;
    const node: Filters = { ...value };
    if (node.filters !== undefined) node.filters = guardFilters(node.filters, target, [...path, 'filters']);
    if (node.sort !== undefined) guardSort(node.sort, target, true);
    if (node.populate !== undefined) node.populate = guardPopulate(node.populate, target, [...path, 'populate']);
    if (node.on !== undefined) node.on = guardDynamicZone({ on: node.on }, path).on;
    return node;
  };

  const guardDynamicZone = (value: unknown, path: string[]): Filters => {
    if (!isObject(value) || !isObject(value.on)) return value as Filters;
    const on = Object.fromEntries(
      Object.entries(value.on).map(([component, node]) => [component, guardPopulateNode(node, component, [...path, 'on', component])])
    );
    return { ...value, on };
  };

  return {
    /**
     * The parameters of one public read of `uid`, guarded. A read of reporter profiles themselves
     * never returns a withheld one.
     */
    guardRead<P extends { filters?: unknown; populate?: unknown; sort?: unknown }>(params: P, uid: string): P {
      const guarded = { ...params };
      if (params.sort !== undefined) guardSort(params.sort, uid);
      if (params.populate !== undefined) guarded.populate = guardPopulate(params.populate, uid);
      if (params.filters !== undefined) guarded.filters = guardFilters(params.filters, uid, []);
      else if (uid === reporterUid) guarded.filters = notWithheld();
      return guarded;
    },
    guardFilters,
    guardSort,
  };
};
