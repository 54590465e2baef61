import { unstable_useContentManagerContext, useDocumentRBAC, useForm, useRBAC } from '@strapi/strapi/admin';
import { PERMISSIONS } from '../../../shared/permissions';
import { CREDIT_COMPONENT_UID, KEY_FACTS_UID } from '../../../shared/content-type-uids';

// useRBAC names each allowed action after its last segment: canRead, canUpdate.
const PANEL_PERMISSIONS = [
  { action: PERMISSIONS.panelsRead, subject: null },
  { action: PERMISSIONS.panelsUpdate, subject: null },
];

/**
 * Whether a panel applies to the edit view it is in and what the admin may do with it: shown on
 * the types the plugin extended (they have its field), to roles with the panels' read action;
 * editable where the form is, the role may change the field, and has the panels' update action.
 */
export const usePanelAccess = (field: 'credits' | 'keyFacts') => {
  const { contentType, isCreatingEntry } = unstable_useContentManagerContext();
  const formDisabled = useForm('NewsroomPanel', (state) => state.disabled);
  const fieldsAllowed = useDocumentRBAC('NewsroomPanel', (state) => (isCreatingEntry ? state.canCreateFields : state.canUpdateFields));
  const { allowedActions, isLoading } = useRBAC(PANEL_PERMISSIONS);

  const attribute = contentType?.attributes?.[field] as { type?: string; component?: string; target?: string } | undefined;
  const applies = field === 'credits' ? attribute?.component === CREDIT_COMPONENT_UID : attribute?.target === KEY_FACTS_UID;
  const mayChangeField = fieldsAllowed.some((name) => name === field || name.startsWith(`${field}.`));
  return {
    visible: applies && !isLoading && allowedActions.canRead,
    editable: !formDisabled && mayChangeField && allowedActions.canUpdate,
    isCreatingEntry,
  };
};
