import { simulationSuite } from './sim/suite';

// Part 1 of the simulation (tests/server/sim/suite.ts); part 2 runs beside it in another worker.
simulationSuite(0, 2);
