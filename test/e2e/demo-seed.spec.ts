import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateCarrierDto } from '../../src/carriers/dto/carrier.dto.js';
import { CreateComplianceReportDto } from '../../src/compliance/dto/compliance-report.dto.js';
import { DEMO_DATASET } from '../../src/database/demo-data.js';
import { CreateFacilityDto } from '../../src/facilities/dto/create-facility.dto.js';
import { CreateProviderDto } from '../../src/providers/dto/provider.dto.js';
import { databaseUrlOf, startTestApp, type TestApp } from '../support/test-app.js';

const UUID = '00000000-0000-4000-8000-000000000000';
const strict = { whitelist: true, forbidNonWhitelisted: true };

describe('demo dataset', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: 'demo' });
  });
  afterAll(() => t.destroy());

  it('loads every provider, carrier, facility and report into an empty database', async () => {
    const count = async (path: string) => (await t.http.get(path).query({ limit: 200 }).expect(200)).body.total;
    expect(await count('/v1/providers')).toBe(DEMO_DATASET.providers.length);
    expect(await count('/v1/carriers')).toBe(DEMO_DATASET.carriers.length);
    expect(await count('/v1/facilities')).toBe(DEMO_DATASET.facilities.length);
    expect(await count('/v1/compliance-reports')).toBe(DEMO_DATASET.reports.length);
    expect(DEMO_DATASET.facilities.length).toBeGreaterThanOrEqual(12);
  });

  it('spans the range the domain describes', async () => {
    const all = (await t.http.get('/v1/facilities').query({ limit: 200 }).expect(200)).body.items;
    const models = new Set(all.map((f: { network?: { model?: string } }) => f.network?.model));
    expect(models).toEqual(new Set(['carrier-neutral', 'carrier-controlled', 'hybrid', undefined]));
    const ups = new Set(all.map((f: { power?: { upsTechnology?: string } }) => f.power?.upsTechnology));
    expect([...ups]).toEqual(expect.arrayContaining(['flywheel', 'battery-vrla', 'lithium-ion']));
    const countries = new Set(all.map((f: { address: { country: string } }) => f.address.country));
    expect(countries.size).toBeGreaterThanOrEqual(6);
    const reports = (await t.http.get('/v1/compliance-reports').query({ limit: 200 }).expect(200)).body.items;
    const kinds = reports.map((r: { framework: string; reportType: string; standard: string }) => `${r.framework}/${r.reportType}/${r.standard}`);
    expect(kinds).toEqual(expect.arrayContaining(['SOC2/type2/SSAE18', 'SOC2/type1/SSAE18', 'SOC1/type2/SAS70']));
  });

  it('is loaded once: a restart on the same database does not load it again', async () => {
    const url = databaseUrlOf(t.config);
    await t.close();
    t = await startTestApp({ seed: 'demo', databaseUrl: url });
    const res = await t.http.get('/v1/providers').expect(200);
    expect(res.body.total).toBe(DEMO_DATASET.providers.length);
  });

  it('passes the same validation as API input', async () => {
    const problems: string[] = [];
    const check = async (cls: new () => object, label: string, body: object) => {
      for (const error of await validate(plainToInstance(cls, body), strict)) problems.push(`${label}: ${error.toString()}`);
    };
    for (const { key, ...provider } of DEMO_DATASET.providers) await check(CreateProviderDto, key, provider);
    for (const { key, ...carrier } of DEMO_DATASET.carriers) await check(CreateCarrierDto, key, carrier);
    for (const { key, providerKey: _p, verifiedDaysAgo: _v, carrierKeys, network, power, ...facility } of DEMO_DATASET.facilities) {
      const { lastLoadTestDaysAgo: _l, ...powerFields } = power ?? {};
      await check(CreateFacilityDto, key, {
        ...facility,
        providerId: UUID,
        ...(power && { power: powerFields }),
        ...((network || carrierKeys) && { network: { ...network, carrierIds: (carrierKeys ?? []).map((_, i) => UUID.slice(0, -3) + String(i).padStart(3, '0')) } }),
      });
    }
    for (const report of DEMO_DATASET.reports) {
      const { providerKey, facilityKeys: _f, periodEndDaysAgo: _e, periodLengthDays: _l, issuedDaysAfterPeriodEnd: _i, bridgeLetterDays: _b, ...fields } = report;
      await check(CreateComplianceReportDto, providerKey, { ...fields, providerId: UUID });
    }
    expect(problems).toEqual([]);
  });
});
