import { createDevicesStore } from './devicesStore';

export const useDevices = createDevicesStore();
export { DeviceSettings } from './DeviceSettings';
export { effectiveDevice } from './devicesStore';
