import type { TestApp } from './test-app.js';

/** Small builders that create records through the API and return the response body. */
let counter = 0;
const unique = (prefix: string) => `${prefix} ${++counter}-${Math.random().toString(36).slice(2, 8)}`;

export async function createProvider(t: TestApp, body: Record<string, unknown> = {}) {
  const res = await t.http.post('/v1/providers').send({ name: unique('Provider'), ...body }).expect(201);
  return res.body as { id: string; name: string; version: number };
}

export async function createCarrier(t: TestApp, body: Record<string, unknown> = {}) {
  const res = await t.http.post('/v1/carriers').send({ name: unique('Carrier'), ...body }).expect(201);
  return res.body as { id: string; name: string };
}

export async function createFacility(t: TestApp, providerId: string, body: Record<string, unknown> = {}) {
  const res = await t.http
    .post('/v1/facilities')
    .send({ providerId, name: unique('Facility'), address: { country: 'US', city: 'Seattle' }, ...body });
  if (res.status !== 201) throw new Error(`createFacility failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; name: string; version: number; [key: string]: unknown };
}

export async function createReport(t: TestApp, providerId: string, body: Record<string, unknown> = {}) {
  const res = await t.http
    .post('/v1/compliance-reports')
    .send({ providerId, framework: 'SOC2', reportType: 'type2', periodStart: '2025-07-01', periodEnd: '2026-06-30', ...body });
  if (res.status !== 201) throw new Error(`createReport failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; facilityIds: string[]; [key: string]: unknown };
}

/** The list of `field` names in a problem-details body. */
export function fieldsOf(body: { errors?: Array<{ field: string }> }): string[] {
  return (body.errors ?? []).map((e) => e.field);
}
