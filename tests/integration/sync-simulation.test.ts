import { simulationSuite } from './sim/suite';

// Issue 4's deterministic simulation (tests/integration/sim/suite.ts): SIM_SCHEDULES, SIM_SEED, SIM_PARALLEL.
simulationSuite(0, 1);
