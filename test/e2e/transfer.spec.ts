import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCarrier, createFacility, createProvider, fieldsOf } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/* Whole-dataset export and import: GET /v1/export, POST /v1/import. */

type Doc = {
  format: string;
  version: number;
  exportedAt: string;
  providers: Array<Record<string, unknown> & { id: string; name: string }>;
  carriers: Array<Record<string, unknown> & { id: string; name: string }>;
  facilities: Array<Record<string, unknown> & { id: string; providerId: string; carrierIds: string[] }>;
  complianceReports: Array<Record<string, unknown> & { id: string; facilityIds: string[] }>;
  profiles: Array<Record<string, unknown> & { id: string }>;
};

const RESOURCES = ['providers', 'carriers', 'facilities', 'complianceReports', 'profiles'] as const;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const withoutExportedAt = ({ exportedAt: _ignored, ...rest }: Doc) => rest;
const copy = (doc: Doc): Doc => structuredClone(doc);

async function exportOf(t: TestApp): Promise<Doc> {
  const res = await t.http.get('/v1/export').expect(200);
  return res.body as Doc;
}

function importInto(t: TestApp, doc: unknown, query = '') {
  return t.http.post(`/v1/import${query}`).send(doc as object);
}

const counts = (created: number, updated: number, unchanged: number, deleted: number) => ({ created, updated, unchanged, deleted });

