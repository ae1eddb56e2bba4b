import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCarrier, createFacility, createProvider, createReport } from '../support/fixtures.js';
import { databaseUrlOf, startTestApp, TEST_ADMIN_KEY, type TestApp } from '../support/test-app.js';

/**
 * Two application instances on one database, as a scaled-out deployment runs them: on the
 * PostgreSQL named by TEST_DATABASE_URL (CI's PostgreSQL job), else on one SQLite file.
 * Concurrent edits of the same record through both must all land: none answered 2xx and then
 * silently overwritten by another.
 */
const EDITS = 50;
const POWER_FIELDS = ['generatorCount', 'upsRuntimeMinutes', 'generatorFuelHours'] as const;

type Client = ReturnType<typeof request>;
interface Edit {
  index: number;
  body: Record<string, any>;
  status: number;
  version?: number;
}

describe(`two app instances on one ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'SQLite'} database`, () => {
  let first: TestApp;
  let second: TestApp;
  let clients: Client[];

  beforeAll(async () => {
    first = await startTestApp();
    second = await startTestApp({ databaseUrl: databaseUrlOf(first.config) });
    // Real sockets: supertest cannot send concurrent requests through one unstarted server.
    clients = [];
    for (const t of [first, second]) {
      await t.app.listen(0, '127.0.0.1');
      clients.push(request.agent(await t.app.getUrl()).set('authorization', `Bearer ${TEST_ADMIN_KEY}`));
    }
  });
  afterAll(async () => {
    await second?.close();
    await first?.destroy();
  });

  /** Sends every body at once, alternating instances, and records status and resulting version. */
  async function race(path: string, bodies: Array<Record<string, any>>): Promise<Edit[]> {
    return Promise.all(
      bodies.map(async (body, index) => {
        const res = await clients[index % 2].patch(path).send(body);
        return { index, body, status: res.status, version: res.body?.version };
      }),
    );
  }

  /** Every edit answered 2xx, each got its own version, and the record counts every one. */
  function expectNoLostUpdate(edits: Edit[], finalVersion: number): void {
    const counts = new Map<number, number>();
    for (const e of edits) counts.set(e.status, (counts.get(e.status) ?? 0) + 1);
    const statuses = [...counts].map(([status, count]) => `${count}x${status}`);
    console.info(
      `${edits.length} concurrent PATCHes: ${statuses.join(', ')}; ${new Set(edits.map((e) => e.version)).size} distinct versions; final version ${finalVersion}`,
    );
    const failed = edits.filter((e) => e.status < 200 || e.status >= 300);
    expect(failed.map((e) => `#${e.index}: ${e.status}`)).toEqual([]);
    const versions = edits.map((e) => e.version).sort((a, b) => a! - b!);
    expect(versions).toEqual(edits.map((_, i) => i + 2));
    expect(finalVersion).toBe(1 + edits.length);
  }

  it(`keeps all ${EDITS} concurrent PATCHes of one facility, the final state equal to applying them in version order`, async () => {
    const provider = await createProvider(first);
    const carriers = [await createCarrier(first), await createCarrier(first), await createCarrier(first)];
    const facility = await createFacility(first, provider.id, { power: { utilityFeeds: 2 } });
    // Each edit renames the facility and sets one field of the power block; every fifth also
    // replaces the carrier list. A read-modify-write without a lock loses block fields, versions
    // and carrier links.
    const bodies = Array.from({ length: EDITS }, (_, i) => ({
      name: `Race ${i}`,
      power: { [POWER_FIELDS[i % POWER_FIELDS.length]]: i },
      ...(i % 5 === 0 && { network: { meetMeRooms: i, carrierIds: [carriers[i % carriers.length].id] } }),
    }));
    const started = Date.now();
    const edits = await race(`/v1/facilities/${facility.id}`, bodies);
    console.info(`${EDITS} concurrent facility PATCHes through 2 instances took ${Date.now() - started} ms`);

    const [fromFirst, fromSecond] = await Promise.all(clients.map((c) => c.get(`/v1/facilities/${facility.id}`).expect(200)));
    expect(fromSecond.body).toEqual(fromFirst.body);
    const final = fromFirst.body;
    expectNoLostUpdate(edits, final.version);

    const expected = { name: facility.name, power: { utilityFeeds: 2 } as Record<string, number>, network: null as any };
    for (const edit of [...edits].sort((a, b) => a.version! - b.version!)) {
      expected.name = edit.body.name;
      Object.assign(expected.power, edit.body.power);
      if (edit.body.network) {
        const carrier = carriers.find((c) => c.id === edit.body.network.carrierIds[0])!;
        expected.network = {
          meetMeRooms: edit.body.network.meetMeRooms,
          carrierIds: [carrier.id],
          carriers: [{ id: carrier.id, name: carrier.name }],
        };
      }
    }
    expect({ name: final.name, power: final.power, network: final.network }).toEqual(expected);
  });

  it('keeps concurrent PATCHes of a provider, a carrier, a compliance report and a profile', async () => {
    const provider = await createProvider(first);
    const carrier = await createCarrier(first);
    const report = await createReport(first, provider.id);
    const profile = (await first.http.post('/v1/profiles').send({ name: `Race ${provider.name}`, weights: { power: 1 } }).expect(201)).body;
    const n = 20;
    const [providerEdits, carrierEdits, reportEdits, profileEdits] = await Promise.all([
      race(`/v1/providers/${provider.id}`, Array.from({ length: n }, (_, i) => ({ notes: `note ${i}` }))),
      race(`/v1/carriers/${carrier.id}`, Array.from({ length: n }, (_, i) => ({ website: `https://carrier.example/${i}` }))),
      race(`/v1/compliance-reports/${report.id}`, Array.from({ length: n }, (_, i) => ({ exceptionsCount: i }))),
      race(`/v1/profiles/${profile.id}`, Array.from({ length: n }, (_, i) => ({ description: `take ${i}` }))),
    ]);
    const last = (edits: Edit[]) => edits.reduce((a, b) => (b.version! > a.version! ? b : a)).body;

    const p = (await clients[1].get(`/v1/providers/${provider.id}`).expect(200)).body;
    expectNoLostUpdate(providerEdits, p.version);
    expect(p.notes).toBe(last(providerEdits).notes);

    const c = (await clients[1].get(`/v1/carriers/${carrier.id}`).expect(200)).body;
    expectNoLostUpdate(carrierEdits, c.version);
    expect(c.website).toBe(last(carrierEdits).website);

    const r = (await clients[1].get(`/v1/compliance-reports/${report.id}`).expect(200)).body;
    expectNoLostUpdate(reportEdits, r.version);
    expect(r.exceptionsCount).toBe(last(reportEdits).exceptionsCount);

    const f = (await clients[1].get(`/v1/profiles/${profile.id}`).expect(200)).body;
    expectNoLostUpdate(profileEdits, f.version);
    expect(f.description).toBe(last(profileEdits).description);
  });
});
