/** The SIP 2020-2021 ballot of the cooperative Smart, embedded so the app works out of the box. */
import raw from '../../assets/default-election.json';
import { ElectionSchema, type Election } from '../../shared/domain/election';

export const defaultElection: Election = ElectionSchema.parse(raw);
