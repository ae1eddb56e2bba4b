import type { CreateApiKeyDto } from '../auth/dto/api-key.dto.js';
import type { CreateCarrierDto, UpdateCarrierDto } from '../carriers/dto/carrier.dto.js';
import type { CreateComplianceReportDto, UpdateComplianceReportDto } from '../compliance/dto/compliance-report.dto.js';
import type { CreateFacilityDto, UpdateFacilityDto } from '../facilities/dto/create-facility.dto.js';
import type { CreateProfileDto, UpdateProfileDto } from '../profiles/dto/profile.dto.js';
import type { CreateProviderDto, UpdateProviderDto } from '../providers/dto/provider.dto.js';
import type { CreateRankingDto } from '../scorecards/dto/ranking.dto.js';
import type { PeeringDbImportDto } from '../imports/dto/peeringdb.dto.js';
import type { ImportDocumentDto } from '../transfer/dto/import-document.dto.js';

/**
 * Request-body examples, keyed by operationId, added to the document by
 * `normalizeOpenApiDocument`. Swagger UI offers them in "Try it out"; `redocly lint` checks each
 * one against its schema, and the generator fails on an operationId that no longer exists.
 * Every operation with a JSON request body needs at least one entry (a redocly rule checks).
 */
export interface RequestBodyExample {
  summary: string;
  value: unknown;
}

/** Typed against the DTO, so a renamed field breaks the build rather than the example. */
function example<T>(summary: string, value: T): RequestBodyExample {
  return { summary, value };
}

/** The ids the examples refer to; a test replaces them with real ones and sends every example. */
export const EXAMPLE_IDS = {
  provider: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  facilities: ['1b4e28ba-2fa1-41d2-883f-0016d3cca427', '3d5f7a9c-1b2e-4f60-8a7b-9c0d1e2f3a4b'],
  carriers: ['6fa459ea-ee8a-4ca4-894e-db77e160355e', '9b2f3c1d-5e6a-4b7c-8d9e-0f1a2b3c4d5e'],
} as const;
const PROVIDER_ID = EXAMPLE_IDS.provider;
const FACILITY_ID = EXAMPLE_IDS.facilities[0];
const CARRIER_IDS = [...EXAMPLE_IDS.carriers];

