export type { AdminClockInfo, AdminRequestInput, AdminRunInput, AdminRunResult, EmulatorAdmin } from './admin/admin.js';
export { type EmulatorProcess, type SpawnEmulatorOptions, spawnEmulator } from './child-process.js';
export { type Clock, systemClock, TIMER_LABELS } from './clock/clock.js';
export { type ClockTimer, ManualClock } from './clock/manual-clock.js';
export type { ActiveFault, FaultAction, FaultMatch, FaultRule, Faults } from './faults/faults.js';
export { ApiError } from './http/api-error.js';
export { type Emulator, type EmulatorOptions, startEmulator } from './server.js';
export type { PlannedStep } from './state/run-record.js';
export type { ActorInfo, CreateRunOptions, EmulatorState } from './state/state.js';
