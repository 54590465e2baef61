// What the plugin's admin routes (server/src/routes/admin.ts) answer and accept: the server's admin
// services return these shapes and the admin panels read them, so a change shows on both sides.

export const BOX_KINDS = ['key-facts', 'timeline', 'what-we-know', 'fact-check'] as const;
export type BoxKind = (typeof BOX_KINDS)[number];

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

/** A reporter as the admin panels show one: enough for a byline row and its quality hints. */
export interface ReporterSummary {
  documentId: string;
  locale: string | null;
  fullName: string;
  slug: string;
  jobTitle: string | null;
  photoUrl: string | null;
  bylineMode: string;
  staffStatus: string;
  /** Whether a published version exists (a draft-only reporter is left out of published bylines). */
  published: boolean;
  /** What the profile lacks for a good public byline. */
  missing: ProfileGap[];
}

/** A row of the reporters directory. */
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

/** A key-facts box as the admin edits and shows one. */
export interface BoxSummary {
  documentId: string;
  locale: string | null;
  title: string;
  kind: string;
  lastVerifiedAt: string | null;
  /** Verified longer ago than `staleFactsAfterDays`, or never. */
  stale: boolean;
  published: boolean;
  facts: BoxFact[];
  claimReviewed: string | null;
  claimAuthor: string | null;
  rating: { value: number; label: string } | null;
}

/** An entry of an enabled type (an article) that links to a reporter or a box. */
export interface EntryRef {
  contentType: string;
  documentId: string;
  locale: string | null;
  title: string;
}

export interface BoxWithUsage extends BoxSummary {
  usedBy: EntryRef[];
}

/** A row of the key-facts library: where the box is used (the first few) and how often. */
export interface LibraryRow extends BoxWithUsage {
  usageCount: number;
}

/** What the box editor saves. */
export interface BoxInput {
  title: string;
  kind: string;
  facts: { text: string; label?: string | null; date?: string | null; sources?: { name: string; url: string }[] }[];
  claimReviewed?: string | null;
  claimAuthor?: string | null;
  rating?: { value: number; label: string } | null;
}

/** The plugin config the panels need. */
export interface NewsroomSettings {
  creditRoles: string[];
  staleFactsAfterDays: number;
  contentTypes: string[];
  /** What a withheld reporter's byline reads, per locale (with an `en` text). */
  withheldBylineText: Record<string, string>;
}

/** One entry's stored credits and boxes, for the panels. */
export interface StoredEntry {
  /** Saved credits by component id: the form state holds only the id of each. */
  credits: { id: number; reporter: ReporterSummary | null }[];
  keyFacts: BoxSummary[];
}

/** A problem of an imported profiles CSV: the row as a spreadsheet numbers it (the header is 1) and the column, or null for the whole row. */
export interface ImportRowError {
  row: number;
  column: string | null;
  message: string;
}

/** One profile or entry of an import's report, as the Import tab lists it. */
export interface ImportReportLine {
  fullName?: string;
  post?: string;
  row?: number;
  documentId: string | null;
  columns?: string[];
}

/** What an import did (or, in a dry run, would do): the WordPress import's report or the profiles CSV's. */
export interface ImportReport {
  dryRun: boolean;
  profiles: { create: ImportReportLine[]; update: ImportReportLine[]; unchanged: number; keptEdited: ImportReportLine[] };
  /** WordPress only: the entries whose bylines the import sets. */
  entries?: { credit: ImportReportLine[]; create: ImportReportLine[]; unchanged: number; keptEdited: ImportReportLine[] };
  /** WordPress only: what could not be brought over, with the reason. */
  unmatched?: { post?: string; person?: string; reason: string }[];
  /** CSV only: every row problem; when there is one, nothing was written. */
  errors?: ImportRowError[];
}

/** An import job of the Newsroom page (`GET /newsroom/import/:id`). */
export interface ImportJobState {
  id: string;
  kind: 'wordpress' | 'csv';
  dryRun: boolean;
  phase: 'queued' | 'reading' | 'profiles' | 'entries' | 'done' | 'failed';
  done: number;
  total: number;
  report: ImportReport | null;
  error: string | null;
}
