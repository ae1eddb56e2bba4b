import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataSourceOptions } from '../../src/database/data-source-options.js';
import { PeeringDbIds1764170000000 } from '../../src/database/migrations/1764170000000-PeeringDbIds.js';
import { createProvider, fieldsOf } from '../support/fixtures.js';
import { databaseUrlOf, startTestApp, type TestApp } from '../support/test-app.js';

/* POST /v1/imports/peeringdb with PeeringDB's own sample responses (test/fixtures/peeringdb). */

type PdbRecord = Record<string, unknown> & { id: number };
type PdbBody = Record<'org' | 'fac' | 'carrier' | 'carrierfac', { data: PdbRecord[]; meta?: object }>;

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'peeringdb');
const sample = (): PdbBody => ({
  org: JSON.parse(readFileSync(join(FIXTURES, 'org.json'), 'utf8')),
  fac: JSON.parse(readFileSync(join(FIXTURES, 'fac.json'), 'utf8')),
  carrier: JSON.parse(readFileSync(join(FIXTURES, 'carrier.json'), 'utf8')),
  carrierfac: JSON.parse(readFileSync(join(FIXTURES, 'carrierfac.json'), 'utf8')),
});

const counts = (created: number, updated: number, unchanged: number) => ({ created, updated, unchanged });

function importPdb(t: TestApp, body: unknown, query = '') {
  return t.http.post(`/v1/imports/peeringdb${query}`).send(body as object);
}

async function all(t: TestApp, path: string): Promise<Array<Record<string, any>>> {
  return (await t.http.get(`${path}?limit=200`).expect(200)).body.items;
}

