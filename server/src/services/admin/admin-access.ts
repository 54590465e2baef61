import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { StoredRow as Row } from '../../domain/stored-row';

export type ContentAction = 'read' | 'create' | 'update' | 'publish';

/**
 * The Content Manager's permissions on one content type for the admin behind a request,
 * conditions included (the Author's "only what I created", a role's locales): the plugin's admin
 * routes read and write only what that admin could open and change in the Content Manager. The
 * Content Manager's own permission checker decides, as it does for its own routes.
 */
interface PopulateBuilder {
  populateFromQuery(query: Row): PopulateBuilder;
  build(): Promise<Row>;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const contentManager = () => strapi.plugin('content-manager');
  // A factory: populateBuilder(uid) gives a builder (the Content Manager's populate-builder service).
  const populateBuilder = (uid: string) => (contentManager().service('populate-builder') as unknown as (uid: string) => PopulateBuilder)(uid);
  // The Content Manager's query format (filters, populate) turned into the database's (where, populate).
  const toDatabase = (uid: string, query: Row): Row => strapi.get('query-params').transform(uid, query);

  return {
    /** Checks of `userAbility` (`ctx.state.userAbility`) on the entries of `uid`. */
    of(userAbility: unknown, uid: string) {
      const checker = contentManager().service('permission-checker').create({ userAbility, model: uid });
      const denied = (action: ContentAction) => new errors.ForbiddenError(`You may not ${action} this entry of ${uid}`);

      const assertType = (action: ContentAction) => {
        if (checker.cannot[action]()) throw denied(action);
      };

      return {
        /** Throws 403 unless the admin may do `action` to some entries of the type, whatever their conditions. */
        assertType,

        /**
         * A database `where` keeping only the rows the admin may read (`{}` when nothing limits
         * them); 403 when it may read none of the type.
         */
        async readableWhere(): Promise<Row> {
          assertType('read');
          const { filters } = await checker.sanitizedQuery.read({});
          return filters ? toDatabase(uid, { filters }).where : {};
        },

        /**
         * Throws 403 unless the admin may do every one of `actions` to every row matching `where`
         * (a database `where`). Each row is loaded with what the conditions look at (its creator,
         * say), as the Content Manager does. Returns the rows, which may be none.
         */
        async assert(actions: ContentAction[], where: Row): Promise<Row[]> {
          actions.forEach(assertType);
          // The relations every action's conditions filter on, for instance `createdBy`.
          const filters = await Promise.all(actions.map(async (action) => (await checker.sanitizedQuery[action]({})).filters ?? {}));
          const populate = await populateBuilder(uid)
            .populateFromQuery({ filters: { $and: filters } })
            .build();
          const rows = (await strapi.db.query(uid as UID.Schema).findMany({ where, populate: toDatabase(uid, { populate }).populate })) as Row[];
          for (const row of rows) {
            const forbidden = actions.find((action) => checker.cannot[action](row));
            if (forbidden) throw denied(forbidden);
          }
          return rows;
        },
      };
    },
  };
};
