// What the plugin's admin routes answer (server/src/routes/admin.ts), as the admin reads it.

export interface Pagination {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

export interface Paged<T> {
  data: T[];
  pagination: Pagination;
}

export type ProfileGap = 'photo' | 'photoAlt' | 'bio' | 'jobTitle' | 'beats' | 'languages' | 'links' | 'basedIn';

export interface ReporterSummary {
  documentId: string;
  locale: string | null;
  fullName: string;
  slug: string;
  jobTitle: string | null;
  photoUrl: string | null;
  bylineMode: string;
  staffStatus: string;
  published: boolean;
  missing: ProfileGap[];
}

export interface DirectoryRow extends ReporterSummary {
  beats: string[];
  languages: string[];
  articleCount: number;
  completeness: number;
  gaps: ProfileGap[];
  duplicates: { documentId: string; fullName: string; slug: string }[];
}

export interface BoxFact {
  text: string;
  label: string | null;
  date: string | null;
  sources: { name: string; url: string }[];
}

export interface BoxSummary {
  documentId: string;
  locale: string | null;
  title: string;
  kind: string;
  lastVerifiedAt: string | null;
  stale: boolean;
  published: boolean;
  facts: BoxFact[];
  claimReviewed: string | null;
  claimAuthor: string | null;
  rating: { value: number; label: string } | null;
}

export interface EntryRef {
  contentType: string;
  documentId: string;
  locale: string | null;
  title: string;
}

export interface BoxWithUsage extends BoxSummary {
  usedBy: EntryRef[];
}

export interface LibraryRow extends BoxWithUsage {
  usageCount: number;
}

export interface BoxInput {
  title: string;
  kind: string;
  facts: { text: string; label: string | null; date: string | null; sources: { name: string; url: string }[] }[];
  claimReviewed: string | null;
  claimAuthor: string | null;
  rating: { value: number; label: string } | null;
}

export interface NewsroomSettings {
  creditRoles: string[];
  staleFactsAfterDays: number;
  contentTypes: string[];
}

export interface StoredEntry {
  /** Saved credits by component id: the form state holds only the id of each. */
  credits: { id: number; reporter: ReporterSummary | null }[];
  keyFacts: BoxSummary[];
}

export const BOX_KINDS = ['key-facts', 'timeline', 'what-we-know', 'fact-check'] as const;
