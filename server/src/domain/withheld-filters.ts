type Filters = Record<string, unknown>;

const NOT_WITHHELD = { bylineMode: { $ne: 'withheld' } };
const LOGICAL = new Set(['$and', '$or']);

/** `filters` on reporter profiles, narrowed to profiles that are not withheld. */
const narrowReporter = (filters: unknown): Filters => ({ $and: [filters, NOT_WITHHELD] });

/** Applies `visit` to each object a filter tree nests under `$and`, `$or` and `$not`. */
const mapLogical = (filters: unknown, visit: (f: Filters) => Filters): unknown => {
  if (!filters || typeof filters !== 'object' || Array.isArray(filters)) return filters;
  const out: Filters = {};
  for (const [key, value] of Object.entries(filters as Filters)) {
    if (LOGICAL.has(key) && Array.isArray(value)) out[key] = value.map((item) => mapLogical(item, visit));
    else if (key === '$not') out[key] = mapLogical(value, visit);
    else out[key] = value;
  }
  return visit(out);
};

/**
 * Public filters must not be an oracle for a withheld reporter's identity
 * (`filters[credits][reporter][fullName][$eq]=…` answering "yes, this article"): every filter
 * that reaches reporter profiles (at the root of a profile query, or through `credits.reporter`
 * of an entry) only matches profiles that are not withheld.
 */
export const guardReporterFilters = (filters: unknown, target: 'reporter' | 'entry'): unknown => {
  if (!filters || typeof filters !== 'object') return filters;
  if (target === 'reporter') return narrowReporter(filters);
  return mapLogical(filters, (level) => {
    const credits = level.credits;
    if (!credits || typeof credits !== 'object') return level;
    const guarded = mapLogical(credits, (creditLevel) =>
      creditLevel.reporter && typeof creditLevel.reporter === 'object' ? { ...creditLevel, reporter: narrowReporter(creditLevel.reporter) } : creditLevel
    );
    return { ...level, credits: guarded };
  });
};
