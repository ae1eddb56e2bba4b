import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFacility, createProvider, createReport, fieldsOf } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('compliance reports', () => {
  let t: TestApp;
  let providerId: string;
  let otherProviderId: string;
  let facilityA: string;
  let facilityB: string;
  let foreignFacility: string;

  beforeAll(async () => {
    t = await startTestApp();
    providerId = (await createProvider(t)).id;
    otherProviderId = (await createProvider(t)).id;
    facilityA = (await createFacility(t, providerId)).id;
    facilityB = (await createFacility(t, providerId)).id;
    foreignFacility = (await createFacility(t, otherProviderId)).id;
  });
  afterAll(() => t.destroy());

  it('creates a report with every field and reads it back', async () => {
    const body = {
      providerId,
      facilityIds: [facilityA],
      framework: 'SOC2',
      reportType: 'type2',
      standard: 'SSAE18',
      periodStart: '2025-10-01',
      periodEnd: '2026-09-30',
      issuedAt: '2026-11-01',
      auditor: 'Ledger & Vale LLP',
      opinion: 'unqualified',
      exceptionsCount: 0,
      trustServicesCriteria: ['security', 'availability'],
      ndaRequired: true,
      bridgeLetterThrough: '2026-12-31',
    };
    const res = await t.http.post('/v1/compliance-reports').send(body).expect(201);
    expect(res.headers.location).toBe(`/v1/compliance-reports/${res.body.id}`);
    expect(res.body).toMatchObject({ ...body, version: 1 });
    expect((await t.http.get(res.headers.location).expect(200)).body).toEqual(res.body);
  });

  it('lists for a facility the estate-wide reports and those scoped to it, not those scoped elsewhere', async () => {
    const estate = await createReport(t, providerId, { framework: 'ISO27001', reportType: 'certificate', periodEnd: '2026-01-31' });
    const scopedToB = await createReport(t, providerId, { facilityIds: [facilityB], periodEnd: '2026-08-31' });
    await createReport(t, otherProviderId);
    const forB = await t.http.get(`/v1/facilities/${facilityB}/compliance-reports`).expect(200);
    expect(forB.body.items.map((r: { id: string }) => r.id)).toEqual([scopedToB.id, estate.id]);
    expect(forB.body.total).toBe(2);
    const forA = await t.http.get(`/v1/facilities/${facilityA}/compliance-reports`).expect(200);
    expect(forA.body.items.map((r: { id: string }) => r.id)).not.toContain(scopedToB.id);
    expect(forA.body.items.map((r: { id: string }) => r.id)).toContain(estate.id);
    await t.http.get('/v1/facilities/00000000-0000-4000-8000-000000000000/compliance-reports').expect(404);
  });

  it('rejects a period that ends before it starts, a bridge letter before the period end, and odd report types', async () => {
    const res = await t.http
      .post('/v1/compliance-reports')
      .send({ providerId, framework: 'ISO27001', reportType: 'type2', periodStart: '2026-05-01', periodEnd: '2026-04-30', bridgeLetterThrough: '2026-01-01' })
      .expect(400);
    expect(new Set(fieldsOf(res.body))).toEqual(new Set(['reportType', 'periodEnd', 'bridgeLetterThrough']));
  });

  it('rejects scoping a report to another provider\'s facility or an unknown provider', async () => {
    const res = await t.http
      .post('/v1/compliance-reports')
      .send({ providerId, framework: 'SOC2', reportType: 'type1', facilityIds: [facilityA, foreignFacility] })
      .expect(400);
    expect(fieldsOf(res.body)).toEqual(['facilityIds.1']);
    const unknown = await t.http
      .post('/v1/compliance-reports')
      .send({ providerId: '00000000-0000-4000-8000-000000000000', framework: 'SOC2', reportType: 'type1' })
      .expect(400);
    expect(fieldsOf(unknown.body)).toEqual(['providerId']);
  });

  it('rejects bad enums and dates, naming each field', async () => {
    const res = await t.http
      .post('/v1/compliance-reports')
      .send({ providerId, framework: 'SOC4', reportType: 'type3', standard: 'SAS71', opinion: 'fine', periodEnd: '30/09/2026', exceptionsCount: -1, trustServicesCriteria: ['speed'] })
      .expect(400);
    expect(new Set(fieldsOf(res.body))).toEqual(
      new Set(['framework', 'reportType', 'standard', 'opinion', 'periodEnd', 'exceptionsCount', 'trustServicesCriteria']),
    );
  });

  it('patches a report, keeping the cross-field rules, and changes its scope', async () => {
    const report = await createReport(t, providerId);
    const bad = await t.http.patch(`/v1/compliance-reports/${report.id}`).send({ periodStart: '2027-01-01' }).expect(400);
    expect(fieldsOf(bad.body)).toEqual(['periodEnd']);
    const res = await t.http
      .patch(`/v1/compliance-reports/${report.id}`)
      .send({ opinion: 'qualified', exceptionsCount: 3, facilityIds: [facilityB, facilityA] })
      .expect(200);
    expect(res.body).toMatchObject({ opinion: 'qualified', exceptionsCount: 3, version: 2 });
    expect(res.body.facilityIds).toEqual([facilityA, facilityB].sort());
    const estateWide = await t.http.patch(`/v1/compliance-reports/${report.id}`).send({ facilityIds: null }).expect(200);
    expect(estateWide.body.facilityIds).toEqual([]);
  });

  it('filters the list by provider and framework, and deletes', async () => {
    const report = await createReport(t, otherProviderId, { framework: 'PCI-DSS', reportType: 'attestation' });
    const list = await t.http.get('/v1/compliance-reports').query({ providerId: otherProviderId, framework: 'PCI-DSS' }).expect(200);
    expect(list.body.items.map((r: { id: string }) => r.id)).toEqual([report.id]);
    await t.http.delete(`/v1/compliance-reports/${report.id}`).expect(204);
    await t.http.get(`/v1/compliance-reports/${report.id}`).expect(404);
  });
});

describe('deleting a facility that reports are scoped to', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.destroy());

  it('never widens a scoped report to the whole estate', async () => {
    const providerId = (await createProvider(t)).id;
    const [a, b, c] = [await createFacility(t, providerId), await createFacility(t, providerId), await createFacility(t, providerId)];
    const onlyA = await createReport(t, providerId, { facilityIds: [a.id] });
    const aAndB = await createReport(t, providerId, { facilityIds: [a.id, b.id] });
    const estate = await createReport(t, providerId);
    await t.http.delete(`/v1/facilities/${a.id}`).expect(204);
    await t.http.get(`/v1/compliance-reports/${onlyA.id}`).expect(404);
    const narrowed = await t.http.get(`/v1/compliance-reports/${aAndB.id}`).expect(200);
    expect(narrowed.body).toMatchObject({ facilityIds: [b.id], version: 2 });
    const forC = await t.http.get(`/v1/facilities/${c.id}/compliance-reports`).expect(200);
    expect(forC.body.items.map((r: { id: string }) => r.id)).toEqual([estate.id]);
  });
});
