import type { ReporterSummary } from '../../api/types';
import { connectedId, relationItem, type RelationValue } from '../relation-value';

/**
 * One item of the `credits` repeatable component as the edit form holds it: the component's
 * id once saved, the Content Manager's `__temp_key__`, the role and note, and the reporter relation
 * as a change (`{ connect, disconnect }`; empty for a saved credit whose reporter stays).
 */
export interface CreditValue {
  id?: number;
  __temp_key__?: string;
  role?: string;
  note?: string;
  reporter?: RelationValue;
}

let created = 0;
/** A key unique in the form; the Content Manager only compares and sorts these keys. */
const newTempKey = () => `newsroom-${Date.now().toString(36)}-${(created += 1)}`;

export const newCredit = (reporter: ReporterSummary, role: string): CreditValue => ({
  __temp_key__: newTempKey(),
  role,
  note: undefined,
  reporter: { connect: [relationItem(reporter.documentId, reporter.locale, reporter.fullName)], disconnect: [] },
});

/** The reporter a credit names: the one it connects, else the one stored for its component id. */
export const creditReporter = (
  credit: CreditValue,
  stored: Map<number, ReporterSummary | null>,
  known: Record<string, ReporterSummary>
): ReporterSummary | null => {
  const connected = connectedId(credit.reporter);
  if (connected) return known[connected] ?? null;
  return credit.id !== undefined ? (stored.get(credit.id) ?? null) : null;
};

export const creditKey = (credit: CreditValue, index: number) => credit.__temp_key__ ?? String(credit.id ?? index);
