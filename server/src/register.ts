import type { Core } from '@strapi/strapi';
import { normalizeConfig } from './plugin-config';
import { registerComponents, COMPONENT_UIDS } from './components';
import { KEY_FACTS_UID } from './content-types';
import { STRING_LIST_FIELD } from '../../shared/string-list';
import { newsroomDocumentMiddleware } from './document-middlewares';
import { withheldReporterSanitizer } from './sanitizers/withheld-reporters';
import { registerGraphqlGuards } from './graphql';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = normalizeConfig(strapi);
  registerComponents(strapi, config);
  // Languages, beats and sameAs of a profile: stored as JSON lists, edited one entry per line.
  strapi.customFields.register({ name: STRING_LIST_FIELD, plugin: 'newsroom', type: 'json' });

  // Credits and key facts on every enabled type; no schema edits in the site. Credits are shared by
  // all locales of an article; attached boxes follow the article's locale, like any relation.
  for (const uid of config.contentTypes) {
    const contentType = strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as { attributes: Record<string, unknown> };
    contentType.attributes.credits = {
      type: 'component',
      repeatable: true,
      component: COMPONENT_UIDS.credit,
      pluginOptions: { i18n: { localized: false } },
    };
    contentType.attributes.keyFacts = { type: 'relation', relation: 'manyToMany', target: KEY_FACTS_UID };
  }

  strapi.documents.use(newsroomDocumentMiddleware(strapi));
  strapi.sanitizers.add('content-api.output', withheldReporterSanitizer(strapi) as never);
  registerGraphqlGuards(strapi);
};
