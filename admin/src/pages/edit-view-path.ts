/** Where the Content Manager edits a document. */
export const editViewPath = (uid: string, documentId: string, locale: string | null | undefined) =>
  `/content-manager/collection-types/${uid}/${documentId}${locale ? `?plugins[i18n][locale]=${locale}` : ''}`;
