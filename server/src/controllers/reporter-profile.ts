import { factories } from '@strapi/strapi';
import { REPORTER_UID } from '../content-types';

/**
 * The core find/findOne of reporter profiles, so Strapi's own `populate` reaches them.
 * Withheld profiles are left out of lists; where one is reached by id the output sanitizer
 * leaves only the withheld text.
 */
export default factories.createCoreController(REPORTER_UID as never, () => ({
  async find(ctx: any) {
    const filters = ctx.query.filters;
    ctx.query = { ...ctx.query, filters: { $and: [...(filters ? [filters] : []), { bylineMode: { $ne: 'withheld' } }] } };
    return super.find(ctx);
  },
}));
