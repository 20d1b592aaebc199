import { readFile } from 'node:fs/promises';
import type { DatasetBackend } from './backends.js';
import { isObject, join, listSync, parseStoredJson } from './disk-files.js';
import { DiskFolder } from './disk-folder.js';
import type { DiskJournal } from './disk-journal.js';

const ITEM_FILE = /^(\d+)\.json$/;
/** Files read ahead of the consumer: enough to hide disk latency, small enough to keep memory flat. */
const READ_AHEAD = 16;

/** Crawlee's item file name: the 1-based item number, zero-padded to nine digits. */
export const itemFileName = (number: number) => `${String(number).padStart(9, '0')}.json`;

/**
 * A dataset stored as Crawlee writes it: one pretty-printed JSON object per file, `000000001.json` upwards. Only
 * the file numbers are kept in memory; items are read from disk when asked for.
 */
export class DiskDataset extends DiskFolder implements DatasetBackend {
  /** Numbers of the files found at open when they are not simply 1..n (a folder someone edited by hand). */
  private loadedNumbers: number[] | null = null;
  private loadedCount = 0;
  /** Number of the first file written by this process. */
  private nextBase = 1;
  private appended = 0;

  constructor(folder: string, journal: DiskJournal) {
    super(folder, journal);
    const numbers = listSync(folder)
      .filter((entry) => entry.isFile)
      .map((entry) => ITEM_FILE.exec(entry.name)?.[1])
      .filter((digits): digits is string => digits !== undefined)
      .map(Number)
      .filter((number) => Number.isSafeInteger(number) && number > 0)
      .sort((a, b) => a - b);
    this.loadedCount = numbers.length;
    const contiguous = numbers.every((number, index) => number === index + 1);
    if (!contiguous) this.loadedNumbers = numbers;
    this.nextBase = (numbers[numbers.length - 1] ?? 0) + 1;
  }

  count(): number {
    return this.loadedCount + this.appended;
  }

  private fileNumber(index: number): number {
    if (index < this.loadedCount) return this.loadedNumbers ? (this.loadedNumbers[index] as number) : index + 1;
    return this.nextBase + (index - this.loadedCount);
  }

  append(items: readonly Record<string, unknown>[]): Promise<void> {
    // Serialise so that concurrent pushes take consecutive, distinct numbers; the count grows only once every file
    // of the batch is on disk, so a reader never meets a missing item. One commit: a push is all there, or none.
    const texts = items.map((item) => `${JSON.stringify(item, null, 2)}\n`);
    return this.serial(async () => {
      if (texts.length === 0) return;
      this.dropped = false;
      const first = this.nextBase + this.appended;
      await this.applyChange({
        write: texts.map((data, index) => ({ path: join(this.folder, itemFileName(first + index)), data })),
      });
      this.appended += texts.length;
      this.changed();
    });
  }

  async *read(start: number, end: number): AsyncIterable<Record<string, unknown>> {
    const last = Math.min(end, this.count());
    const pending: Array<Promise<Record<string, unknown>>> = [];
    let next = Math.max(0, start);
    const fill = () => {
      while (pending.length < READ_AHEAD && next < last) pending.push(this.readItem(this.fileNumber(next++)));
    };
    fill();
    while (pending.length > 0) {
      const item = await (pending.shift() as Promise<Record<string, unknown>>);
      fill();
      yield item;
    }
  }

  /**
   * One item. A file that is gone (dropped meanwhile) or not a JSON object (edited by hand) still yields an item,
   * marked with a hidden `#error` field, so counts and offsets stay right and the server never fails a read.
   */
  private async readItem(number: number): Promise<Record<string, unknown>> {
    const name = itemFileName(number);
    try {
      const value: unknown = parseStoredJson(await readFile(join(this.folder, name)));
      return isObject(value) ? value : { '#error': `${name} does not hold a JSON object`, value };
    } catch (error) {
      return { '#error': `${name} could not be read: ${(error as Error).message}` };
    }
  }

  protected clear(): void {
    this.loadedNumbers = null;
    this.loadedCount = 0;
    this.nextBase = 1;
    this.appended = 0;
  }
}
