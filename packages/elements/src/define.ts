// Registers every tag of the library (a side effect, listed in package.json "sideEffects").
import './components/ngo-card/ngo-card.js';
import './components/ngo-directory/ngo-directory.js';

export { NgoDirectory, NgoCard, NgoOrganizationSelectEvent } from './index.js';
