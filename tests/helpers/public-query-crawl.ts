import qs from 'qs';
import type { Core } from '@strapi/strapi';

/**
 * Generates public queries from the running site's schema (content types, components, the
 * GraphQL introspection result) rather than from a hand-written list, so a new attribute or
 * relation is attacked without anyone remembering to add it.
 */

type Attribute = { type: string; relation?: string; target?: string; component?: string; private?: boolean; multiple?: boolean };
type Model = { attributes: Record<string, Attribute> };

/** A scalar reachable from a root: `path` ends with the attribute, `model` is the uid holding it. */
export interface ScalarPath {
  path: string[];
  model: string;
  attribute: string;
  type: string;
  private: boolean;
}

/** A relation, component or media reachable from a root; `target` is null for a polymorphic link. */
export interface LinkPath {
  path: string[];
  target: string | null;
}

export const UPLOAD_FILE = 'plugin::upload.file';
const NOT_FILTERABLE = new Set(['dynamiczone']);

const modelOf = (strapi: Core.Strapi, uid: string): Model | undefined =>
  (strapi.contentTypes as unknown as Record<string, Model>)[uid] ?? (strapi.components as unknown as Record<string, Model>)[uid];

const targetOf = (attribute: Attribute): string | null | undefined => {
  if (attribute.type === 'component') return attribute.component;
  if (attribute.type === 'media') return UPLOAD_FILE;
  if (attribute.type === 'relation') return attribute.relation?.startsWith('morph') ? null : attribute.target;
  return undefined;
};

/** Every scalar and every link within `maxDepth` segments of `root` (a scalar counts as a segment). */
export function walkSchema(strapi: Core.Strapi, root: string, maxDepth = 4): { scalars: ScalarPath[]; links: LinkPath[] } {
  const scalars: ScalarPath[] = [];
  const links: LinkPath[] = [];
  const visit = (uid: string, prefix: string[]) => {
    const model = modelOf(strapi, uid);
    if (!model) return;
    for (const [name, attribute] of Object.entries(model.attributes)) {
      const path = [...prefix, name];
      if (path.length > maxDepth || NOT_FILTERABLE.has(attribute.type)) continue;
      const target = targetOf(attribute);
      if (target === undefined) {
        scalars.push({ path, model: uid, attribute: name, type: attribute.type, private: attribute.private === true });
        continue;
      }
      links.push({ path, target });
      if (target) visit(target, path);
    }
  };
  // `id` is not an attribute but every model has it, and it is filterable.
  const withIds = (uid: string, prefix: string[]) => scalars.push({ path: [...prefix, 'id'], model: uid, attribute: 'id', type: 'integer', private: false });
  visit(root, []);
  withIds(root, []);
  for (const link of links) if (link.target && link.path.length < maxDepth) withIds(link.target, link.path);
  return { scalars, links };
}

/** A deterministic pseudo-random generator (mulberry32), so every run samples the same requests. */
export const seededRandom = (seed: number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** `count` items of `items`, the same ones for the same generator state; all of them if fewer. */
export const sample = <T>(items: T[], count: number, random: () => number): T[] => {
  if (items.length <= count) return items;
  const copy = [...items];
  for (let i = 0; i < count; i += 1) {
    const j = i + Math.floor(random() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, count);
};

export const OPERATORS = ['$eq', '$startsWith', '$contains', '$gte', '$lt', '$null', '$notNull'] as const;

/** A plausible value of the attribute's type, for operators that take one. */
export const sampleValue = (type: string, operator: string): string => {
  if (operator === '$null' || operator === '$notNull') return 'true';
  switch (type) {
    case 'integer':
    case 'biginteger':
    case 'decimal':
    case 'float':
      return '1';
    case 'boolean':
      return 'true';
    case 'date':
      return '2026-01-01';
    case 'datetime':
    case 'timestamp':
      return '2026-01-01T00:00:00.000Z';
    case 'time':
      return '12:00:00';
    default:
      return 'm';
  }
};

/** Nests `leaf` under `path`: ['a','b'] → { a: { b: leaf } }. */
export const nest = (path: string[], leaf: unknown): Record<string, unknown> =>
  path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), leaf) as Record<string, unknown>;

/** The `populate` object that reaches `path` (each link's own populate nested under `populate`), ending in `leaf`. */
export const populateAlong = (path: string[], leaf: unknown): Record<string, unknown> =>
  path.reduceRight<unknown>((inner, key, i) => (i === path.length - 1 ? { [key]: inner } : { [key]: { populate: inner } }), leaf) as Record<string, unknown>;

export const toQueryString = (query: Record<string, unknown>) => qs.stringify(query, { encodeValuesOnly: true });

export interface PublicRoot {
  uid: string;
  /** The collection route, e.g. /api/articles */
  path: string;
}

/**
 * The content types the public role may `find`, with their collection routes: read from the
 * public role's permissions and the registered routes, not listed by hand.
 */
export async function publicRoots(strapi: Core.Strapi): Promise<PublicRoot[]> {
  const role = (await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' }, populate: ['permissions'] })) as {
    permissions: Array<{ action: string }>;
  };
  const actions = new Set(role.permissions.map((p) => p.action));
  const roots: PublicRoot[] = [];
  for (const uid of Object.keys(strapi.contentTypes)) {
    if (!actions.has(`${uid}.find`)) continue;
    const [namespace, rest] = uid.split('::');
    const [owner] = rest.split('.');
    const routers = (namespace === 'plugin' ? strapi.plugin(owner).routes : strapi.api(owner).routes) as unknown as Record<string, { routes: unknown[] }>;
    const routes = Object.values(routers).flatMap((router) => router.routes ?? []);
    const find = (routes as Array<{ method: string; path: string; handler: string; info?: { type?: string } }>).find(
      (r) => r.method === 'GET' && r.handler === `${uid}.find` && r.info?.type !== 'admin'
    );
    if (find) roots.push({ uid, path: `/api${namespace === 'plugin' ? `/${owner}` : ''}${find.path}` });
  }
  return roots;
}

