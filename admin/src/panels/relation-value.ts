/**
 * How the Content Manager's edit form holds a relation: never the related documents themselves
 * (its `transformDocument` turns every relation into `{ connect: [], disconnect: [] }`), only the
 * changes to send. On Save the form replaces each item by its `apiData`, which the Document Service
 * reads as `{ documentId, locale, position }`.
 */
export interface RelationItem {
  apiData: { documentId: string; locale?: string | null; position?: { end: true } };
  /** What the Content Manager shows for the item; not sent. */
  label?: string;
}

export interface RelationValue {
  connect?: RelationItem[];
  disconnect?: RelationItem[];
}

export const EMPTY_RELATION: RelationValue = { connect: [], disconnect: [] };

export const relationItem = (documentId: string, locale: string | null | undefined, label: string, position?: { end: true }): RelationItem => ({
  apiData: { documentId, ...(locale ? { locale } : {}), ...(position ? { position } : {}) },
  label,
});

const ids = (items: RelationItem[] | undefined) => (items ?? []).map((item) => item.apiData.documentId);

/**
 * The documents an ordered relation will hold once saved, from what is stored and the form's change.
 * The panels write a change in one of two forms (see `orderedRelationChange`), so this reads both.
 */
export const orderedRelation = (stored: string[], value: RelationValue | undefined): string[] => {
  const connected = ids(value?.connect);
  if (connected.length > 0) return connected;
  const disconnected = new Set(ids(value?.disconnect));
  return stored.filter((id) => !disconnected.has(id));
};

/**
 * The form value that turns `stored` into `desired`: nothing when they are equal, only the
 * removals when the kept documents stay in order, or else every desired document connected again
 * at the end, in order, which puts the whole list in that order whatever the database.
 */
export const orderedRelationChange = (
  stored: string[],
  desired: { documentId: string; locale: string | null; label: string }[],
  labels: Record<string, { locale: string | null; label: string }>
): RelationValue => {
  const desiredIds = desired.map((item) => item.documentId);
  const removed = stored.filter((id) => !desiredIds.includes(id));
  const disconnect = removed.map((id) => relationItem(id, labels[id]?.locale, labels[id]?.label ?? id));
  const kept = stored.filter((id) => desiredIds.includes(id));
  if (kept.length === desiredIds.length && kept.every((id, index) => desiredIds[index] === id)) {
    return { connect: [], disconnect };
  }
  return { connect: desired.map((item) => relationItem(item.documentId, item.locale, item.label, { end: true })), disconnect };
};

/** The one document a one-to-one relation item points to, when the form changes it. */
export const connectedId = (value: RelationValue | undefined): string | null => value?.connect?.[0]?.apiData.documentId ?? null;

export const moveItem = <T>(items: T[], from: number, to: number): T[] => {
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
};
