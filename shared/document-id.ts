/**
 * A Strapi documentId as the plugin accepts one in a URL or a query: Strapi makes them of lowercase
 * letters and digits; imported documents may carry capitals.
 */
const ONE = '[A-Za-z0-9]{1,64}';
export const DOCUMENT_ID_PATTERN = new RegExp(`^${ONE}$`);
/** documentIds separated by commas. */
export const DOCUMENT_ID_LIST_PATTERN = new RegExp(`^${ONE}(,${ONE})*$`);
