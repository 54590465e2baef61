import type React from 'react';
import type { StrapiApp } from '@strapi/strapi/admin';
import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import { BulletList, Microphone } from '@strapi/icons';
import { STRING_LIST_FIELD } from '../../shared/string-list';
import { PERMISSIONS } from '../../shared/permissions';
import { PLUGIN_ID } from './pluginId';
import { getTranslation } from './utils/getTranslation';
import { BylinePanel } from './panels/byline/BylinePanel';
import { KeyFactsPanel } from './panels/key-facts/KeyFactsPanel';

export default {
  register(app: StrapiApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Microphone,
      intlLabel: { id: getTranslation('plugin.name'), defaultMessage: 'Newsroom' },
      Component: () => import('./pages/App'),
      permissions: [{ action: PERMISSIONS.read, subject: null }],
    });
    app.registerPlugin({ id: PLUGIN_ID, name: 'Newsroom' });
    // A profile's languages, beats and sameAs (see the server's register), one entry per line.
    app.customFields.register({
      name: STRING_LIST_FIELD,
      pluginId: PLUGIN_ID,
      type: 'json',
      intlLabel: { id: getTranslation('list.fieldName'), defaultMessage: 'List of texts' },
      intlDescription: { id: getTranslation('list.fieldDescription'), defaultMessage: 'A list of short texts, one entry per line' },
      icon: BulletList,
      // Strapi types a custom field's input as a component without props; it passes the field's props.
      components: { Input: async () => import('./fields/StringListInput').then((module) => ({ default: module.default as React.ComponentType })) },
    });
  },

  bootstrap(app: StrapiApp) {
    // Each panel renders nothing on types the plugin did not extend.
    (app.getPlugin('content-manager').apis as ContentManagerPlugin['config']['apis']).addEditViewSidePanel([BylinePanel, KeyFactsPanel]);
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        // A regional admin locale (pt-BR, zh-Hans) reads its language's file when it has none of its own.
        for (const file of [locale, locale.split('-')[0]]) {
          try {
            const { default: data } = await import(`./translations/${file}.json`);
            return { data: prefixKeys(data), locale };
          } catch {
            // no file for this form of the locale
          }
        }
        return { data: {}, locale };
      })
    );
  },
};

const prefixKeys = (data: Record<string, string>) => Object.fromEntries(Object.entries(data).map(([key, value]) => [getTranslation(key), value]));
