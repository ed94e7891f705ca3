export { DemoCall, DemoCallButton } from './DemoCall';
export { startDemoCall, endDemoCall, useDemo, DEMO_CALL_ID } from './demoCall';
