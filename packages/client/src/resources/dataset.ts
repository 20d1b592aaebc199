import { LocatedResource } from './located.js';

/** PLACEHOLDER (being written): the run's dataset. */
export class DatasetClient extends LocatedResource {}
