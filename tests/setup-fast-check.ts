// Property tests run on a fixed seed, so a test run is reproducible and CI gives the same answer twice;
// set FC_SEED to explore other random inputs (fast-check prints the seed of any failure it finds).
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED) || 20_261_126 });
