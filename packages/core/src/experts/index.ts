// Sectors' expert designations: validation and listing (the sample designations are in ../sample).
export * from './designation-list.js';
export * from './validate-expert-designations.js';
