export { SettingsScreen } from './SettingsScreen';
export { useSettings, accountId } from './store';
