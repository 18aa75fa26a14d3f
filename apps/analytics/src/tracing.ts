import { startTracing } from '@crm/telemetry';

// main.ts imports this first: the instrumentation must be in place before http, undici and pg load.
startTracing('analytics');
