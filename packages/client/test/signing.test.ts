import { describe, expect, it } from 'vitest';
import { ApifyInputError } from '../src/errors.js';
import { createRecordSignature, createStorageSignature } from '../src/signing.js';
import { TOKEN, useEmulator } from './support/emulator.js';

// Fixed vectors: what Apify's own reference implementations (apify-shared-js `createStorageContentSignature`,
// `createHmacSignature`; apify-client-python `_utils/crypto.py`) return for these inputs.
const SECRET = 'Qm8cV2t4Zr1pLx7sNw3e';
const STORE_ID = 'WkzbQMuFYuamGv3YF';

describe('signatures as the platform computes them', () => {
  it('record: the base62 short HMAC of the key', async () => {
    expect(await createRecordSignature(SECRET, 'INPUT')).toBe('1clkgboPWbJLH8ccWPe60');
    expect(await createRecordSignature(SECRET, 'CRAWLEE_STATE')).toBe('h85EhB4ikCsnfSboo2Jd');
  });

  it('storage: base64url of version, expiry and the HMAC of the three, never expiring by default', async () => {
    const permanent = await createStorageSignature(SECRET, STORE_ID);
    expect(permanent).toBe('MC4wLjFTZFhPdTQzWFNkclY0RnkzNWJIWg');
    expect(atob(permanent)).toBe('0.0.1SdXOu43XSdrV4Fy35bHZ');
    const expiring = 'MC4xNzg2MzU0NTA0MDAyLjZmZDVQeGJBeEs3bEgxajkyUjhr';
    expect(await createStorageSignature(SECRET, STORE_ID, { expiresAt: 1_786_354_504_002 })).toBe(expiring);
    expect(await createStorageSignature(SECRET, STORE_ID, { expiresAt: new Date(1_786_354_504_002) })).toBe(expiring);
    const fromNow = await createStorageSignature(SECRET, STORE_ID, {
      expiresInSecs: 60,
      now: () => 1_786_354_444_002,
    });
    expect(fromNow).toBe(expiring);
    // No padding, URL-safe alphabet only.
    expect(expiring).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('rejects what cannot be a signature input with ApifyInputError', async () => {
    const bad: Array<() => Promise<string>> = [
      () => createRecordSignature('', 'INPUT'),
      () => createRecordSignature(SECRET, ''),
      () => createStorageSignature(SECRET, ''),
      () => createStorageSignature(undefined as unknown as string, STORE_ID),
      () => createStorageSignature(SECRET, STORE_ID, { expiresInSecs: 0 }),
      () => createStorageSignature(SECRET, STORE_ID, { expiresInSecs: Number.NaN }),
      () => createStorageSignature(SECRET, STORE_ID, { expiresAt: new Date('not a date') }),
      () => createStorageSignature(SECRET, STORE_ID, { expiresAt: 1.5 }),
      () => createStorageSignature(SECRET, STORE_ID, { expiresAt: 1, expiresInSecs: 1 }),
    ];
    for (const call of bad) await expect(call()).rejects.toBeInstanceOf(ApifyInputError);
  });
});

describe('signatures the emulator accepts', () => {
  const env = useEmulator();

  /** A finished run with a restricted dataset and store, one item and one record; the secrets as the owner reads them. */
  async function restrictedRun() {
    const { admin } = env.emulator();
    const actor = admin.createActor({ name: `signing-${Math.random().toString(36).slice(2, 10)}` });
    const { run } = admin.createRun({ actorId: actor.id, status: 'SUCCEEDED' });
    const base = `${env.emulator().url}/v2/actor-runs/${run.id}`;
    const owner = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
    const secrets: Record<string, { id: string; urlSigningSecretKey: string }> = {};
    for (const storage of ['dataset', 'key-value-store']) {
      const response = await fetch(`${base}/${storage}`, {
        method: 'PUT',
        headers: owner,
        body: JSON.stringify({ generalAccess: 'RESTRICTED' }),
      });
      secrets[storage] = ((await response.json()) as { data: { id: string; urlSigningSecretKey: string } }).data;
    }
    await fetch(`${base}/dataset/items`, { method: 'POST', headers: owner, body: '[{"n":1}]' });
    await fetch(`${base}/key-value-store/records/OUTPUT`, { method: 'PUT', headers: owner, body: '{"ok":true}' });
    const last = `${env.emulator().url}/v2/acts/${actor.id}/runs/last`;
    return {
      dataset: secrets.dataset as { id: string; urlSigningSecretKey: string },
      store: secrets['key-value-store'] as { id: string; urlSigningSecretKey: string },
      /** Anonymous GET of `sub` with `signature`, under both groups; the statuses. */
      read: async (sub: string, signature: string) => {
        const urls = [`${base}${sub}?signature=${signature}`, `${last}${sub}?status=SUCCEEDED&signature=${signature}`];
        return Promise.all(urls.map(async (url) => (await fetch(url)).status));
      },
    };
  }

  it('reads items, keys, records ZIP and a record without a token under both groups, and nothing else', async () => {
    const { dataset, store, read } = await restrictedRun();
    expect(await read('/dataset/items', '')).toEqual([400, 400]); // empty signature: invalid parameter
    const items = await createStorageSignature(dataset.urlSigningSecretKey, dataset.id, { expiresInSecs: 300 });
    expect(await read('/dataset/items', items)).toEqual([200, 200]);
    const keys = await createStorageSignature(store.urlSigningSecretKey, store.id);
    expect(await read('/key-value-store/keys', keys)).toEqual([200, 200]);
    expect(await read('/key-value-store/records', keys)).toEqual([200, 200]);
    const record = await createRecordSignature(store.urlSigningSecretKey, 'OUTPUT');
    expect(await read('/key-value-store/records/OUTPUT', record)).toEqual([200, 200]);
    // Bound to what was signed: another storage, another key, a past expiry.
    expect(await read('/dataset/items', keys)).toEqual([403, 403]);
    expect(await read('/key-value-store/records/INPUT', record)).toEqual([403, 403]);
    const expired = await createStorageSignature(dataset.urlSigningSecretKey, dataset.id, {
      expiresAt: Date.now() - 1,
    });
    expect(await read('/dataset/items', expired)).toEqual([403, 403]);
  });
});
