export { DeviceSettings } from './DeviceSettings';
export { effectiveDevice, useDevices } from './store';
