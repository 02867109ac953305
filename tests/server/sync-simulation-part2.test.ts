import { simulationSuite } from './sim/suite';

// Part 2 of the simulation (tests/server/sim/suite.ts), a separate file so it runs on the other core.
simulationSuite(1, 2);
