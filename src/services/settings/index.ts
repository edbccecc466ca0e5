/** The settings service's public API. */
export { getSettings, saveSettings, saveXrayKey, deleteXrayKey, ADMINISTER_PROJECTS, type SettingsDeps } from './settings-service';
export { SETTINGS_PROPERTY_KEY, loadSettingsForMetrics, readStoredSettings } from './settings-store';
export { escapedRuleCheckJql } from './settings-checks';
