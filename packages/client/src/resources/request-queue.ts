import { LocatedResource } from './located.js';

/** PLACEHOLDER (being written): the run's request queue. */
export class RequestQueueClient extends LocatedResource {}
