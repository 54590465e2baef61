/**
 * The checks an entry the import creates in bulk must pass, where the Document Service would have
 * run Strapi's own validation: required fields, text lengths, enumeration values, uid characters,
 * dates, and the credit roles the site allows. Pure, so each rule is tested without Strapi.
 */

export interface AttributeRule {
  type: string;
  required?: boolean;
  maxLength?: number;
  minLength?: number;
  enum?: string[];
  regex?: string;
}

/** What every type has that the import does not write itself. */
const SYSTEM_ATTRIBUTES = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations']);
const TEXT_TYPES = new Set(['string', 'text', 'uid', 'email', 'password', 'richtext']);
// Strapi's default for a uid attribute without its own regex.
const UID_PATTERN = /^[A-Za-z0-9-_.~]*$/;
const DATE_PATTERN = /^\d{4}-\d\d-\d\d$/;

const isEmpty = (value: unknown) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * Why `data` cannot be stored as an entry of a type with these attributes, one message per field
 * (naming it), or [] when it can; a `draft` only (never published) may leave required fields empty. Credits are checked apart (`creditIssues`). Attributes the
 * import cannot write in bulk (relations, media, components, dynamic zones) must be absent.
 */
export const entryIssues = (attributes: Record<string, AttributeRule>, data: Record<string, unknown>, { draft = false } = {}): string[] => {
  const issues: string[] = [];
  for (const [name, rule] of Object.entries(attributes)) {
    if (SYSTEM_ATTRIBUTES.has(name) || name === 'credits') continue;
    const value = data[name];
    if (isEmpty(value)) {
      // As in Strapi, a draft may leave a required field empty; publishing needs it.
      if (rule.required && !draft) issues.push(`${name}: this field is required`);
      continue;
    }
    if (['relation', 'media', 'component', 'dynamiczone'].includes(rule.type)) {
      issues.push(`${name}: a ${rule.type} is not written by the bulk import`);
      continue;
    }
    if (TEXT_TYPES.has(rule.type)) {
      if (typeof value !== 'string') {
        issues.push(`${name}: must be text`);
        continue;
      }
      if (rule.maxLength !== undefined && value.length > rule.maxLength) issues.push(`${name}: must be at most ${rule.maxLength} characters`);
      if (rule.minLength !== undefined && value.length < rule.minLength) issues.push(`${name}: must be at least ${rule.minLength} characters`);
      const pattern = rule.regex ? new RegExp(rule.regex) : rule.type === 'uid' ? UID_PATTERN : null;
      if (pattern && !pattern.test(value)) issues.push(`${name}: does not match the format ${pattern}`);
    } else if (rule.type === 'enumeration') {
      if (!rule.enum?.includes(String(value))) issues.push(`${name}: must be one of ${(rule.enum ?? []).join(', ')}`);
    } else if (rule.type === 'date') {
      if (typeof value !== 'string' || !DATE_PATTERN.test(value) || Number.isNaN(Date.parse(value))) issues.push(`${name}: must be a date (YYYY-MM-DD)`);
    } else if (rule.type === 'datetime') {
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) issues.push(`${name}: must be a date and time`);
    } else if (rule.type === 'boolean') {
      if (typeof value !== 'boolean') issues.push(`${name}: must be true or false`);
    } else if (['integer', 'biginteger', 'float', 'decimal'].includes(rule.type)) {
      if (typeof value !== 'number' || !Number.isFinite(value) || (rule.type === 'integer' && !Number.isInteger(value)))
        issues.push(`${name}: must be a number`);
    }
  }
  for (const name of Object.keys(data)) {
    if (!(name in attributes)) issues.push(`${name}: is not a field of this type`);
  }
  return issues;
};

/** Why these credits cannot be stored: a role the site does not allow, or no reporter. */
export const creditIssues = (credits: { reporter: string; role: string }[], creditRoles: string[]): string[] =>
  credits.flatMap((credit, index) => [
    ...(credit.reporter ? [] : [`credits[${index}].reporter: names no reporter`]),
    ...(creditRoles.includes(credit.role) ? [] : [`credits[${index}].role: "${credit.role}" is not one of ${creditRoles.join(', ')}`]),
  ]);
