/**
 * Deterministic, realistic-looking benchmark data: providers, carriers, facilities with varied
 * (and partly unknown) category blocks, carrier links and compliance reports, in the stored
 * shapes of the app's entities (Celsius, ISO dates, lower-case UUIDs). The same seed always
 * yields the same rows, so runs are comparable.
 */
import { createHash } from 'node:crypto';

const DAY_MS = 86_400_000;

/** mulberry32: small, fast, seedable. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable UUID (v4 layout) from a name. */
function uuidOf(name) {
  const h = createHash('sha1').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[parseInt(h[16], 16) % 4]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const CITIES = [
  ['US', 'Seattle', 'WA', 47.61, -122.33, 'USD'], ['US', 'Ashburn', 'VA', 39.04, -77.49, 'USD'],
  ['US', 'Dallas', 'TX', 32.78, -96.8, 'USD'], ['US', 'Chicago', 'IL', 41.88, -87.63, 'USD'],
  ['US', 'Phoenix', 'AZ', 33.45, -112.07, 'USD'], ['US', 'Denver', 'CO', 39.74, -104.99, 'USD'],
  ['CA', 'Toronto', 'ON', 43.65, -79.38, 'USD'], ['DE', 'Frankfurt am Main', 'Hessen', 50.11, 8.68, 'EUR'],
  ['NL', 'Amsterdam', 'Noord-Holland', 52.37, 4.9, 'EUR'], ['FR', 'Paris', 'Île-de-France', 48.86, 2.35, 'EUR'],
  ['GB', 'London', 'Greater London', 51.51, -0.13, 'GBP'], ['GB', 'Manchester', 'Greater Manchester', 53.48, -2.24, 'GBP'],
  ['JP', 'Tokyo', 'Tokyo', 35.68, 139.69, 'USD'], ['SG', 'Singapore', 'Singapore', 1.35, 103.82, 'SGD'],
  ['AU', 'Sydney', 'NSW', -33.87, 151.21, 'USD'], ['IE', 'Dublin', 'Leinster', 53.35, -6.26, 'EUR'],
];
const PROVIDER_WORDS = ['Harbor', 'Granite', 'Cobalt', 'Orchard', 'Kestrel', 'Stratos', 'Quayside', 'Tessellate', 'Brightline', 'Rackside', 'Sakura', 'Ardoise', 'Meridian', 'Summit', 'Lattice', 'Beacon', 'Northwind', 'Basalt', 'Cedar', 'Ionic'];
const PROVIDER_KINDS = ['Data Centers', 'Colocation', 'Hosting', 'Data Park', 'Telecom', 'Interchange', 'Datacentres', 'Digital'];
const CARRIER_WORDS = ['Meridian', 'Northgate', 'Corvane', 'Halden', 'Ashgrove', 'Quillon', 'Veradyne', 'Pellucid', 'Tamsin', 'Orrery', 'Lumen', 'Aster', 'Boreal', 'Calder', 'Dunmore', 'Eskar'];
const CARRIER_KINDS = ['Fiber', 'Transit', 'Networks', 'Optical', 'Wave', 'Backbone'];
const REDUNDANCY = ['N', 'N+1', 'N+1', 'N+2', '2N', '2N', '2N+1'];
const AUDITORS = ['Marlow Keane CPAs', 'Pennine & Hale LLP', 'Ledger & Vale LLP', 'Corran Whitby Assurance', 'Brackett Sloane & Co.'];

export function generateDataset(facilityCount, { seed = 42, today = new Date() } = {}) {
  const rand = rng(seed + facilityCount);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const chance = (p) => rand() < p;
  const int = (min, max) => min + Math.floor(rand() * (max - min + 1));
  const day = (daysAgo) => new Date(today.getTime() - daysAgo * DAY_MS).toISOString().slice(0, 10);
  const stamp = today.toISOString();
  const versioned = () => ({ version: 1, createdAt: stamp, updatedAt: stamp });
  /** Each field of a block is known with probability `known`; an empty block is stored as null. */
  const block = (fields, known) => {
    const out = {};
    for (const [key, make] of Object.entries(fields)) if (chance(known)) out[key] = make();
    return Object.keys(out).length > 0 ? out : null;
  };

  const providers = [];
  const providerCount = Math.max(5, Math.ceil(facilityCount / 40));
  for (let i = 0; i < providerCount; i++) {
    const name = `${PROVIDER_WORDS[i % PROVIDER_WORDS.length]} ${PROVIDER_KINDS[Math.floor(i / PROVIDER_WORDS.length) % PROVIDER_KINDS.length]} ${i + 1}`;
    providers.push({
      id: uuidOf(`provider-${i}`),
      name,
      nameKey: name.toLowerCase(),
      website: chance(0.8) ? `https://provider-${i + 1}.example` : null,
      headquartersCountry: pick(CITIES)[0],
      notes: chance(0.3) ? 'Generated for benchmarks.' : null,
      ...versioned(),
    });
  }

  const carriers = [];
  for (let i = 0; i < 60; i++) {
    const name = `${CARRIER_WORDS[i % CARRIER_WORDS.length]} ${CARRIER_KINDS[i % CARRIER_KINDS.length]} ${i + 1}`;
    carriers.push({ id: uuidOf(`carrier-${i}`), name, nameKey: name.toLowerCase(), website: chance(0.8) ? `https://carrier-${i + 1}.example` : null, ...versioned() });
  }

  const facilities = [];
  const facilityCarriers = [];
  const byProvider = new Map();
  for (let i = 0; i < facilityCount; i++) {
    const provider = providers[i % providerCount];
    const [country, city, region, lat, lon, currency] = pick(CITIES);
    const code = `${city.slice(0, 3).toUpperCase()}${int(1, 99)}`;
    const name = `${provider.name.split(' ')[0]} ${code}-${i + 1}`;
    const status = chance(0.9) ? 'active' : chance(0.6) ? 'planned' : 'decommissioned';
    const quality = rand(); // premium sites know more and score better
    const known = 0.6 + quality * 0.38;
    const model = chance(0.75) ? 'carrier-neutral' : chance(0.5) ? 'hybrid' : 'carrier-controlled';
    const power = block({
      utilityFeeds: () => (quality > 0.5 ? 2 : int(1, 2)),
      diverseSubstations: () => quality > 0.4,
      upsTechnology: () => pick(['battery-vrla', 'lithium-ion', 'flywheel', 'rotary']),
      upsRedundancy: () => REDUNDANCY[Math.min(6, Math.floor(quality * 7))],
      upsRuntimeMinutes: () => int(5, 20),
      generatorCount: () => int(1, 10),
      generatorRedundancy: () => pick(REDUNDANCY),
      generatorFuelHours: () => pick([8, 24, 36, 48, 72]),
      generatorTestInterval: () => pick(['weekly', 'monthly', 'monthly', 'quarterly', 'annually']),
      lastLoadTestAt: () => day(int(10, 1500)),
      distribution: () => (quality > 0.3 ? 'A+B' : 'single'),
      monitored24x7: () => quality > 0.25,
    }, known);
    const network = block({
      model: () => model,
      diverseFiberEntries: () => int(1, 4),
      meetMeRooms: () => int(0, 3),
      internetExchanges: () => Array.from({ length: int(0, 3) }, (_, k) => `${city} IX ${k + 1}`),
    }, known);
    const climate = block({
      temperatureMin: () => int(17, 21),
      temperatureMax: () => int(24, 29),
      humidityMinPct: () => int(5, 40),
      humidityMaxPct: () => int(55, 70),
      maxSwingPerHour: () => pick([1, 1.5, 2, 3, 4]),
      coolingRedundancy: () => pick(REDUNDANCY),
      monitored24x7: () => quality > 0.3,
    }, known);
    const security = block({
      accessMethods: () => (quality > 0.6 ? ['badge', 'pin', 'biometric', 'mantrap'] : quality > 0.3 ? ['badge', 'pin'] : ['key']),
      layers: () => int(1, 5),
      cctv: () => quality > 0.1,
      cctvRetentionDays: () => pick([7, 30, 90, 120, 365]),
      guards: () => pick(['none', 'business-hours', '24x7', '24x7']),
      cabinetLocks: () => pick(['key', 'combination', 'electronic']),
      cagesAvailable: () => quality > 0.3,
      accessLogRetentionDays: () => pick([90, 180, 365, 730]),
      packageHandling: () => pick(['not-accepted', 'accepted', 'held-securely']),
    }, known);
    const remoteHands = block({
      availability: () => pick(['business-hours', '24x7', '24x7']),
      responseTimeMinutes: () => pick([15, 30, 60, 120, 240]),
      hourlyRate: () => int(100, 200),
      currency: () => currency,
      minimumBillableMinutes: () => pick([15, 30, 60]),
      billingIncrementMinutes: () => pick([15, 30]),
      includedMinutesPerMonth: () => pick([0, 0, 60, 120]),
    }, known);
    const sla = block({
      powerUptimePct: () => pick([99, 99.9, 99.99, 99.999, 100]),
      networkUptimePct: () => pick([99, 99.9, 99.95, 99.99, 99.999]),
      creditPctPerHour: () => pick([1, 5, 10]),
    }, known);
    const pricing = block({
      currency: () => currency,
      cabinetMonthly: () => int(500, 2200),
      perKwMonthly: () => int(140, 250),
      setupFee: () => int(0, 2500),
      crossConnectMonthly: () => int(100, 350),
    }, known);
    const facility = {
      id: uuidOf(`facility-${facilityCount}-${i}`),
      providerId: provider.id,
      name,
      nameKey: name.toLowerCase(),
      code,
      addressLine1: chance(0.85) ? `${int(1, 9999)} ${pick(['Harbor Way', 'Data Drive', 'Fiber Street', 'Industrial Road'])}` : null,
      addressLine2: chance(0.1) ? 'Building B' : null,
      city,
      region,
      postalCode: chance(0.9) ? String(int(10000, 99999)) : null,
      country,
      latitude: chance(0.9) ? Math.round((lat + rand() - 0.5) * 1e4) / 1e4 : null,
      longitude: chance(0.9) ? Math.round((lon + rand() - 0.5) * 1e4) / 1e4 : null,
      status,
      verifiedAt: chance(0.9) ? day(int(5, 900)) : null,
      networkModel: network?.model ?? null,
      power,
      network,
      climate,
      security,
      remoteHands,
      sla,
      pricing,
      ...versioned(),
    };
    facilities.push(facility);
    const list = byProvider.get(provider.id) ?? [];
    list.push(facility.id);
    byProvider.set(provider.id, list);
    const carrierCount = model === 'carrier-controlled' ? 1 : int(0, 12);
    const start = int(0, carriers.length - 1);
    for (let k = 0; k < carrierCount; k++) {
      facilityCarriers.push({ facilityId: facility.id, carrierId: carriers[(start + k * 7) % carriers.length].id });
    }
  }

  const reports = [];
  const reportFacilities = [];
  providers.forEach((provider, p) => {
    const count = int(0, 4);
    for (let r = 0; r < count; r++) {
      const framework = pick(['SOC2', 'SOC2', 'SOC1', 'ISO27001', 'PCI-DSS']);
      const reportType =
        framework === 'ISO27001' ? 'certificate' : framework === 'PCI-DSS' ? 'attestation' : chance(0.8) ? 'type2' : 'type1';
      const endDaysAgo = int(20, 700);
      const report = {
        id: uuidOf(`report-${facilityCount}-${p}-${r}`),
        providerId: provider.id,
        framework,
        reportType,
        standard: framework.startsWith('SOC') ? pick(['SSAE18', 'SSAE18', 'ISAE3402', 'SSAE16']) : 'none',
        periodStart: day(endDaysAgo + (reportType === 'type1' ? 0 : 365)),
        periodEnd: day(endDaysAgo),
        issuedAt: day(Math.max(0, endDaysAgo - 45)),
        auditor: pick(AUDITORS),
        opinion: framework.startsWith('SOC') ? (chance(0.85) ? 'unqualified' : 'qualified') : null,
        exceptionsCount: framework.startsWith('SOC') ? int(0, 4) : null,
        trustServicesCriteria: framework === 'SOC2' ? ['security', 'availability'] : null,
        ndaRequired: chance(0.9),
        bridgeLetterThrough: chance(0.2) ? day(Math.max(0, endDaysAgo - 90)) : null,
        ...versioned(),
      };
      reports.push(report);
      const owned = byProvider.get(provider.id) ?? [];
      if (owned.length > 1 && chance(0.3)) {
        // Scoped to a few of the provider's sites; the others are not covered.
        for (const facilityId of owned.slice(0, int(1, Math.min(3, owned.length - 1)))) {
          reportFacilities.push({ reportId: report.id, facilityId });
        }
      }
    }
  });

  return { providers, carriers, facilities, facilityCarriers, reports, reportFacilities };
}
