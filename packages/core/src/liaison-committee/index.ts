// Liaison Committee mandates: validation and listing (the sample mandates are in ../sample).
export * from './mandate-list.js';
export * from './validate-mandates.js';
