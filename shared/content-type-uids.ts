/** The UIDs of the plugin's content types and of the credit component, for the server and the admin. */
export const REPORTER_UID = 'plugin::newsroom.reporter-profile';
export const KEY_FACTS_UID = 'plugin::newsroom.key-facts-box';
export const CREDIT_COMPONENT_UID = 'newsroom.credit';
