import { defaultElection } from '../../../src-main/core/default-election';

export const OPTION_IDS = defaultElection.options.map((o) => o.id);
