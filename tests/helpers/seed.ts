// The playground's demo content, for tests that check against what the demo seeds.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const content = require('../../playground/src/seed/content.js');

export interface SeedReporter {
  slug: string;
  fullName: string;
  bylineMode: 'named' | 'pseudonym' | 'withheld';
  status: 'active' | 'alumni';
  internalNotes: string;
  photoAlt?: string;
  publicEmail?: string;
  en: { jobTitle: string; shortBio: string };
  uk: { jobTitle: string; shortBio: string };
}

export const seedReporters: SeedReporter[] = content.reporters;
export const seedArticles: Array<{ slug: string; credits: Array<{ reporter: string; role: string; note?: string }>; en: { title: string } }> = content.articles;
export const withheldReporter = seedReporters.find((r) => r.bylineMode === 'withheld')!;
