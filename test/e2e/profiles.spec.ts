import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldsOf } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const body = {
  name: 'Payments platform',
  description: 'PCI workloads',
  weights: { power: 3, compliance: 3, network: 2 },
  requirements: { minPowerRedundancy: '2N', countries: ['us', 'ca'], requiredReports: [{ framework: 'SOC2', reportType: 'type2', maxAgeMonths: 12 }] },
  footprint: { cabinets: 2, kw: 8, crossConnects: 4 },
  budget: { targetMonthly: 5000, maxMonthly: 8000, currency: 'USD' },
};

describe('requirement profiles', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.destroy());

  it('lists the four read-only presets, each saying what it weighs', async () => {
    const res = await t.http.get('/v1/profiles/presets').expect(200);
    expect(res.body.items.map((p: { id: string }) => p.id)).toEqual(['balanced', 'high-availability', 'budget', 'compliance-first']);
    for (const preset of res.body.items) {
      expect(preset.preset).toBe(true);
      expect(preset.description.length).toBeGreaterThan(40);
      expect(Object.keys(preset.weights).sort()).toEqual(['climate', 'compliance', 'cost', 'network', 'power', 'remoteHands', 'security', 'sla']);
    }
    const one = await t.http.get('/v1/profiles/high-availability').expect(200);
    expect(one.body.id).toBe('high-availability');
  });

  it('refuses to change or delete a preset', async () => {
    const patch = await t.http.patch('/v1/profiles/balanced').send({ name: 'Mine' }).expect(405);
    expect(patch.body.title).toBe('Preset is read-only');
    await t.http.delete('/v1/profiles/budget').expect(405);
  });

  it('saves a profile, filling absent weights with 0 and upper-casing countries', async () => {
    const res = await t.http.post('/v1/profiles').send(body).expect(201);
    expect(res.headers.location).toBe(`/v1/profiles/${res.body.id}`);
    expect(res.body).toMatchObject({
      name: 'Payments platform',
      preset: false,
      weights: { power: 3, compliance: 3, network: 2, climate: 0, security: 0, remoteHands: 0, sla: 0, cost: 0 },
      requirements: { minPowerRedundancy: '2N', countries: ['US', 'CA'] },
      footprint: { cabinets: 2, kw: 8, crossConnects: 4 },
      budget: { targetMonthly: 5000, maxMonthly: 8000, currency: 'USD' },
      version: 1,
    });
    expect((await t.http.get(`/v1/profiles/${res.body.id}`).expect(200)).body).toEqual(res.body);
    const list = await t.http.get('/v1/profiles').expect(200);
    expect(list.body.items.map((p: { id: string }) => p.id)).toContain(res.body.id);
  });

  it('rejects all-zero weights, negative weights, a budget maximum below its target and unknown fields', async () => {
    const zero = await t.http.post('/v1/profiles').send({ name: 'Zero', weights: { power: 0 } }).expect(400);
    expect(fieldsOf(zero.body)).toEqual(['weights']);
    const bad = await t.http
      .post('/v1/profiles')
      .send({ name: 'Bad', weights: { power: -1, speed: 2 }, requirements: { minPowerRedundancy: '4N', minCarriers: 1.5 } })
      .expect(400);
    expect(new Set(fieldsOf(bad.body))).toEqual(
      new Set(['weights.power', 'weights.speed', 'requirements.minPowerRedundancy', 'requirements.minCarriers']),
    );
    const budget = await t.http
      .post('/v1/profiles')
      .send({ name: 'Budget', weights: { cost: 1 }, footprint: { cabinets: 1 }, budget: { targetMonthly: 9000, maxMonthly: 8000 } })
      .expect(400);
    expect(fieldsOf(budget.body)).toEqual(['budget.maxMonthly']);
    const missingWeights = await t.http.post('/v1/profiles').send({ name: 'No weights' }).expect(400);
    expect(fieldsOf(missingWeights.body)).toEqual(['weights']);
  });

  it('updates a profile, replacing the parts sent, and keeps the rules', async () => {
    const created = (await t.http.post('/v1/profiles').send({ ...body, name: 'To update' }).expect(201)).body;
    const res = await t.http
      .patch(`/v1/profiles/${created.id}`)
      .send({ budget: { targetMonthly: 9000, maxMonthly: 100 } })
      .expect(400);
    expect(fieldsOf(res.body)).toEqual(['budget.maxMonthly']);
    const ok = await t.http.patch(`/v1/profiles/${created.id}`).send({ weights: { security: 1 }, requirements: null }).expect(200);
    expect(ok.body.weights).toMatchObject({ security: 1, power: 0 });
    expect(ok.body.requirements).toEqual({});
    expect(ok.body.budget).toEqual(body.budget);
    expect(ok.body.version).toBe(2);
    const zero = await t.http.patch(`/v1/profiles/${created.id}`).send({ weights: {} }).expect(400);
    expect(fieldsOf(zero.body)).toEqual(['weights']);
  });

  it('rejects a duplicate name and deletes', async () => {
    const created = (await t.http.post('/v1/profiles').send({ ...body, name: 'Unique name' }).expect(201)).body;
    const dup = await t.http.post('/v1/profiles').send({ ...body, name: 'UNIQUE NAME' }).expect(409);
    expect(fieldsOf(dup.body)).toEqual(['name']);
    await t.http.delete(`/v1/profiles/${created.id}`).expect(204);
    await t.http.get(`/v1/profiles/${created.id}`).expect(404);
    await t.http.get('/v1/profiles/no-such-preset').expect(404);
  });
});