describe('PeeringDB import', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.destroy());

  it('replays a retried import with the same Idempotency-Key instead of importing again', async () => {
    const other = await startTestApp();
    try {
      const first = await other.http.post('/v1/imports/peeringdb').set('Idempotency-Key', 'pdb-1').send(sample()).expect(200);
      expect(first.body.providers).toEqual(counts(7, 0, 0));
      const retry = await other.http.post('/v1/imports/peeringdb').set('Idempotency-Key', 'pdb-1').send(sample()).expect(200);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(retry.body).toEqual(first.body);
      // Without the key the same body is a second import: nothing new, all unchanged.
      expect((await other.http.post('/v1/imports/peeringdb').send(sample()).expect(200)).body.providers).toEqual(counts(0, 0, 7));
    } finally {
      await other.destroy();
    }
  });

  it('imports orgs, facs, carriers and carrierfacs as providers, facilities, carriers and links', async () => {
    const res = await importPdb(t, sample()).expect(200);
    expect(res.body).toEqual({
      dryRun: false,
      providers: counts(7, 0, 0),
      facilities: counts(4, 0, 0),
      carriers: counts(3, 0, 0),
      carrierLinks: counts(2, 0, 0),
      skipped: [],
    });

    const providers = await all(t, '/v1/providers');
    expect(providers).toHaveLength(7);
    const org1 = providers.find((p) => p.peeringdbId === 1)!;
    expect(org1).toMatchObject({ name: 'org c1ab780b', website: 'https://www.peeringdb.com', headquartersCountry: 'US', notes: null, version: 1 });

    const carriers = await all(t, '/v1/carriers');
    const carrier1 = carriers.find((c) => c.peeringdbId === 1)!;
    expect(carrier1).toMatchObject({ name: 'carrier 0cc83d81', website: 'https://www.peeringdb.com' });

    const facilities = await all(t, '/v1/facilities');
    expect(facilities).toHaveLength(4);
    const fac1 = facilities.find((f) => f.peeringdbId === 1)!;
    expect(fac1).toMatchObject({
      providerId: org1.id,
      name: 'fac 6474d82a',
      status: 'active',
      address: { line1: 'Address line 1', line2: 'Address line 2', city: 'Chicago', region: 'Illinois', postalCode: '12345', country: 'US' },
      location: { latitude: 21.33, longitude: -157.917855 },
      power: { diverseSubstations: true },
      version: 1,
    });
    expect(fac1.network.carrierIds).toEqual([carrier1.id]);
    // 0,0 is PeeringDB's "no coordinates"; empty strings are absent fields; null is unknown.
    const fac2 = facilities.find((f) => f.peeringdbId === 2)!;
    expect(fac2.location).toBeNull();
    const fac6 = facilities.find((f) => f.peeringdbId === 6)!;
    expect(fac6.address).toEqual({ line1: 'Address line 1', city: 'Chicago', region: 'Illinois', country: 'US' });
    expect(fac6.power).toBeNull();
    expect(fac6.providerId).toBe(org1.id);
    const fac3 = facilities.find((f) => f.peeringdbId === 3)!;
    expect(fac3.providerId).toBe(providers.find((p) => p.peeringdbId === 5)!.id);
  });

  it('re-imports without duplicates: everything unchanged', async () => {
    const res = await importPdb(t, sample()).expect(200);
    expect(res.body).toEqual({
      dryRun: false,
      providers: counts(0, 0, 7),
      facilities: counts(0, 0, 4),
      carriers: counts(0, 0, 3),
      carrierLinks: counts(0, 0, 2),
      skipped: [],
    });
    expect(await all(t, '/v1/providers')).toHaveLength(7);
    expect(await all(t, '/v1/facilities')).toHaveLength(4);
    expect(await all(t, '/v1/carriers')).toHaveLength(3);
  });

  it('updates the one record whose PeeringDB data changed, with the next version, and keeps local edits', async () => {
    const facilities = await all(t, '/v1/facilities');
    const fac1 = facilities.find((f) => f.peeringdbId === 1)!;
    // A field PeeringDB does not have, edited here, survives the re-import.
    await t.http.patch(`/v1/facilities/${fac1.id}`).send({ power: { upsRedundancy: '2N' } }).expect(200);

    const body = sample();
    body.fac.data[0].city = 'Evanston';
    const res = await importPdb(t, body).expect(200);
    expect(res.body.facilities).toEqual(counts(0, 1, 3));
    expect(res.body.providers).toEqual(counts(0, 0, 7));

    const updated = (await t.http.get(`/v1/facilities/${fac1.id}`).expect(200)).body;
    expect(updated.address.city).toBe('Evanston');
    expect(updated.power).toEqual({ diverseSubstations: true, upsRedundancy: '2N' });
    expect(updated.version).toBe(fac1.version + 2);
  });

  it('dry run counts and writes nothing', async () => {
    const body = sample();
    body.org.data[1].name = 'org renamed in PeeringDB';
    const res = await importPdb(t, body, '?dryRun=true').expect(200);
    expect(res.body).toMatchObject({ dryRun: true, providers: counts(0, 1, 6) });
    const org2 = (await all(t, '/v1/providers')).find((p) => p.peeringdbId === 2)!;
    expect(org2.name).toBe('org d1aa972c');
  });

  it('skips records whose parent is missing or that are not "ok", with the reason', async () => {
    const body = {
      org: { data: [{ id: 40, name: 'Deleted org', status: 'deleted' }] },
      fac: { data: [{ id: 41, org_id: 99, name: 'Orphan fac', country: 'US', status: 'ok' }] },
      carrierfac: {
        data: [
          { id: 42, carrier_id: 1, fac_id: 404, status: 'ok' },
          { id: 43, carrier_id: 77, fac_id: 78, status: 'ok' },
        ],
      },
    };
    const res = await importPdb(t, body).expect(200);
    expect(res.body.skipped).toEqual([
      { type: 'org', id: 40, reason: expect.stringContaining('status is "deleted"') },
      { type: 'fac', id: 41, reason: 'org 99 is neither in this import nor imported before' },
      { type: 'carrierfac', id: 42, reason: 'fac 404 is neither in this import nor imported before' },
      { type: 'carrierfac', id: 43, reason: 'carrier 77 and fac 78 are neither in this import nor imported before' },
    ]);
    expect(await all(t, '/v1/providers')).toHaveLength(7);
  });

  it('skips a record dcscore would reject, and one whose name another PeeringDB record holds', async () => {
    const res = await importPdb(t, {
      org: { data: [{ id: 50, name: 'ORG C1AB780B' }] },
      fac: { data: [{ id: 51, org_id: 1, name: 'No country', country: '' }] },
    }).expect(200);
    expect(res.body.skipped).toEqual([
      { type: 'org', id: 50, reason: expect.stringMatching(/^name "ORG C1AB780B" is already used by provider .* \(PeeringDB org 1\)$/) },
      { type: 'fac', id: 51, reason: expect.stringContaining('address.country') },
    ]);
  });

  it('adopts a record entered here with the same name (case-insensitive) instead of duplicating it', async () => {
    const other = await startTestApp();
    try {
      const manual = await createProvider(other, { name: 'ORG C1AB780B', notes: 'our notes' });
      expect(manual).toHaveProperty('peeringdbId', null);
      const res = await importPdb(other, sample()).expect(200);
      expect(res.body.providers).toEqual(counts(6, 1, 0));
      const adopted = (await other.http.get(`/v1/providers/${(manual as { id: string }).id}`).expect(200)).body;
      expect(adopted).toMatchObject({ peeringdbId: 1, name: 'org c1ab780b', notes: 'our notes', version: 2 });
      expect(await all(other, '/v1/providers')).toHaveLength(7);
    } finally {
      await other.destroy();
    }
  });

  it('rejects a body that is not PeeringDB responses, naming each bad field, and writes nothing', async () => {
    const other = await startTestApp();
    try {
      const body = sample() as Record<string, unknown> & PdbBody;
      body.fac.data[2].latitude = 'north';
      body.org.data[0].id = -3;
      (body as Record<string, unknown>).net = { data: [] };
      (body as Record<string, unknown>).carrierfac = [{ id: 1 }];
      const res = await importPdb(other, body).expect(400);
      expect(new Set(fieldsOf(res.body))).toEqual(new Set(['fac.data.2.latitude', 'org.data.0.id', 'net', 'carrierfac.data']));
      expect(await all(other, '/v1/providers')).toHaveLength(0);
    } finally {
      await other.destroy();
    }
  });

  it('decommissions a facility that PeeringDB lists as deleted', async () => {
    const body = { fac: { data: [{ ...sample().fac.data[3], status: 'deleted' }] } };
    const res = await importPdb(t, body).expect(200);
    expect(res.body.facilities).toEqual(counts(0, 1, 0));
    const fac6 = (await all(t, '/v1/facilities')).find((f) => f.peeringdbId === 6)!;
    expect(fac6.status).toBe('decommissioned');
  });

  it('is for admins only', async () => {
    await t.anonymous().post('/v1/imports/peeringdb').send(sample()).expect(401);
  });
});

