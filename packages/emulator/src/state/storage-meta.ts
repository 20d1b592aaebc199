import type { GeneralAccess } from '@apify-runs/types';
import { newSigningSecret } from '../access/url-signing.js';

/** Metadata every storage has; `touch` keeps the three timestamps honest. */
export class StorageMeta {
  name: string | null;
  generalAccess: GeneralAccess = 'FOLLOW_USER_SETTING';
  /** Signs URLs that grant reading without a token (never listed by `common()`: only the owner may see it). */
  readonly urlSigningSecretKey = newSigningSecret();
  readonly createdAt: Date;
  modifiedAt: Date;
  accessedAt: Date;

  constructor(
    readonly id: string,
    name: string | null,
    readonly userId: string,
    readonly actId: string | null,
    readonly actRunId: string | null,
    now = new Date(),
  ) {
    this.name = name;
    this.createdAt = now;
    this.modifiedAt = now;
    this.accessedAt = now;
  }

  touch(modified: boolean, now = new Date()): void {
    this.accessedAt = now;
    if (modified) this.modifiedAt = now;
  }

  /** Applies an update body (`name`, `generalAccess`). */
  update(patch: { name?: string | null; generalAccess?: GeneralAccess }): void {
    if (patch.name !== undefined) this.name = patch.name;
    if (patch.generalAccess !== undefined) this.generalAccess = patch.generalAccess;
    this.touch(true);
  }

  /** Fields shared by the Dataset, KeyValueStore and RequestQueue API objects. */
  common(baseUrl: string, consolePath: string) {
    return {
      id: this.id,
      name: this.name,
      userId: this.userId,
      createdAt: this.createdAt.toISOString(),
      modifiedAt: this.modifiedAt.toISOString(),
      accessedAt: this.accessedAt.toISOString(),
      actId: this.actId,
      actRunId: this.actRunId,
      generalAccess: this.generalAccess,
      consoleUrl: `${baseUrl}/__emulator/console/${consolePath}/${this.id}`,
    };
  }
}
