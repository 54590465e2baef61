/** An import input the importer refuses (a file that is not WXR, a bad role mapping…): nothing is written. */
export class ImportInputError extends Error {
  name = 'ImportInputError';
}
