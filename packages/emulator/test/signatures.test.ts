import { ApifyClient } from 'apify-client';
import { beforeAll, describe, expect, it } from 'vitest';
import { shortHmac, storageSignature } from '../src/access/url-signing.js';
import { LAST_BASE, RUN_BASE, TOKEN, useEmulator } from './support/emulator.js';

// Signed URLs over real HTTP: the storage's `urlSigningSecretKey` signs dataset items, key listings and the records
// ZIP (storage signatures, optionally expiring) and single records (the HMAC of the key); a valid signature reads a
// restricted storage without a token under both groups, anything else is 403 `invalid-signature`.
const env = useEmulator();
const OTHER_TOKEN = 'other_users_token';
beforeAll(() => {
  env.emulator.state.addUser({ id: 'OtherUser00000001', username: 'other' });
  env.emulator.state.addToken(OTHER_TOKEN, 'OtherUser00000001');
});

let counter = 0;

/** A finished run whose default dataset and store are restricted (set through the API), with a record and items. */
async function restrictedRun() {
  counter += 1;
  const actor = env.emulator.state.createActor({ name: `signed-${counter}` });
  const record = env.emulator.state.createRun({ actorId: actor.id, status: 'SUCCEEDED' });
  const run = RUN_BASE(record.run.id);
  for (const storage of ['dataset', 'key-value-store']) {
    const updated = await env.call(`${run}/${storage}`, { method: 'PUT', body: { generalAccess: 'RESTRICTED' } });
    expect(updated.status).toBe(200);
  }
  expect((await env.call(`${run}/dataset/items`, { method: 'POST', body: [{ n: 1 }, { n: 2 }] })).status).toBe(201);
  expect((await env.call(`${run}/key-value-store/records/OUTPUT`, { method: 'PUT', body: { ok: true } })).status).toBe(
    201,
  );
  const dataset = env.emulator.state.datasets.get(record.run.defaultDatasetId);
  const store = env.emulator.state.keyValueStores.get(record.run.defaultKeyValueStoreId);
  if (!dataset || !store) throw new Error('run without storages');
  const last = LAST_BASE(actor.id);
  return {
    record,
    dataset: dataset.meta,
    store: store.meta,
    /** The same sub-path under `/v2/actor-runs/{runId}` and under the last-run base, with `query` appended. */
    bases: (sub: string, query: string) => [`${run}${sub}?${query}`, `${last}${sub}?status=SUCCEEDED&${query}`],
  };
}

const anonymous = { token: null } as const;
const signatureParam = (url: string) => new URL(url).searchParams.get('signature') ?? '';

describe('urlSigningSecretKey', () => {
  it('goes to the owner only', async () => {
    const { record, dataset, store } = await restrictedRun();
    const run = RUN_BASE(record.run.id);
    const owned = await env.call(`${run}/dataset`);
    expect(owned.body.data.urlSigningSecretKey).toBe(dataset.urlSigningSecretKey);
    expect(dataset.urlSigningSecretKey).toMatch(/^[0-9A-Za-z]{32}$/);
    const ownedStore = await env.call(`${run}/key-value-store`);
    expect(ownedStore.body.data.urlSigningSecretKey).toBe(store.urlSigningSecretKey);
    expect(store.urlSigningSecretKey).not.toBe(dataset.urlSigningSecretKey);
    for (const sub of ['/dataset', '/key-value-store']) {
      // The other user is refused by the restriction; a by-ID reader of an unrestricted storage sees no key either.
      expect((await env.call(`${run}${sub}`, { token: OTHER_TOKEN })).status).toBe(403);
    }
    const open = env.emulator.state.createRun({ actorId: record.actorId, status: 'SUCCEEDED' });
    const anonymousRead = await env.call(`${RUN_BASE(open.run.id)}/dataset`, anonymous);
    expect(anonymousRead.status).toBe(200);
    expect(anonymousRead.body.data).not.toHaveProperty('urlSigningSecretKey');
    const otherRead = await env.call(`${RUN_BASE(open.run.id)}/key-value-store`, { token: OTHER_TOKEN });
    expect(otherRead.body.data).not.toHaveProperty('urlSigningSecretKey');
  });
});