/* ----------------------------- GraphQL ----------------------------- */

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface GqlField {
  name: string;
  args: Array<{ name: string; type: TypeRef }>;
  type: TypeRef;
}
interface GqlType {
  kind: string;
  name: string;
  fields: GqlField[] | null;
  inputFields: Array<{ name: string; type: TypeRef }> | null;
  possibleTypes: Array<{ name: string }> | null;
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }';
export const INTROSPECTION = `{ __schema { queryType { name } types { kind name possibleTypes { name }
  fields { name args { name type { ${TYPE_REF} } } type { ${TYPE_REF} } }
  inputFields { name type { ${TYPE_REF} } } } } }`;

/** The named type under LIST / NON_NULL wrappers. */
export const namedType = (ref: TypeRef): string => ref.name ?? namedType(ref.ofType!);
const named = namedType;
const isList = (ref: TypeRef): boolean => ref.kind === 'LIST' || (ref.ofType ? isList(ref.ofType) : false);

export interface NestedList {
  path: string[];
  filterType: string;
  elementType: string;
}

export class GraphqlSchema {
  readonly types: Map<string, GqlType>;
  readonly queryType: string;

  constructor(introspection: { __schema: { queryType: { name: string }; types: GqlType[] } }) {
    this.types = new Map(introspection.__schema.types.map((t) => [t.name, t]));
    this.queryType = introspection.__schema.queryType.name;
  }

  type(name: string) {
    return this.types.get(name)!;
  }

  queryFields(): GqlField[] {
    return this.type(this.queryType).fields ?? [];
  }

  isLeaf(ref: TypeRef) {
    const kind = this.type(named(ref)).kind;
    return kind === 'SCALAR' || kind === 'ENUM';
  }

  /**
   * The selection set of `typeName` to `depth` object levels: every leaf field, every object
   * field, union members through inline fragments. `argsAt` may add arguments to a field, by path.
   */
  selection(typeName: string, depth: number, argsAt: (path: string[]) => string = () => '', prefix: string[] = []): string {
    const type = this.type(typeName);
    if (type.kind === 'UNION') {
      if (depth <= 0) return '__typename';
      const members = (type.possibleTypes ?? []).map((p) => `... on ${p.name} { ${this.selection(p.name, depth, argsAt, prefix)} }`);
      return ['__typename', ...members].join(' ');
    }
    const parts: string[] = [];
    for (const field of type.fields ?? []) {
      const path = [...prefix, field.name];
      if (this.isLeaf(field.type)) {
        parts.push(field.name);
        continue;
      }
      if (depth <= 1) continue;
      const inner = this.selection(named(field.type), depth - 1, argsAt, path);
      if (inner) parts.push(`${field.name}${argsAt(path)} { ${inner} }`);
    }
    return parts.join(' ');
  }

  /** The leaf fields of an object type (for a small selection at the end of a path). */
  leaves(typeName: string): string {
    return (this.type(typeName).fields ?? [])
      .filter((f) => this.isLeaf(f.type))
      .map((f) => f.name)
      .join(' ');
  }

  /** Paths (from `typeName`) of list fields that take `filters`, with their filter input type. */
  filterableLists(typeName: string, depth: number, prefix: string[] = []): NestedList[] {
    const type = this.type(typeName);
    const out: NestedList[] = [];
    if (depth <= 1 || type.kind !== 'OBJECT') return out;
    for (const field of type.fields ?? []) {
      if (this.isLeaf(field.type)) continue;
      const path = [...prefix, field.name];
      const filters = field.args.find((a) => a.name === 'filters');
      if (filters && isList(field.type)) out.push({ path, filterType: named(filters.type), elementType: named(field.type) });
      out.push(...this.filterableLists(named(field.type), depth - 1, path));
    }
    return out;
  }

  /**
   * Leaf filter paths of a `…FiltersInput` to `depth` levels: each ends at an operator input
   * (`StringFilterInput` …), with the operators it accepts. `and`/`or`/`not` are left out.
   */
  filterLeaves(inputName: string, depth: number, prefix: string[] = []): Array<{ path: string[]; input: string; operators: string[] }> {
    const input = this.type(inputName);
    const out: Array<{ path: string[]; input: string; operators: string[] }> = [];
    for (const field of input.inputFields ?? []) {
      if (['and', 'or', 'not'].includes(field.name)) continue;
      const fieldType = this.type(named(field.type));
      if (fieldType.kind !== 'INPUT_OBJECT') continue;
      const path = [...prefix, field.name];
      if (fieldType.name.endsWith('FiltersInput')) {
        if (depth > 1) out.push(...this.filterLeaves(fieldType.name, depth - 1, path));
      } else {
        out.push({ path, input: inputName, operators: (fieldType.inputFields ?? []).map((f) => f.name) });
      }
    }
    return out;
  }

  /** The `FiltersInput` a filter path (minus its last segment) ends in. */
  filterTypeAt(inputName: string, path: string[]): string {
    return path.reduce((current, key) => named(this.type(current).inputFields!.find((f) => f.name === key)!.type), inputName);
  }
}

/** A GraphQL literal for a JS value: object keys unquoted, strings JSON-quoted. */
export const gqlLiteral = (value: unknown): string => {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${gqlLiteral(v)}`)
      .join(', ')} }`;
  }
  if (Array.isArray(value)) return `[${value.map(gqlLiteral).join(', ')}]`;
  return JSON.stringify(value);
};
