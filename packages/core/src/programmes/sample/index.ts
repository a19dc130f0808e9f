export { SAMPLE_PROGRAMMES } from './programmes.js';
export { SAMPLE_ACTIONS } from './actions.js';
export { SAMPLE_FOCAL_POINTS } from './focal-points.js';
