export { generateSyntheticDirectory, SYNTHETIC_SIZES, type SyntheticDirectoryOptions } from './generate-directory.js';
export { seededRandom } from './seeded-random.js';