describe('a restricted storage', () => {
  it('is refused without a token or with another user’s token, and served to its owner', async () => {
    const { bases } = await restrictedRun();
    const [byRun] = bases('/dataset/items', '');
    for (const caller of [anonymous, { token: OTHER_TOKEN }]) {
      const refused = await env.call(byRun as string, caller);
      expect(refused.status).toBe(403);
      expect(refused.body.error).toEqual({
        type: 'insufficient-permissions',
        message:
          "Insufficient permissions for the dataset. Make sure you're passing a correct API token and that it has the required permissions.",
      });
    }
    const keys = await env.call(bases('/key-value-store/keys', '')[0] as string, anonymous);
    expect(keys.status).toBe(403);
    expect(keys.body.error.message).toContain('for the key-value store');
    const owner = await env.call(byRun as string);
    expect(owner.status).toBe(200);
    expect(owner.body).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('covers every operation of the storage, request queues too, and no signature opens a queue', async () => {
    const { bases, dataset } = await restrictedRun();
    const statistics = await env.call(bases('/dataset/statistics', '')[0] as string, anonymous);
    expect(statistics.status).toBe(403);
    const [queue] = bases('/request-queue', '');
    expect((await env.call(queue as string, { method: 'PUT', body: { generalAccess: 'RESTRICTED' } })).status).toBe(
      200,
    );
    const head = await env.call(bases('/request-queue/head', '')[0] as string, anonymous);
    expect(head.status).toBe(403);
    expect(head.body.error.message).toContain('for the request queue');
    const signature = storageSignature(dataset.urlSigningSecretKey, dataset.id);
    const signed = await env.call(bases('/request-queue/head', `signature=${signature}`)[0] as string, anonymous);
    expect(signed.status).toBe(403);
    expect(signed.body.error.type).toBe('insufficient-permissions');
    expect((await env.call(bases('/request-queue/head', '')[0] as string)).status).toBe(200);
  });
});

describe('a valid signature', () => {
  it('reads items, keys, the records ZIP and a record without a token, under both groups', async () => {
    const { dataset, store, bases } = await restrictedRun();
    const datasetSignature = storageSignature(dataset.urlSigningSecretKey, dataset.id);
    const expiring = storageSignature(store.urlSigningSecretKey, store.id, Date.now() + 60_000);
    const recordSignature = shortHmac(store.urlSigningSecretKey, 'OUTPUT');
    for (const url of bases('/dataset/items', `signature=${datasetSignature}`)) {
      const items = await env.call(url, anonymous);
      expect(items.status, url).toBe(200);
      expect(items.body).toEqual([{ n: 1 }, { n: 2 }]);
    }
    for (const url of bases('/key-value-store/keys', `signature=${expiring}`)) {
      const keys = await env.call(url, anonymous);
      expect(keys.status, url).toBe(200);
      expect(keys.body.data.items.map((item: { key: string }) => item.key)).toEqual(['OUTPUT']);
    }
    for (const url of bases('/key-value-store/records', `signature=${expiring}`)) {
      const zip = await env.call(url, anonymous);
      expect(zip.status, url).toBe(200);
      expect(zip.headers.get('content-type')).toBe('application/zip');
    }
    for (const url of bases('/key-value-store/records/OUTPUT', `signature=${recordSignature}`)) {
      const value = await env.call(url, anonymous);
      expect(value.status, url).toBe(200);
      expect(value.body).toEqual({ ok: true });
    }
  });

  it('also in the padded base64url spelling that Python’s urlsafe_b64encode produces', async () => {
    const { dataset, bases } = await restrictedRun();
    // The payload `0.<expiresAt>.<hmac>` needs padding when its length is not a multiple of 3.
    let payload = '';
    for (let expiresAt = Date.now() + 60_000; payload.length % 3 === 0; expiresAt += 1) {
      payload = Buffer.from(
        storageSignature(dataset.urlSigningSecretKey, dataset.id, expiresAt),
        'base64url',
      ).toString();
    }
    const pythonStyle = Buffer.from(payload).toString('base64').replaceAll('+', '-').replaceAll('/', '_');
    expect(pythonStyle).toMatch(/=$/);
    for (const url of bases('/dataset/items', `signature=${encodeURIComponent(pythonStyle)}`)) {
      expect((await env.call(url, anonymous)).status, url).toBe(200);
    }
  });

  it('is what the platform’s own code computes: apify-client’s public URLs are accepted', async () => {
    const { record, bases } = await restrictedRun();
    const official = new ApifyClient({ token: TOKEN, baseUrl: env.emulator.url, maxRetries: 0 });
    const items = await official.run(record.run.id).dataset().createItemsPublicUrl({ expiresInSecs: 600 });
    const keys = await official.run(record.run.id).keyValueStore().createKeysPublicUrl();
    const recordUrl = await official.run(record.run.id).keyValueStore().getRecordPublicUrl('OUTPUT');
    const cases: Array<[string, string]> = [
      ['/dataset/items', signatureParam(items)],
      ['/key-value-store/keys', signatureParam(keys)],
      ['/key-value-store/records', signatureParam(keys)],
      ['/key-value-store/records/OUTPUT', signatureParam(recordUrl)],
    ];
    for (const [sub, signature] of cases) {
      expect(signature, sub).not.toBe('');
      for (const url of bases(sub, `signature=${signature}`)) {
        expect((await env.call(url, anonymous)).status, url).toBe(200);
      }
    }
  });

  it('is in the public URLs of a restricted storage: 14-day storage signatures and per-record ones', async () => {
    const { record, bases } = await restrictedRun();
    const run = RUN_BASE(record.run.id);
    const dataset = (await env.call(`${run}/dataset`)).body.data;
    const store = (await env.call(`${run}/key-value-store`)).body.data;
    const expiresAt = Number(Buffer.from(signatureParam(dataset.itemsPublicUrl), 'base64url').toString().split('.')[1]);
    expect(expiresAt - Date.now()).toBeGreaterThan(13.9 * 24 * 3600 * 1000);
    expect(expiresAt - Date.now()).toBeLessThanOrEqual(14 * 24 * 3600 * 1000);
    const listing = await env.call(
      bases('/key-value-store/keys', `signature=${signatureParam(store.keysPublicUrl)}`)[1] as string,
      anonymous,
    );
    expect(listing.status).toBe(200);
    const recordPublicUrl = listing.body.data.items[0].recordPublicUrl as string;
    const cases: Array<[string, string]> = [
      ['/dataset/items', dataset.itemsPublicUrl],
      ['/key-value-store/keys', store.keysPublicUrl],
      ['/key-value-store/records', store.recordsPublicUrl],
      ['/key-value-store/records/OUTPUT', recordPublicUrl],
    ];
    for (const [sub, publicUrl] of cases) {
      for (const url of bases(sub, `signature=${signatureParam(publicUrl)}`)) {
        expect((await env.call(url, anonymous)).status, url).toBe(200);
      }
    }
    // An unrestricted storage needs no signature, and its URLs carry none.
    const open = env.emulator.state.createRun({ actorId: record.actorId, status: 'SUCCEEDED' });
    const openDataset = (await env.call(`${RUN_BASE(open.run.id)}/dataset`)).body.data;
    expect(openDataset.itemsPublicUrl).not.toContain('signature=');
  });
});

describe('a bad signature', () => {
  it('is 403 invalid-signature when forged, malformed, foreign or expired, token or not', async () => {
    const { dataset, store, bases } = await restrictedRun();
    const other = await restrictedRun();
    const cases: Array<[string, string, string]> = [
      ['/dataset/items', 'Zm9yZ2VkLXNpZ25hdHVyZQ', 'The signature is not valid.'],
      ['/dataset/items', '%E2%9C%93', 'The signature is not valid.'],
      // Right shape, HMAC made with another secret.
      [
        '/dataset/items',
        storageSignature('not-the-secret', dataset.id),
        'The signature is not valid for this resource.',
      ],
      // Foreign: another dataset's valid signature, and this store's signature used for the dataset.
      [
        '/dataset/items',
        storageSignature(other.dataset.urlSigningSecretKey, other.dataset.id),
        'The signature is not valid for this resource.',
      ],
      [
        '/dataset/items',
        storageSignature(store.urlSigningSecretKey, store.id),
        'The signature is not valid for this resource.',
      ],
      [
        '/dataset/items',
        storageSignature(dataset.urlSigningSecretKey, dataset.id, Date.now() - 1),
        'The signature has expired.',
      ],
      // Editing the expiry of a valid signature breaks its HMAC.
      [
        '/key-value-store/keys',
        Buffer.from(
          Buffer.from(storageSignature(store.urlSigningSecretKey, store.id, Date.now() - 1), 'base64url')
            .toString()
            .replace(/^0\.\d+\./, `0.${Date.now() + 3_600_000}.`),
        ).toString('base64url'),
        'The signature is not valid for this resource.',
      ],
      [
        '/key-value-store/records',
        storageSignature(other.store.urlSigningSecretKey, other.store.id),
        'The signature is not valid for this resource.',
      ],
      // A record signature is the HMAC of its own key: not of another key, and a storage signature is not one.
      [
        '/key-value-store/records/OUTPUT',
        shortHmac(store.urlSigningSecretKey, 'INPUT'),
        'The signature is not valid for this resource.',
      ],
      [
        '/key-value-store/records/OUTPUT',
        storageSignature(store.urlSigningSecretKey, store.id),
        'The signature is not valid.',
      ],
    ];
    for (const [sub, signature, message] of cases) {
      for (const url of bases(sub, `signature=${signature}`)) {
        for (const caller of [anonymous, { token: TOKEN }]) {
          const refused = await env.call(url, caller);
          expect(refused.status, `${url} ${caller.token ?? 'anonymous'}`).toBe(403);
          expect(refused.body.error).toEqual({ type: 'invalid-signature', message });
        }
      }
    }
  });

  it('leaves the last-run group token-only when no signature is sent, and other operations ignore none', async () => {
    const { bases, dataset } = await restrictedRun();
    const unsigned = await env.call(bases('/dataset/items', '')[1] as string, anonymous);
    expect(unsigned.status).toBe(401);
    expect(unsigned.body.error.type).toBe('token-not-provided');
    // `signature` is not a parameter of dataset GET: it neither grants access nor skips the token check.
    const signature = storageSignature(dataset.urlSigningSecretKey, dataset.id);
    const metadata = await env.call(bases('/dataset', `signature=${signature}`)[1] as string, {
      ...anonymous,
      raw: true,
    });
    expect(metadata.status).toBe(401);
  });
});
