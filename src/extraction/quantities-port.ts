// The one place extraction reaches into the quantities module, so that extractClaims can take
// another parser (tests, benchmarks) through its options.
export { extractQuantities } from '../quantities/index.js';
