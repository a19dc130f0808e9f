// Programmes, field offices, focal points and actions: what the main entry exports (no bundled data).
export * from './field-office-coverage.js';
export * from './field-office-detail.js';
export * from './lists.js';
export * from './query-params.js';
export * from './region-names.js';
export * from './validate-programme-data.js';
