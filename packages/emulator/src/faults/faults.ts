import type { IncomingMessage, ServerResponse } from 'node:http';

/** PLACEHOLDER (replaced by the faults work): a rule that makes matching requests fail. */
export interface FaultRule {
  kind: string;
}

export class Faults {
  constructor(readonly rules: FaultRule[]) {}
  readonly interceptor = async (_req: IncomingMessage, _res: ServerResponse, _url: URL): Promise<boolean> => false;
  dispose(): void {}
}