describe('export and import of the whole dataset', () => {
  let source: TestApp;
  let doc: Doc;

  beforeAll(async () => {
    source = await startTestApp({ seed: 'demo' });
    await source.http
      .post('/v1/profiles')
      .send({
        name: 'Payments platform',
        description: 'PCI first',
        weights: { power: 3, compliance: 2 },
        requirements: { countries: ['us'], requiredReports: [{ framework: 'SOC2', reportType: 'type2' }] },
        footprint: { cabinets: 2, kw: 8 },
        budget: { targetMonthly: 5000, maxMonthly: 8000, currency: 'USD' },
      })
      .expect(201);
    doc = await exportOf(source);
  });
  afterAll(() => source.destroy());

  it('exports every record as one versioned document, sorted by id, with ISO dates', async () => {
    expect(doc).toMatchObject({ format: 'dcscore-export', version: 1 });
    expect(doc.exportedAt).toMatch(ISO_INSTANT);
    const totals = {
      providers: (await source.http.get('/v1/providers').expect(200)).body.total,
      carriers: (await source.http.get('/v1/carriers').expect(200)).body.total,
      facilities: (await source.http.get('/v1/facilities').expect(200)).body.total,
      complianceReports: (await source.http.get('/v1/compliance-reports').expect(200)).body.total,
      profiles: (await source.http.get('/v1/profiles').expect(200)).body.total,
    };
    for (const resource of RESOURCES) {
      expect(doc[resource].length, resource).toBe(totals[resource]);
      expect(doc[resource].length, resource).toBeGreaterThan(0);
      const ids = doc[resource].map((r) => r.id);
      expect(ids, resource).toEqual([...ids].sort());
      for (const record of doc[resource]) {
        expect(record.createdAt).toMatch(ISO_INSTANT);
        expect(record.updatedAt).toMatch(ISO_INSTANT);
        expect(record.version).toBeGreaterThanOrEqual(1);
      }
    }
    // Links travel as id lists on their owner.
    const sea1 = doc.facilities.find((f) => f.name === 'Harbor SEA1')!;
    expect(sea1.carrierIds).toHaveLength(9);
    expect(sea1.carrierIds).toEqual([...sea1.carrierIds].sort());
    const api = (await source.http.get(`/v1/facilities/${sea1.id}`).expect(200)).body;
    expect(sea1.carrierIds).toEqual([...api.network.carrierIds].sort());
    expect(doc.complianceReports.some((r) => r.facilityIds.length > 0)).toBe(true);
    // Stored form: climate in Celsius without a unit; no display-only fields.
    const okc1 = doc.facilities.find((f) => f.name === 'Rackside OKC1')!;
    expect(okc1.climate).toMatchObject({ temperatureMin: 17.7778, temperatureMax: 26.6667 });
    expect(okc1.climate).not.toHaveProperty('temperatureUnit');
    expect(okc1.climate).not.toHaveProperty('temperatureMinF');
    expect(doc.providers[0]).toHaveProperty('peeringdbId', null);
  });

  it('imports into a fresh app and exports the same document again (minus exportedAt)', async () => {
    const target = await startTestApp();
    try {
      const res = await importInto(target, doc).expect(200);
      expect(res.body).toEqual({
        dryRun: false,
        mode: 'merge',
        providers: counts(doc.providers.length, 0, 0, 0),
        carriers: counts(doc.carriers.length, 0, 0, 0),
        facilities: counts(doc.facilities.length, 0, 0, 0),
        complianceReports: counts(doc.complianceReports.length, 0, 0, 0),
        profiles: counts(doc.profiles.length, 0, 0, 0),
      });
      const again = await exportOf(target);
      expect(withoutExportedAt(again)).toEqual(withoutExportedAt(doc));
      // The restored data is served like any other: ETag versions and scoring inputs included.
      const facility = doc.facilities[0];
      const served = await target.http.get(`/v1/facilities/${facility.id}`).expect(200);
      expect(served.body.version).toBe(facility.version);
      const profile = doc.profiles[0];
      const scorecard = await target.http.get(`/v1/facilities/${facility.id}/scorecard?profileId=${profile.id}`);
      expect(scorecard.status).toBe(200);
    } finally {
      await target.destroy();
    }
  });

  it('re-importing changes nothing; a changed field updates that record only, with the next version', async () => {
    const target = await startTestApp();
    try {
      await importInto(target, doc).expect(200);
      const same = await importInto(target, doc).expect(200);
      for (const resource of RESOURCES) {
        expect(same.body[resource], resource).toEqual(counts(0, 0, doc[resource].length, 0));
      }

      const changed = copy(doc);
      const facility = changed.facilities[2];
      (facility.power as Record<string, unknown>) = { ...(facility.power as object), upsRedundancy: 'N+2' };
      changed.profiles[0].description = 'Changed by the import';
      const res = await importInto(target, changed).expect(200);
      expect(res.body.facilities).toEqual(counts(0, 1, doc.facilities.length - 1, 0));
      expect(res.body.profiles).toEqual(counts(0, 1, doc.profiles.length - 1, 0));
      expect(res.body.providers).toEqual(counts(0, 0, doc.providers.length, 0));

      const served = await target.http.get(`/v1/facilities/${facility.id}`).expect(200);
      expect(served.body.power.upsRedundancy).toBe('N+2');
      expect(served.body.version).toBe((facility.version as number) + 1);
      expect(served.body.updatedAt > (facility.updatedAt as string)).toBe(true);
      expect(served.body.createdAt).toBe(facility.createdAt);

      // Only a carrier list change is a change too.
      const relinked = copy(changed);
      const withCarriers = relinked.facilities.find((f) => f.carrierIds.length > 1)!;
      withCarriers.carrierIds = withCarriers.carrierIds.slice(1);
      const links = await importInto(target, relinked).expect(200);
      expect(links.body.facilities).toEqual(counts(0, 1, doc.facilities.length - 1, 0));
      const after = await target.http.get(`/v1/facilities/${withCarriers.id}`).expect(200);
      expect([...after.body.network.carrierIds].sort()).toEqual(withCarriers.carrierIds);
    } finally {
      await target.destroy();
    }
  });

  it('dry run reports what would change and writes nothing', async () => {
    const target = await startTestApp();
    try {
      const res = await importInto(target, doc, '?dryRun=true').expect(200);
      expect(res.body.dryRun).toBe(true);
      expect(res.body.facilities).toEqual(counts(doc.facilities.length, 0, 0, 0));
      const empty = await exportOf(target);
      for (const resource of RESOURCES) expect(empty[resource], resource).toEqual([]);

      await importInto(target, doc).expect(200);
      const extra = await createProvider(target);
      const replace = await importInto(target, doc, '?mode=replace&dryRun=true').expect(200);
      expect(replace.body).toMatchObject({ dryRun: true, mode: 'replace', providers: counts(0, 0, doc.providers.length, 1) });
      await target.http.get(`/v1/providers/${extra.id}`).expect(200);
    } finally {
      await target.destroy();
    }
  });

  it('merge keeps records the document does not list; replace deletes them', async () => {
    const target = await startTestApp();
    try {
      await importInto(target, doc).expect(200);
      const provider = await createProvider(target);
      const carrier = await createCarrier(target);
      const facility = await createFacility(target, provider.id, { network: { carrierIds: [carrier.id] } });

      const merged = await importInto(target, doc, '?mode=merge').expect(200);
      expect(merged.body.providers).toEqual(counts(0, 0, doc.providers.length, 0));
      await target.http.get(`/v1/facilities/${facility.id}`).expect(200);

      const replaced = await importInto(target, doc, '?mode=replace').expect(200);
      expect(replaced.body.providers).toEqual(counts(0, 0, doc.providers.length, 1));
      expect(replaced.body.carriers).toEqual(counts(0, 0, doc.carriers.length, 1));
      expect(replaced.body.facilities).toEqual(counts(0, 0, doc.facilities.length, 1));
      await target.http.get(`/v1/providers/${provider.id}`).expect(404);
      await target.http.get(`/v1/facilities/${facility.id}`).expect(404);
      expect(withoutExportedAt(await exportOf(target))).toEqual(withoutExportedAt(doc));
    } finally {
      await target.destroy();
    }
  });

  it('validates the whole document first: every bad field by its path, nothing written', async () => {
    const target = await startTestApp();
    try {
      const bad = copy(doc) as unknown as Record<string, unknown> & Doc;
      (bad.facilities[3].power as Record<string, unknown>) = { upsRedundancy: '3N' };
      bad.facilities[1].colour = 'blue';
      (bad.providers[0] as Record<string, unknown>).name = 42;
      (bad.complianceReports[0] as Record<string, unknown>).framework = 'SOC9';
      (bad.profiles[0] as Record<string, unknown>).weights = { power: -1 };
      bad.carriers[2].id = 'not-a-uuid';
      const res = await importInto(target, bad).expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(new Set(fieldsOf(res.body))).toEqual(
        new Set([
          'facilities.3.power.upsRedundancy',
          'facilities.1.colour',
          'providers.0.name',
          'complianceReports.0.framework',
          'profiles.0.weights.power',
          'carriers.2.id',
        ]),
      );
      const empty = await exportOf(target);
      for (const resource of RESOURCES) expect(empty[resource], resource).toEqual([]);

      const notADocument = await importInto(target, { format: 'something-else', version: 2, providers: 'x' }).expect(400);
      expect(fieldsOf(notADocument.body)).toEqual(
        expect.arrayContaining(['format', 'version', 'providers', 'carriers', 'facilities', 'complianceReports', 'profiles']),
      );
    } finally {
      await target.destroy();
    }
  });

  it('checks references and uniqueness across the document against what the import would leave', async () => {
    const target = await startTestApp();
    try {
      const bad = copy(doc);
      const missingId = '00000000-0000-4000-8000-000000000001';
      // Ids are random: pick a facility that no report is scoped to, so only its own field is wrong.
      const inScope = new Set(bad.complianceReports.flatMap((r) => r.facilityIds));
      const orphan = bad.facilities.findIndex((f) => !inScope.has(f.id));
      bad.facilities[orphan].providerId = missingId;
      const other = orphan === 0 ? 1 : 0;
      bad.facilities[other].carrierIds = [...bad.facilities[other].carrierIds, missingId];
      const scoped = bad.complianceReports.findIndex((r) => r.facilityIds.length > 0);
      const foreign = bad.facilities.find((f, i) => f.providerId !== bad.complianceReports[scoped].providerId && i !== orphan)!;
      bad.complianceReports[scoped].facilityIds = [foreign.id];
      bad.providers[2].name = String(bad.providers[1].name).toUpperCase();
      bad.carriers.push({ ...bad.carriers[0], name: 'Same id, another name' });
      const res = await importInto(target, bad).expect(400);
      expect(new Set(fieldsOf(res.body))).toEqual(
        new Set([
          `facilities.${orphan}.providerId`,
          `facilities.${other}.carrierIds.${bad.facilities[other].carrierIds.length - 1}`,
          `complianceReports.${scoped}.facilityIds.0`,
          'providers.2.name',
          `carriers.${bad.carriers.length - 1}.id`,
        ]),
      );
      expect(res.body.errors.find((e: { field: string }) => e.field === `facilities.${orphan}.providerId`).message).toContain(missingId);
      expect((await exportOf(target)).providers).toEqual([]);

      // Merging: a name held by a stored record that the document does not list is taken.
      const clash = await createProvider(target, { name: doc.providers[0].name });
      const taken = await importInto(target, doc).expect(400);
      expect(fieldsOf(taken.body)).toEqual(['providers.0.name']);
      // Replacing would delete that record, so the name is free.
      await importInto(target, doc, '?mode=replace').expect(200);
      await target.http.get(`/v1/providers/${clash.id}`).expect(404);
    } finally {
      await target.destroy();
    }
  });

  it('lets two records swap names in one import', async () => {
    const target = await startTestApp();
    try {
      await importInto(target, doc).expect(200);
      const swapped = copy(doc);
      [swapped.carriers[0].name, swapped.carriers[1].name] = [swapped.carriers[1].name, swapped.carriers[0].name];
      const res = await importInto(target, swapped).expect(200);
      expect(res.body.carriers).toEqual(counts(0, 2, doc.carriers.length - 2, 0));
      const first = await target.http.get(`/v1/carriers/${doc.carriers[0].id}`).expect(200);
      expect(first.body.name).toBe(doc.carriers[1].name);
    } finally {
      await target.destroy();
    }
  });

  it('accepts documents larger than the 1 MiB limit of other requests', async () => {
    const target = await startTestApp();
    try {
      const big = copy(doc);
      big.providers = Array.from({ length: 150 }, (_, i) => ({
        id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        name: `Bulk provider ${i}`,
        notes: 'x'.repeat(9000),
      }));
      big.facilities = [];
      big.complianceReports = [];
      expect(JSON.stringify(big).length).toBeGreaterThan(1024 * 1024);
      const res = await importInto(target, big).expect(200);
      expect(res.body.providers).toEqual(counts(150, 0, 0, 0));
    } finally {
      await target.destroy();
    }
  });

  it('is for admins only', async () => {
    await source.anonymous().get('/v1/export').expect(401);
    await source.anonymous().post('/v1/import').send(doc).expect(401);
  });
});
