import { join } from './disk-files.js';
import type { DiskJournal, FileChange } from './disk-journal.js';

/** Name of the per-storage metadata file Crawlee and the Apify CLI keep in each storage folder. */
export const FOLDER_METADATA = '__metadata__.json';

/**
 * One storage folder. Every write goes through `serial`, one at a time, so concurrent requests can neither reuse a
 * file name nor leave two versions of a record; dropping the store waits for writes already queued. Every change is
 * one journal commit (`disk-journal.ts`): after a crash it is in the folder whole, or not at all.
 */
export abstract class DiskFolder {
  private chain: Promise<unknown> = Promise.resolve();
  protected dropped = false;
  /** Called after every change, so the owner can refresh `__metadata__.json`. */
  onChange: () => void = () => {};

  constructor(
    readonly folder: string,
    /** The storage root's journal (on the same file system as `folder`). */
    protected readonly journal: DiskJournal,
  ) {}

  get isDropped(): boolean {
    return this.dropped;
  }

  /** Runs `task` after every write queued before it. */
  protected serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.chain.then(task, task);
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** Applies one change to the folder, all or nothing. */
  protected applyChange(change: FileChange): Promise<void> {
    return this.journal.commit(change);
  }

  /** Resolves when every queued write has finished. */
  idle(): Promise<void> {
    return this.serial(async () => undefined);
  }

  /** Writes the folder's `__metadata__.json` (queued after pending writes; nothing once the store is dropped). */
  writeMetadata(metadata: Record<string, unknown>): Promise<void> {
    return this.serial(async () => {
      if (this.dropped) return;
      await this.applyChange({
        write: [{ path: join(this.folder, FOLDER_METADATA), data: `${JSON.stringify(metadata, null, 2)}\n` }],
      });
    });
  }

  /** Removes the folder and everything in it, at once. */
  drop(): Promise<void> {
    return this.serial(async () => {
      this.dropped = true;
      this.clear();
      await this.journal.removeTree(this.folder);
    });
  }

  /** Forgets the in-memory index when the store is dropped. */
  protected abstract clear(): void;

  protected changed(): void {
    this.onChange();
  }
}
