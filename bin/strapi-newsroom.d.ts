// Types of what the command line module exports, for its tests.
export class UsageError extends Error {}
export function parseCommand(
  argv: string[],
  cwd?: string
): {
  help?: true;
  action?: 'import-wordpress' | 'import-csv' | 'export-csv';
  file?: string;
  options?: Record<string, unknown>;
  planFile?: string;
  redirectsFile?: string;
};
export function progressLine(progress: { phase: 'reading' | 'profiles' | 'entries'; done: number; total: number }, width?: number): string;
export function summary(report: Record<string, any>): string;
export function csvSummary(report: Record<string, any>): string;
