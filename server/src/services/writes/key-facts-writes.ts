import type { Core, UID } from '@strapi/strapi';
import { checkBox, keyFactsBoxFields } from '../../../../shared/key-facts-rules';
import type { FieldIssue } from '../../../../shared/validation-error';
import { BOX_POPULATE, KEY_FACTS_UID } from '../../content-types';
import { fieldIssue, throwIfIssues } from '../../domain/validation';
import { writeFieldIssues } from '../../domain/known-fields';
import { localizedDocument } from './localized-document';

type Data = Record<string, unknown>;

/** Validation of every write to a key-facts box, whichever way it comes in. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const documents = localizedDocument(strapi, KEY_FACTS_UID);

  return {
    async prepare(action: 'create' | 'update', params: { documentId?: string; locale?: string; data?: Data }) {
      const data = (params.data ??= {});
      const { stored, isNewLocale } =
        action === 'update' && params.documentId
          ? await documents.findStored(params.documentId, params.locale, { ...BOX_POPULATE, ...documents.sharedPopulate() })
          : { stored: null, isNewLocale: false };
      if (stored && isNewLocale) documents.fillSharedFields(data, stored);

      const issues: FieldIssue[] = writeFieldIssues(data, keyFactsBoxFields, strapi.contentType(KEY_FACTS_UID as UID.ContentType).attributes);
      // A new locale brings its own facts; it does not inherit another locale's.
      const base = stored && !isNewLocale ? stored : {};
      for (const { path, message } of checkBox({ ...base, ...data })) {
        if (!issues.some((issue) => issue.path[0] === path[0])) issues.push(fieldIssue(path, message));
      }
      throwIfIssues(issues);
    },
  };
};
