import { LocatedResource } from './located.js';

/** PLACEHOLDER (being written): the run's log. */
export class LogClient extends LocatedResource {}
