// The parts of matching the main entry exports: weights and query parsing, no reference data
// (so a widget re-ranking matches in the browser does not bundle the engine).
export * from './weights.js';
export * from './match-query.js';