export const REQUEST_BODY_EXAMPLES: Record<string, Record<string, RequestBodyExample>> = {
  createProvider: {
    minimal: example<CreateProviderDto>('Only the name', { name: 'Northwind Colocation' }),
    full: example<CreateProviderDto>('Every field', {
      name: 'Northwind Colocation',
      website: 'https://northwind-colo.example',
      headquartersCountry: 'US',
      notes: 'Contract renewal due 2027.',
    }),
  },
  updateProvider: {
    rename: example<UpdateProviderDto>('Rename, clear the notes', { name: 'Northwind Data Centers', notes: null }),
  },
  createCarrier: {
    carrier: example<CreateCarrierDto>('A carrier', { name: 'Meridian Fiber', website: 'https://meridian-fiber.example' }),
  },
  updateCarrier: {
    website: example<UpdateCarrierDto>('Clear the website', { website: null }),
  },
  createFacility: {
    minimal: example<CreateFacilityDto>('Only what is required; everything else is "unknown"', {
      providerId: PROVIDER_ID,
      name: 'Harbor SEA1',
      address: { city: 'Seattle', country: 'US' },
    }),
    full: example<CreateFacilityDto>('A well-documented facility', {
      providerId: PROVIDER_ID,
      name: 'Harbor SEA1',
      code: 'SEA1',
      status: 'active',
      address: { line1: '400 Harbor Way', city: 'Seattle', region: 'WA', postalCode: '98101', country: 'US' },
      location: { latitude: 47.6062, longitude: -122.3321 },
      verifiedAt: '2026-10-01',
      power: {
        utilityFeeds: 2,
        diverseSubstations: true,
        upsTechnology: 'lithium-ion',
        upsRedundancy: '2N',
        upsRuntimeMinutes: 10,
        generatorCount: 4,
        generatorRedundancy: 'N+1',
        generatorFuelHours: 48,
        generatorTestInterval: 'monthly',
        lastLoadTestAt: '2026-06-01',
        distribution: 'A+B',
        monitored24x7: true,
      },
      network: {
        model: 'carrier-neutral',
        carrierIds: CARRIER_IDS,
        diverseFiberEntries: 2,
        meetMeRooms: 2,
        internetExchanges: ['NWIX'],
      },
      climate: {
        temperatureUnit: 'C',
        temperatureMin: 18,
        temperatureMax: 27,
        humidityMinPct: 20,
        humidityMaxPct: 60,
        maxSwingPerHour: 2,
        coolingRedundancy: 'N+1',
        monitored24x7: true,
      },
      security: {
        accessMethods: ['badge', 'biometric', 'mantrap'],
        layers: 5,
        cctv: true,
        cctvRetentionDays: 90,
        guards: '24x7',
        cabinetLocks: 'electronic',
        cagesAvailable: true,
        accessLogRetentionDays: 365,
        packageHandling: 'held-securely',
      },
      remoteHands: {
        availability: '24x7',
        responseTimeMinutes: 15,
        hourlyRate: 150,
        currency: 'USD',
        minimumBillableMinutes: 30,
        billingIncrementMinutes: 15,
        includedMinutesPerMonth: 60,
      },
      sla: { powerUptimePct: 100, networkUptimePct: 99.999, creditPctPerHour: 5 },
      pricing: { currency: 'USD', cabinetMonthly: 1200, perKwMonthly: 180, setupFee: 1500, crossConnectMonthly: 250 },
    }),
  },
  updateFacility: {
    upsRedundancy: example<UpdateFacilityDto>('Change one field of a block (blocks merge)', { power: { upsRedundancy: '2N' } }),
    fahrenheit: example<UpdateFacilityDto>('Climate sent in Fahrenheit (stored in Celsius)', {
      climate: { temperatureUnit: 'F', temperatureMin: 64.4, temperatureMax: 80.6 },
    }),
    clear: example<UpdateFacilityDto>('Clear optional fields', { code: null, verifiedAt: null }),
  },
  createComplianceReport: {
    soc2: example<CreateComplianceReportDto>('A SOC 2 Type 2 report scoped to one facility', {
      providerId: PROVIDER_ID,
      facilityIds: [FACILITY_ID],
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
    }),
    iso27001: example<CreateComplianceReportDto>('An ISO 27001 certificate for all of the provider\'s facilities', {
      providerId: PROVIDER_ID,
      framework: 'ISO27001',
      reportType: 'certificate',
      issuedAt: '2026-03-15',
    }),
  },
  updateComplianceReport: {
    bridgeLetter: example<UpdateComplianceReportDto>('Record a bridge letter', { bridgeLetterThrough: '2027-03-31' }),
  },
  createProfile: {
    payments: example<CreateProfileDto>('Weights, hard requirements, footprint and budget', {
      name: 'Payments platform',
      description: 'PCI workloads: compliance and power first, two carriers minimum.',
      weights: { power: 3, network: 2, climate: 1, security: 2, remoteHands: 1, sla: 1, compliance: 2, cost: 2 },
      requirements: {
        countries: ['US', 'CA'],
        minPowerRedundancy: 'N+1',
        minCarriers: 2,
        remoteHands24x7: true,
        requiredReports: [{ framework: 'PCI-DSS' }, { framework: 'SOC2', reportType: 'type2', maxAgeMonths: 12 }],
      },
      footprint: { cabinets: 2, kw: 8, crossConnects: 4, remoteHandsIncidentsPerMonth: 2, averageIncidentMinutes: 20 },
      budget: { currency: 'USD', targetMonthly: 5000, maxMonthly: 8000 },
    }),
    weightsOnly: example<CreateProfileDto>('Only weights: no hard requirements, cost not scored', {
      name: 'Latency-sensitive edge',
      weights: { network: 3, power: 2, remoteHands: 1 },
    }),
  },
  updateProfile: {
    weights: example<UpdateProfileDto>('Replace the weights, clear the description', {
      weights: { power: 2, network: 3, compliance: 1 },
      description: null,
    }),
  },
  createApiKey: {
    editor: example<CreateApiKeyDto>('A key for an importing job', { name: 'nightly importer', role: 'editor' }),
  },
  createRanking: {
    preset: example<CreateRankingDto>('Active US facilities against a preset', {
      profileId: 'high-availability',
      filter: { country: 'US', status: 'active' },
    }),
    inline: example<CreateRankingDto>('Chosen facilities against an unsaved profile, with findings', {
      profile: {
        weights: { power: 3, network: 2, cost: 1 },
        footprint: { cabinets: 1, kw: 4 },
        budget: { targetMonthly: 5000, maxMonthly: 8000 },
      },
      facilityIds: [...EXAMPLE_IDS.facilities],
      includeFindings: true,
    }),
  },
  importData: {
    restore: example<ImportDocumentDto>('A small export document (ids are kept)', {
      format: 'dcscore-export',
      version: 1,
      exportedAt: '2026-11-20T08:00:00.000Z',
      providers: [{ id: '0c8f3a52-6d1e-4b7a-9f21-5e4d3c2b1a01', name: 'Example Import Provider', headquartersCountry: 'NL', version: 2, createdAt: '2026-01-05T10:00:00.000Z', updatedAt: '2026-03-01T09:30:00.000Z' }],
      carriers: [{ id: '0c8f3a52-6d1e-4b7a-9f21-5e4d3c2b1a02', name: 'Example Import Carrier' }],
      facilities: [
        {
          id: '0c8f3a52-6d1e-4b7a-9f21-5e4d3c2b1a03',
          providerId: '0c8f3a52-6d1e-4b7a-9f21-5e4d3c2b1a01',
          name: 'Example Import AMS1',
          address: { city: 'Amsterdam', country: 'NL' },
          carrierIds: ['0c8f3a52-6d1e-4b7a-9f21-5e4d3c2b1a02'],
          power: { upsRedundancy: '2N', diverseSubstations: true },
          network: { model: 'carrier-neutral' },
        },
      ],
      complianceReports: [
        {
          id: '0c8f3a52-6d1e-4b7a-9f21-5e4d3c2b1a04',
          providerId: '0c8f3a52-6d1e-4b7a-9f21-5e4d3c2b1a01',
          facilityIds: ['0c8f3a52-6d1e-4b7a-9f21-5e4d3c2b1a03'],
          framework: 'ISO27001',
          reportType: 'certificate',
          issuedAt: '2026-02-01',
        },
      ],
      profiles: [],
    }),
  },
  importPeeringDb: {
    sample: example<PeeringDbImportDto>('PeeringDB responses as downloaded (fields dcscore does not map are ignored)', {
      org: { data: [{ id: 9001, name: 'Example PeeringDB Org', website: 'https://org.example', country: 'US', status: 'ok' }] },
      fac: {
        data: [
          {
            id: 9101,
            org_id: 9001,
            name: 'Example PeeringDB Facility',
            address1: '1 Example Street',
            city: 'Chicago',
            state: 'IL',
            zipcode: '60601',
            country: 'US',
            latitude: 41.8781,
            longitude: -87.6298,
            diverse_serving_substations: true,
            status: 'ok',
          },
        ],
      },
      carrier: { data: [{ id: 9201, name: 'Example PeeringDB Carrier', status: 'ok' }] },
      carrierfac: { data: [{ id: 9301, carrier_id: 9201, fac_id: 9101, status: 'ok' }] },
    }),
  },
};
