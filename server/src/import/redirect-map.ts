/**
 * The redirect map from a WordPress site's author pages (`/author/<nicename>/`) to the newsroom's
 * profile pages, for the site's web server, as CSV or JSON.
 */
export interface Redirect {
  from: string;
  to: string;
}

export const authorPagePath = (nicename: string): string => `/author/${encodeURIComponent(nicename)}/`;

const csvCell = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export const redirectsCsv = (redirects: Redirect[]): string =>
  ['from,to', ...redirects.map(({ from, to }) => `${csvCell(from)},${csvCell(to)}`)].join('\n') + '\n';

export const redirectsJson = (redirects: Redirect[]): string => `${JSON.stringify(redirects, null, 2)}\n`;

/** The map in the format its file name asks for (`.csv` or `.json`). */
export const redirectsFile = (fileName: string, redirects: Redirect[]): string => {
  if (/\.csv$/i.test(fileName)) return redirectsCsv(redirects);
  if (/\.json$/i.test(fileName)) return redirectsJson(redirects);
  throw new Error(`The redirect map is written as CSV or JSON: name the file …/.csv or …/.json, not "${fileName}"`);
};
