/**
 * What the Content Manager passes to an edit-view side panel (`PanelComponentProps` of
 * @strapi/content-manager), narrowed to what the newsroom panels read.
 */
export interface PanelProps {
  model: string;
  documentId?: string;
  document?: { locale?: string | null; updatedAt?: string; [key: string]: unknown };
  activeTab: 'draft' | 'published' | null;
  collectionType: string;
}
