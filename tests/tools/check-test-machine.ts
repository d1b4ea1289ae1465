// The first step of `npm test`: the end-to-end tests' browsers and fonts are there, or installed, or one
// line says what to install, within seconds rather than after a wall of failed launches.
import { E2E_REQUIREMENTS, prepareTestMachine, thisMachine } from './test-machine';

if (!(await prepareTestMachine(E2E_REQUIREMENTS, thisMachine()))) process.exitCode = 1;
