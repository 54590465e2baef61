import { errors } from '@strapi/utils';

type Auth = { strategy?: { name?: string } } | undefined;

// Strapi names its content-API token strategy 'content-api-token' (5.x) or 'api-token' (earlier).
export const isApiToken = (auth: Auth) => ['content-api-token', 'api-token'].includes(auth?.strategy?.name ?? '');

export const DRAFTS_FOR_TOKENS_ONLY = 'status: drafts are only available with an API token';

/**
 * Strapi 5's core `find`/`findOne` hand drafts to anyone allowed to read who asks for
 * `?status=draft`. Drafts are not public: only API tokens (previews, build tools) may ask.
 * Use it on the core read routes of every type whose drafts must stay private.
 */
export default (policyContext: { query?: Record<string, unknown>; request?: { query?: Record<string, unknown> }; state?: { auth?: Auth } }) => {
  const status = policyContext.query?.status ?? policyContext.request?.query?.status;
  if (status === undefined || status === 'published') return true;
  if (isApiToken(policyContext.state?.auth)) return true;
  throw new errors.ValidationError(DRAFTS_FOR_TOKENS_ONLY, { errors: [{ path: ['status'], message: DRAFTS_FOR_TOKENS_ONLY, name: 'ValidationError' }] });
};
