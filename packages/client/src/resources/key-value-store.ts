import { LocatedResource } from './located.js';

/** PLACEHOLDER (being written): the run's key value store. */
export class KeyValueStoreClient extends LocatedResource {}
