export { groupRankings } from './group';
export { tally } from './tally';
export { tallyElection, tallyRankings } from './election';
export { TallyInputError } from './profile';
export { KEMENY_MAX_ORDERS, KEMENY_MAX_OPTIONS } from './kemeny';
export type * from './types';