describe('PeeringDbIds migration', () => {
  it('adds peeringdbId to a database that already holds data, keeping every row and link', async () => {
    const t = await startTestApp();
    const url = databaseUrlOf(t.config);
    const provider = await createProvider(t);
    const carrier = (await t.http.post('/v1/carriers').send({ name: 'Migrated carrier' }).expect(201)).body;
    const facility = (
      await t.http
        .post('/v1/facilities')
        .send({ providerId: provider.id, name: 'Migrated', address: { country: 'US' }, network: { carrierIds: [carrier.id] } })
        .expect(201)
    ).body;
    await t.close();

    // Back to the schema before the migration (with the data in it), then start the app again.
    const dataSource = await new DataSource({ ...dataSourceOptions(t.config.database), migrationsRun: false }).initialize();
    const runner = dataSource.createQueryRunner();
    await runner.beforeMigration(); // as the migration runner does: SQLite foreign keys off while tables are rebuilt
    await new PeeringDbIds1764170000000().down(runner);
    await runner.afterMigration();
    await runner.release();
    await dataSource.query(`DELETE FROM migrations WHERE name = 'PeeringDbIds1764170000000'`);
    await dataSource.destroy();

    const again = await startTestApp({ databaseUrl: url });
    try {
      const res = await again.http.get(`/v1/facilities/${facility.id}`).expect(200);
      expect(res.body).toMatchObject({ id: facility.id, peeringdbId: null, network: { carrierIds: [carrier.id] } });
      await again.http.get(`/v1/providers/${provider.id}`).expect(200);
    } finally {
      await again.destroy();
    }
  });
});
