// The app's devices store. DeviceSettings reads it from here, so DeviceSettings is imported by path (as
// phone/'s components are), not re-exported: the two files would import each other.
import { createDevicesStore } from './devicesStore';

export const useDevices = createDevicesStore();
export { effectiveDevice } from './devicesStore';
