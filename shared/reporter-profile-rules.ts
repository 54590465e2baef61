import { z } from 'zod/v4';
import { httpUrl, languageTag, plainText, richTextBlocks, slug } from './text-rules';

export const REPORTER_STATUSES = ['active', 'alumni'] as const;
export const BYLINE_MODES = ['named', 'pseudonym', 'withheld'] as const;
export type BylineMode = (typeof BYLINE_MODES)[number];

const email = z.string().max(254, 'must be at most 254 characters').email('must be a valid email address');
const optional = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

/**
 * What a write may set on a reporter profile, field by field. Every field is optional here:
 * updates are partial; `checkProfile` adds the rules that need the whole profile.
 */
export const reporterProfileFields = z
  .object({
    fullName: plainText(120, { min: 1 }),
    slug: optional(slug),
    jobTitle: optional(plainText(120)),
    shortBio: optional(plainText(300)),
    bio: optional(richTextBlocks),
    photoAlt: optional(plainText(250)),
    pronouns: optional(plainText(40)),
    basedIn: optional(plainText(120)),
    languages: optional(z.array(languageTag, { error: 'must be a list of language codes' }).max(30, 'must list at most 30 languages')),
    beats: optional(z.array(plainText(80, { min: 1 }), { error: 'must be a list of topics' }).max(30, 'must list at most 30 beats')),
    sameAs: optional(z.array(httpUrl, { error: 'must be a list of URLs' }).max(20, 'must list at most 20 URLs')),
    socialLinks: optional(
      z
        .array(z.object({ network: plainText(40, { min: 1 }), url: httpUrl }).passthrough(), { error: 'must be a list of {network, url}' })
        .max(20, 'must list at most 20 links')
    ),
    publicEmail: optional(z.union([email, z.literal('')])),
    // `status` is reserved by Strapi on draft & publish types (the draft/published switch).
    staffStatus: z.enum(REPORTER_STATUSES, { error: `must be one of ${REPORTER_STATUSES.join(', ')}` }),
    bylineMode: z.enum(BYLINE_MODES, { error: `must be one of ${BYLINE_MODES.join(', ')}` }),
    noindex: optional(z.boolean({ error: 'must be true or false' })),
    internalNotes: optional(z.string().max(10000, 'must be at most 10000 characters')),
  })
  .partial();

export type ReporterProfileInput = z.infer<typeof reporterProfileFields>;

export interface ProfileIssue {
  path: (string | number)[];
  message: string;
}

/** Rules over the profile as it will be stored (existing values merged with the write). */
export const checkProfile = (profile: { fullName?: unknown; photo?: unknown; photoAlt?: unknown }): ProfileIssue[] => {
  const issues: ProfileIssue[] = [];
  if (typeof profile.fullName !== 'string' || profile.fullName.trim() === '') {
    issues.push({ path: ['fullName'], message: 'is required' });
  }
  const hasPhoto = profile.photo !== null && profile.photo !== undefined && !(Array.isArray(profile.photo) && profile.photo.length === 0);
  if (hasPhoto && (typeof profile.photoAlt !== 'string' || profile.photoAlt.trim() === '')) {
    issues.push({ path: ['photoAlt'], message: 'is required when there is a photo' });
  }
  return issues;
};
