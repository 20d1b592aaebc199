import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { RecordBackend, StoredRecord } from './backends.js';
import { contentTypeOf, extensionOf, UNKNOWN_TYPE } from './disk-content-types.js';
import { isMissing, isObject, isScratchName, join, listSync, readJsonSync, safeStem } from './disk-files.js';
import { DiskFolder, FOLDER_METADATA } from './disk-folder.js';
import type { DiskJournal } from './disk-journal.js';

const RECORD_METADATA = '.__metadata__.json';

interface Entry {
  /** Data file name inside the folder. */
  file: string;
  /** Metadata file name, when the record has one. */
  metaFile?: string;
  size: number;
  contentType: string;
  contentEncoding?: string;
}

const utf8Compare = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** File stem of a key; keys that would clash with metadata file names are hashed like unsafe ones. */
const stemOf = (key: string) => (key.includes('__metadata__') ? safeStem(`\0${key}`) : safeStem(key));

/**
 * Records stored as `<key>.<ext>` with Crawlee's `<key>.__metadata__.json` beside each (`key`, `contentType`,
 * `extension`, plus `contentEncoding` when the bytes are compressed). Folders written without metadata files
 * (older CLI versions, hand-made fixtures) load too: the key is the file name without its extension and the content
 * type follows the extension. The index (key → file, size, type) lives in memory; values are read on demand.
 */
export class DiskRecords extends DiskFolder implements RecordBackend {
  private index = new Map<string, Entry>();

  constructor(folder: string, journal: DiskJournal) {
    super(folder, journal);
    const names = listSync(folder)
      .filter((entry) => entry.isFile && !isScratchName(entry.name) && entry.name !== FOLDER_METADATA)
      .map((entry) => entry.name)
      .sort();
    const present = new Set(names);
    const claimed = new Set<string>();
    for (const metaFile of names.filter((name) => name.endsWith(RECORD_METADATA))) {
      claimed.add(metaFile);
      const metadata = readJsonSync(join(folder, metaFile));
      if (!isObject(metadata)) continue;
      const stem = metaFile.slice(0, -RECORD_METADATA.length);
      const extension = typeof metadata.extension === 'string' ? metadata.extension : undefined;
      // Two layouts exist: `<key>.__metadata__.json` beside `<key>.<ext>`, and `<key>.<ext>.__metadata__.json`.
      const file = present.has(stem)
        ? stem
        : extension && present.has(`${stem}.${extension}`)
          ? `${stem}.${extension}`
          : undefined;
      if (!file || claimed.has(file)) continue;
      claimed.add(file);
      const key = typeof metadata.key === 'string' && metadata.key !== '' ? metadata.key : stem;
      if (this.index.has(key)) continue;
      const contentType =
        typeof metadata.contentType === 'string' ? metadata.contentType : contentTypeOf(extensionAfterDot(file));
      const entry: Entry = { file, metaFile, size: this.sizeOf(file), contentType };
      if (typeof metadata.contentEncoding === 'string') entry.contentEncoding = metadata.contentEncoding;
      this.index.set(key, entry);
    }
    for (const file of names) {
      if (claimed.has(file)) continue;
      const dot = file.lastIndexOf('.');
      const key = dot > 0 ? file.slice(0, dot) : file;
      if (this.index.has(key)) continue;
      const contentType = dot > 0 ? contentTypeOf(file.slice(dot + 1)) : UNKNOWN_TYPE;
      this.index.set(key, { file, size: this.sizeOf(file), contentType });
    }
  }

  private sizeOf(file: string): number {
    try {
      return statSync(join(this.folder, file)).size;
    } catch {
      return 0;
    }
  }

  keys(): Array<{ key: string; size: number }> {
    return [...this.index.entries()]
      .map(([key, entry]) => ({ key, size: entry.size }))
      .sort((a, b) => utf8Compare(a.key, b.key));
  }

  async get(key: string): Promise<StoredRecord | undefined> {
    // A write may replace the file between the index lookup and the read: then look again.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const entry = this.index.get(key);
      if (!entry) return undefined;
      try {
        const value = new Uint8Array(await readFile(join(this.folder, entry.file)));
        return {
          value,
          contentType: entry.contentType,
          ...(entry.contentEncoding ? { contentEncoding: entry.contentEncoding } : {}),
        };
      } catch (error) {
        if (!isMissing(error)) throw error;
        if (this.index.get(key) === entry) return undefined;
      }
    }
    return undefined;
  }

  set(key: string, record: StoredRecord): Promise<void> {
    return this.serial(async () => {
      this.dropped = false;
      const extension = extensionOf(record.contentType);
      const stem = stemOf(key);
      const file = `${stem}.${extension}`;
      const metaFile = `${stem}${RECORD_METADATA}`;
      const metadata: Record<string, unknown> = { key, contentType: record.contentType, extension };
      if (record.contentEncoding) metadata.contentEncoding = record.contentEncoding;
      const old = this.index.get(key);
      // The value, its metadata and the removal of a replaced file (the same key under another extension, which
      // must not load twice) are one commit: after a crash the record is the new one or still the old one.
      const remove: string[] = [];
      if (old && old.file !== file) remove.push(join(this.folder, old.file));
      if (old?.metaFile && old.metaFile !== metaFile) remove.push(join(this.folder, old.metaFile));
      await this.applyChange({
        write: [
          { path: join(this.folder, file), data: record.value },
          { path: join(this.folder, metaFile), data: `${JSON.stringify(metadata, null, 2)}\n` },
        ],
        remove,
      });
      const entry: Entry = { file, metaFile, size: record.value.byteLength, contentType: record.contentType };
      if (record.contentEncoding) entry.contentEncoding = record.contentEncoding;
      this.index.set(key, entry);
      this.changed();
    });
  }

  delete(key: string): Promise<boolean> {
    return this.serial(async () => {
      const entry = this.index.get(key);
      if (!entry) return false;
      await this.applyChange({
        remove: [join(this.folder, entry.file), ...(entry.metaFile ? [join(this.folder, entry.metaFile)] : [])],
      });
      this.index.delete(key);
      this.changed();
      return true;
    });
  }

  protected clear(): void {
    this.index.clear();
  }
}

function extensionAfterDot(file: string): string {
  const dot = file.lastIndexOf('.');
  return dot > 0 ? file.slice(dot + 1) : '';
}
