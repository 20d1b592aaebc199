import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * All-or-nothing changes to a storage folder. A change (a dataset push, a record with its metadata file, a batch of
 * requests) is staged in `<root>/.apify-runs-emulator/journal/`, outside the folders Crawlee and the Apify CLI read,
 * then committed by renaming its manifest into place: the one atomic step. Applying it (renaming the staged files to
 * their places, removing replaced ones) can be cut short by a crash at any moment; the next start finishes every
 * committed change and throws away everything staged but not committed. So after a kill, each change is wholly there
 * or wholly absent, and no half-written file is ever in a storage folder.
 *
 * It protects against the process dying (SIGKILL, a crash), not against the machine losing power: nothing is fsynced.
 */

/** The journal's folder inside the storage root; hidden, so no storage scan sees it. */
export const JOURNAL_DIR = join('.apify-runs-emulator', 'journal');

/** Files to write and files to remove, as one change. Paths are absolute, inside the storage root. */
export interface FileChange {
  write?: ReadonlyArray<{ path: string; data: string | Uint8Array }>;
  remove?: readonly string[];
}

interface Manifest {
  /** Staged file name → target, relative to the root. */
  writes: Array<[string, string]>;
  removes: string[];
}

const MANIFEST = '.commit';
/** Files staged at once by one commit (a 10,000-item push stages in rounds). */
const STAGE_PARALLEL = 32;

let sequence = 0;
const changeId = () => `${Date.now().toString(36)}-${(sequence++).toString(36)}-${randomBytes(4).toString('hex')}`;

/** The file operations a commit makes, one by one (tests stop them at any step, as a crash would). */
export type JournalFs = Pick<typeof fsPromises, 'copyFile' | 'mkdir' | 'rename' | 'rm' | 'writeFile'>;

export class DiskJournal {
  readonly dir: string;

  constructor(
    readonly root: string,
    private readonly fs: JournalFs = fsPromises,
  ) {
    this.dir = join(resolve(root), JOURNAL_DIR);
  }

  /**
   * Finishes every committed change a crash interrupted and removes everything staged but never committed. Runs
   * before the folders are read.
   */
  recoverSync(): void {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return;
    }
    for (const name of names.filter((entry) => entry.endsWith(MANIFEST)).sort()) {
      const manifestPath = join(this.dir, name);
      let manifest: Manifest | undefined;
      try {
        manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
      } catch {
        manifest = undefined;
      }
      for (const [staged, target] of manifest?.writes ?? []) {
        const to = join(this.root, target);
        try {
          mkdirSync(dirname(to), { recursive: true });
          renameSync(join(this.dir, staged), to);
        } catch (error) {
          // Already moved before the crash: nothing left to do for this file.
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        }
      }
      for (const target of manifest?.removes ?? []) rmSync(join(this.root, target), { force: true, recursive: true });
      rmSync(manifestPath, { force: true });
    }
    // What is left was never committed (or is a finished change's trash): it must not come back.
    for (const name of readdirSync(this.dir)) rmSync(join(this.dir, name), { force: true, recursive: true });
  }

  /** Temporary files that versions before the journal wrote beside their targets (`<name>.~<12 hex>`). */
  removeOldTemporariesSync(folders: readonly string[]): void {
    for (const folder of folders) {
      let names: string[];
      try {
        names = readdirSync(folder);
      } catch {
        continue;
      }
      for (const name of names) if (/\.~[0-9a-f]{12}$/.test(name)) rmSync(join(folder, name), { force: true });
    }
  }

  /** Applies `change` all or nothing (see the class comment); resolves once every file is in place. */
  async commit(change: FileChange): Promise<void> {
    const writes = change.write ?? [];
    const removes = change.remove ?? [];
    if (writes.length === 0 && removes.length === 0) return;
    const { mkdir, rename, rm, writeFile } = this.fs;
    await mkdir(this.dir, { recursive: true });
    const id = changeId();
    const staged = writes.map((_, index) => `${id}.${index}`);
    for (let start = 0; start < writes.length; start += STAGE_PARALLEL) {
      await Promise.all(
        writes
          .slice(start, start + STAGE_PARALLEL)
          .map((write, offset) => writeFile(join(this.dir, staged[start + offset] as string), write.data)),
      );
    }
    await Promise.all(
      [...new Set(writes.map((write) => dirname(write.path)))].map((dir) => mkdir(dir, { recursive: true })),
    );
    // One file and nothing to remove: its rename is the whole change, and atomic by itself.
    if (writes.length === 1 && removes.length === 0) {
      await this.move(join(this.dir, staged[0] as string), (writes[0] as { path: string }).path);
      return;
    }
    const manifest: Manifest = {
      writes: writes.map((write, index) => [staged[index] as string, relative(this.root, write.path)]),
      removes: removes.map((path) => relative(this.root, path)),
    };
    const manifestPath = join(this.dir, `${id}${MANIFEST}`);
    await writeFile(`${manifestPath}.tmp`, JSON.stringify(manifest));
    await rename(`${manifestPath}.tmp`, manifestPath);
    for (let start = 0; start < writes.length; start += STAGE_PARALLEL) {
      await Promise.all(
        writes
          .slice(start, start + STAGE_PARALLEL)
          .map((write, offset) => this.move(join(this.dir, staged[start + offset] as string), write.path)),
      );
    }
    await Promise.all(removes.map((path) => rm(path, { force: true })));
    await rm(manifestPath, { force: true });
  }

  /** Removes a whole folder at once: renamed into the journal (atomic), then deleted there. */
  async removeTree(folder: string): Promise<void> {
    const { mkdir, rename, rm } = this.fs;
    await mkdir(this.dir, { recursive: true });
    const trash = join(this.dir, `${changeId()}.trash`);
    try {
      await rename(folder, trash);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return;
      // Another file system: no atomic move, delete in place.
      if (code !== 'EXDEV') throw error;
      await rm(folder, { recursive: true, force: true });
      return;
    }
    await rm(trash, { recursive: true, force: true });
  }

  /** Moves a staged file into place; across file systems (a symlinked folder) it copies first. */
  private async move(from: string, to: string): Promise<void> {
    const { copyFile, rename, rm } = this.fs;
    try {
      await rename(from, to);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      const beside = `${to}.~${randomBytes(6).toString('hex')}`;
      await copyFile(from, beside);
      await rename(beside, to);
      await rm(from, { force: true });
    }
  }
}
