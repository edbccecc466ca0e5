/**
 * The post-mortem service: read, save and complete an incident's post-mortem as the user, over the
 * Jira client and the pure domain. Resolvers call these; tests hand in their own ports.
 */
export { getPostmortem, pendingSuggestions, readPostmortemView, tasksOfItems } from './get-postmortem';
export { savePostmortem, type SavePostmortemInput } from './save-postmortem';
export { completePostmortem, type CompletePostmortemInput } from './complete-postmortem';
export { getPostmortemStatus } from './get-postmortem-status';
export { defaultPostmortemPorts, type PostmortemPorts, type PostmortemRequester } from './ports';
export { PROJECT_SETTINGS_PROPERTY_KEY } from './incident-type';
