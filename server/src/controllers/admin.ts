import type { Core } from '@strapi/strapi';

// Handlers of the admin routes (routes/admin.ts): parse and validate input, call one service, answer.
export default ({ strapi: _strapi }: { strapi: Core.Strapi }) => ({});
