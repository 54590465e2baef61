/**
 * The documents a relation value in Document Service data points to. The Document Service and
 * the Content Manager accept several shapes: a documentId, an id, `{ documentId }`, `{ id }`,
 * or `{ connect, disconnect, set }` lists of those.
 */
export interface RelationRef {
  documentId?: string;
  id?: number;
}

export interface RelationChange {
  /** What the relation will point to after the write (for `connect`, what is added). */
  refs: RelationRef[];
  /** Whether the write leaves the relation as it is (absent, or an empty connect/disconnect). */
  unchanged: boolean;
  /** Whether the value has a shape the Document Service does not accept. */
  malformed: boolean;
}

const toRef = (value: unknown): RelationRef | null => {
  if (typeof value === 'string' && value.trim()) return { documentId: value };
  if (typeof value === 'number' && Number.isInteger(value)) return { id: value };
  if (value && typeof value === 'object') {
    const { documentId, id } = value as { documentId?: unknown; id?: unknown };
    if (typeof documentId === 'string' && documentId.trim()) return { documentId };
    if (typeof id === 'number' && Number.isInteger(id)) return { id };
    if (typeof id === 'string' && /^\d+$/.test(id)) return { id: Number(id) };
  }
  return null;
};

export const readRelationChange = (value: unknown): RelationChange => {
  if (value === undefined) return { refs: [], unchanged: true, malformed: false };
  if (value === null) return { refs: [], unchanged: false, malformed: false };
  const list = (items: unknown) => (Array.isArray(items) ? items : items === undefined ? [] : [items]);
  if (typeof value === 'object' && !Array.isArray(value) && ('connect' in value || 'disconnect' in value || 'set' in value)) {
    const { connect, disconnect, set } = value as { connect?: unknown; disconnect?: unknown; set?: unknown };
    const items = set !== undefined ? list(set) : list(connect);
    const refs = items.map(toRef);
    const unchanged = set === undefined && list(connect).length === 0 && list(disconnect).length === 0;
    return { refs: refs.filter((r): r is RelationRef => r !== null), unchanged, malformed: refs.includes(null) };
  }
  const items = list(value);
  const refs = items.map(toRef);
  return { refs: refs.filter((r): r is RelationRef => r !== null), unchanged: false, malformed: refs.includes(null) };
};
