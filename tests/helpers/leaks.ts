import { seedReporters, withheldReporter } from './seed';

const PRIVATE_KEYS = ['internalNotes', 'adminUser', 'searchName', 'facets'];

/**
 * Fails if a public response carries a private field, any reporter's internal notes, or
 * anything that identifies the withheld reporter.
 */
export const expectNoLeaks = (body: unknown, context = '') => {
  const text = JSON.stringify(body);
  for (const key of PRIVATE_KEYS) {
    expect({ context, leakedKey: text.includes(`"${key}"`) ? key : null }).toEqual({ context, leakedKey: null });
  }
  for (const reporter of seedReporters) {
    expect({ context, leak: text.includes(reporter.internalNotes) ? `internalNotes of ${reporter.slug}` : null }).toEqual({ context, leak: null });
  }
  const identity = [
    withheldReporter.fullName,
    withheldReporter.slug,
    withheldReporter.slug.replace(/-/g, '_'),
    withheldReporter.fullName.split(' ').pop()!,
    withheldReporter.en.shortBio,
    withheldReporter.uk.shortBio,
    withheldReporter.publicEmail,
    withheldReporter.photoAlt,
  ].filter((s): s is string => Boolean(s));
  for (const marker of identity) {
    expect({ context, withheldIdentity: text.toLowerCase().includes(marker.toLowerCase()) ? marker : null }).toEqual({
      context,
      withheldIdentity: null,
    });
  }
};
