import { useMemo } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { messagesByField } from '../../../shared/validation-error';
import { PLUGIN_ID } from '../pluginId';
import type {
  BoxInput,
  BoxSummary,
  BoxWithUsage,
  DirectoryRow,
  ImportJobState,
  LibraryRow,
  NewsroomSettings,
  Paged,
  ReporterSummary,
  StoredEntry,
} from './types';

type Query = Record<string, string | number | boolean | undefined>;

const withQuery = (path: string, query: Query) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
  const search = params.toString();
  return `/${PLUGIN_ID}${path}${search ? `?${search}` : ''}`;
};

// The admin's settings rarely change while it is open; one request serves every panel.
let settingsRequest: Promise<NewsroomSettings> | null = null;

/** The one way the admin talks to the plugin's admin routes. */
export const useNewsroomApi = () => {
  const { get, post, put } = useFetchClient();
  return useMemo(
    () => ({
      settings: () => {
        settingsRequest ??= get<{ data: NewsroomSettings }>(`/${PLUGIN_ID}/settings`).then((res) => res.data.data);
        settingsRequest.catch(() => (settingsRequest = null));
        return settingsRequest;
      },
      entry: (uid: string, documentId: string, query: { locale?: string; status?: string }) =>
        get<{ data: StoredEntry }>(withQuery(`/entries/${uid}/${documentId}`, query)).then((res) => res.data.data),

      // `exclude`: documentIds the panel already holds, left out by the server so a page is full.
      searchReporters: (query: { search: string; exclude?: string; locale?: string; page?: number; pageSize?: number }) =>
        get<Paged<ReporterSummary>>(withQuery('/reporters/search', query)).then((res) => res.data),
      ownReporter: (locale?: string) => get<{ data: ReporterSummary | null }>(withQuery('/reporters/mine', { locale })).then((res) => res.data.data),
      createReporter: (body: { fullName: string; jobTitle?: string; locale?: string; publish: boolean; allowDuplicate?: boolean }) =>
        post<{ data: ReporterSummary }>(`/${PLUGIN_ID}/reporters`, body).then((res) => res.data.data),
      directory: (query: { search?: string; beat?: string; language?: string; status?: string; locale?: string; page: number }) =>
        get<Paged<DirectoryRow>>(withQuery('/reporters/directory', query)).then((res) => res.data),
      reporterFacets: (locale?: string) =>
        get<{ data: { beats: string[]; languages: string[] } }>(withQuery('/reporters/facets', { locale })).then((res) => res.data.data),
      mergeReporters: (body: { sourceDocumentId: string; targetDocumentId: string }) => post(`/${PLUGIN_ID}/reporters/merge`, body),
      exportProfilesCsv: () => get<Blob>(`/${PLUGIN_ID}/reporters/export.csv`, { responseType: 'blob' }).then((res) => res.data),

      // An import job: the file goes as multipart form data (`file`, `kind`, `dryRun`, `overwrite`).
      startImport: (form: FormData) => post<{ data: ImportJobState }>(`/${PLUGIN_ID}/import`, form).then((res) => res.data.data),
      importJob: (id: string) => get<{ data: ImportJobState }>(`/${PLUGIN_ID}/import/${id}`).then((res) => res.data.data),

      searchBoxes: (query: { search: string; exclude?: string; locale?: string; page?: number; pageSize?: number }) =>
        get<Paged<BoxSummary>>(withQuery('/key-facts-boxes/search', query)).then((res) => res.data),
      box: (documentId: string, locale?: string) =>
        get<{ data: BoxWithUsage }>(withQuery(`/key-facts-boxes/${documentId}`, { locale })).then((res) => res.data.data),
      saveBox: (documentId: string | undefined, body: { locale?: string; verified: boolean; data: BoxInput }) =>
        (documentId
          ? put<{ data: BoxWithUsage }>(`/${PLUGIN_ID}/key-facts-boxes/${documentId}`, body)
          : post<{ data: BoxWithUsage }>(`/${PLUGIN_ID}/key-facts-boxes`, body)
        ).then((res) => res.data.data),
      library: (query: { search?: string; stale?: boolean; locale?: string; page: number }) =>
        get<Paged<LibraryRow>>(withQuery('/key-facts-boxes/library', query)).then((res) => res.data),
    }),
    [get, post, put]
  );
};

export type NewsroomApi = ReturnType<typeof useNewsroomApi>;

/** The message of a failed request: the server's 400 names the field and the rule. */
export const errorMessage = (error: unknown): string => {
  const response = (error as { response?: { data?: { error?: { message?: string } } } })?.response;
  return response?.data?.error?.message ?? (error instanceof Error ? error.message : String(error));
};

/** The profile a refused quick-create names (409): one with the same name already exists. */
export const existingReporter = (error: unknown): ReporterSummary | null => {
  const response = (error as { response?: { status?: number; data?: { error?: { details?: { existing?: ReporterSummary } } } } })?.response;
  return response?.status === 409 ? (response.data?.error?.details?.existing ?? null) : null;
};

/** A failed request's field problems (`details.errors` of Strapi's ValidationError) by field path, in words to show at the field. */
export const fieldErrors = (error: unknown): Record<string, string> => {
  const details = (error as { response?: { data?: { error?: { details?: { errors?: { path: string[]; message: string }[] } } } } })?.response?.data?.error
    ?.details;
  return messagesByField(details?.errors ?? []);
};

/** Media URLs of the local upload provider are relative to the server, which may not serve the admin. */
export const mediaUrl = (url: string | null): string | null => {
  if (!url || /^https?:\/\//.test(url)) return url;
  const backend = (window as unknown as { strapi?: { backendURL?: string } }).strapi?.backendURL ?? '';
  return `${backend}${url}`;
};
