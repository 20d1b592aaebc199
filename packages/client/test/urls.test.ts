import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApifyInputError, PermissionDeniedError } from '../src/index.js';
import { createItemsPublicUrl, createKeysPublicUrl, getRecordPublicUrl } from '../src/urls.js';
import { useEmulator } from './support/emulator.js';
import { LOCATORS, storageScene } from './support/storage-scene.js';

const env = useEmulator();
/** A record key with the characters Apify allows that some encoders leave as they are. */
const KEY = "shot-(1)'a'!.png";

afterEach(() => {
  vi.useRealTimers();
});

/** An anonymous GET, as anyone given the URL would send it: no token, no headers. */
async function open(url: string): Promise<{ status: number; type: string | undefined; body: unknown }> {
  const response = await fetch(url);
  const text = await response.text();
  const body = text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
  return { status: response.status, type: (body as { error?: { type?: string } })?.error?.type, body };
}

/**
 * A URL with one character of its `signature` changed: what a forger would try. (A middle one: the last character of
 * unpadded base64 may carry bits the decoder drops.)
 */
function forged(url: string): string {
  const parsed = new URL(url);
  const signature = parsed.searchParams.get('signature') ?? '';
  const at = Math.floor(signature.length / 2);
  const swapped = signature[at] === 'A' ? 'B' : 'A';
  parsed.searchParams.set('signature', signature.slice(0, at) + swapped + signature.slice(at + 1));
  return parsed.toString();
}

describe.each(LOCATORS)('public URLs of a restricted run storage via %s', (_, locate) => {
  /** A run whose dataset and store are restricted (readable only by the owner or with a signature). */
  async function restricted() {
    const scene = storageScene(env, locate, 'urls');
    const { run } = scene;
    await run.dataset.update({ generalAccess: 'RESTRICTED' });
    await run.keyValueStore.update({ generalAccess: 'RESTRICTED' });
    await run.dataset.pushItems([{ n: 1, url: 'a' }, {}, { n: 2, url: 'b' }, { n: 3, url: 'c' }]);
    await run.keyValueStore.setRecord('OUTPUT', { total: 3 });
    await run.keyValueStore.setRecord(KEY, new Uint8Array([1, 2, 3]), { contentType: 'image/png' });
    return scene;
  }

  it('items: any items parameter, signed, no token; the run is named by ID; forged or expired URLs fail', async () => {
    const { run, runId } = await restricted();
    const base = `${env.emulator().url}/v2/actor-runs/${runId}/dataset/items`;
    // Restricted: the plain URL does not open without a token.
    expect((await open(base)).status).toBe(403);

    const url = await createItemsPublicUrl(run.dataset, { clean: true, fields: ['n'], offset: 1, expiresInSecs: 600 });
    expect(url.startsWith(`${base}?`)).toBe(true);
    expect(url).not.toMatch(/token/i);
    expect(Object.fromEntries(new URL(url).searchParams)).toEqual({
      clean: 'true',
      fields: 'n',
      offset: '1',
      signature: expect.any(String),
    });
    expect(await open(url)).toMatchObject({ status: 200, body: [{ n: 2 }, { n: 3 }] });
    const csv = await open(await createItemsPublicUrl(run.dataset, { format: 'csv', fields: 'url', skipEmpty: true }));
    expect(csv.body).toBe('url\na\nb\nc\n');

    expect(await open(forged(url))).toMatchObject({ status: 403, type: 'invalid-signature' });
    // A signature that expired a minute ago: signed with the clock set back.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() - 10 * 60_000 });
    const expired = await createItemsPublicUrl(run.dataset, { expiresInSecs: 60 });
    vi.useRealTimers();
    expect(await open(expired)).toMatchObject({ status: 403, type: 'invalid-signature' });
  });

  it('keys: the listing parameters, signed, no token; a forged signature fails', async () => {
    const { run, runId } = await restricted();
    const url = await createKeysPublicUrl(run.keyValueStore, { prefix: 'shot-', limit: 10, expiresInSecs: 600 });
    expect(url.startsWith(`${env.emulator().url}/v2/actor-runs/${runId}/key-value-store/keys?`)).toBe(true);
    expect(url).not.toMatch(/token/i);
    const listing = await open(url);
    expect(listing.status).toBe(200);
    expect((listing.body as { data: { items: { key: string }[] } }).data.items.map((item) => item.key)).toEqual([KEY]);
    expect(await open(forged(url))).toMatchObject({ status: 403, type: 'invalid-signature' });
  });

  it("record: the key's own signature, no token, the key in one segment; another key's signature fails", async () => {
    const { run, runId } = await restricted();
    const url = await getRecordPublicUrl(run.keyValueStore, KEY);
    const path = `/v2/actor-runs/${runId}/key-value-store/records/${KEY}`;
    expect(new URL(url).pathname).toBe(path);
    expect(url).not.toMatch(/token/i);
    const image = await fetch(url);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await image.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));

    const output = await getRecordPublicUrl(run.keyValueStore, 'OUTPUT');
    expect(await open(output)).toMatchObject({ status: 200, body: { total: 3 } });
    // The signature of OUTPUT does not open another record.
    const other = new URL(output);
    other.pathname = path;
    expect(await open(other.toString())).toMatchObject({ status: 403, type: 'invalid-signature' });
    expect(await open(forged(output))).toMatchObject({ status: 403, type: 'invalid-signature' });
    await expect(getRecordPublicUrl(run.keyValueStore, '..')).rejects.toBeInstanceOf(ApifyInputError);
  });
});

describe('public URLs without a signing key', () => {
  const byId: (typeof LOCATORS)[number][1] = (client, s) => client.run(s.runId);

  it('are unsigned when the caller does not own the storage, and open wherever it is readable by ID', async () => {
    const scene = storageScene(env, byId, 'urls-anon');
    await scene.run.dataset.pushItems([{ n: 1 }]);
    await scene.run.keyValueStore.setRecord('OUTPUT', 'hello');
    // No token: the run and its storages are read by ID, and the metadata comes without urlSigningSecretKey.
    const anonymous = env.client({ token: '' }).run(scene.runId);
    const items = await createItemsPublicUrl(anonymous.dataset, { limit: 1 });
    expect(new URL(items).searchParams.has('signature')).toBe(false);
    expect(await open(items)).toMatchObject({ status: 200, body: [{ n: 1 }] });
    const record = await getRecordPublicUrl(anonymous.keyValueStore, 'OUTPUT');
    expect(record).toBe(`${env.emulator().url}/v2/actor-runs/${scene.runId}/key-value-store/records/OUTPUT`);
    expect(await open(record)).toMatchObject({ status: 200, body: 'hello' });
    const keys = await createKeysPublicUrl(anonymous.keyValueStore);
    expect(new URL(keys).search).toBe('');
    expect((await open(keys)).status).toBe(200);
  });

  it('cannot be made for a restricted storage by someone who may not read it', async () => {
    const scene = storageScene(env, byId, 'urls-denied');
    await scene.run.dataset.update({ generalAccess: 'RESTRICTED' });
    const anonymous = env.client({ token: '' }).run(scene.runId);
    await expect(createItemsPublicUrl(anonymous.dataset)).rejects.toBeInstanceOf(PermissionDeniedError);
  });
});
