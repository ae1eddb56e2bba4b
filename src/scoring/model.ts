/**
 * The plain data the scoring core works on. No framework imports: the API layer maps its
 * entities to these shapes, and everything in src/scoring can be read and tested alone.
 *
 * Every field inside a category block is optional: "unknown" is a legitimate state, and the
 * scorers treat it as such (it costs points and lowers confidence, it is never assumed good).
 * Temperatures are always Celsius here; the API converts at the edge.
 * Dates are ISO-8601 strings (YYYY-MM-DD or full timestamps).
 * These are plain data: fields are own enumerable properties (object literals, JSON), not
 * getters on a class, because scorecards copy them by enumeration (see canonical-input.ts).
 * null and undefined both mean unknown.
 */

export const REDUNDANCY_LEVELS = ['N', 'N+1', 'N+2', '2N', '2N+1'] as const;
export type Redundancy = (typeof REDUNDANCY_LEVELS)[number];

export const UPS_TECHNOLOGIES = ['battery-vrla', 'lithium-ion', 'flywheel', 'rotary', 'none'] as const;
export type UpsTechnology = (typeof UPS_TECHNOLOGIES)[number];

export const TEST_INTERVALS = ['weekly', 'monthly', 'quarterly', 'annually', 'never'] as const;
export type TestInterval = (typeof TEST_INTERVALS)[number];

export const DISTRIBUTIONS = ['single', 'A+B'] as const;
export type Distribution = (typeof DISTRIBUTIONS)[number];

export const NETWORK_MODELS = ['carrier-neutral', 'carrier-controlled', 'hybrid'] as const;
export type NetworkModel = (typeof NETWORK_MODELS)[number];

export const ACCESS_METHODS = ['key', 'badge', 'pin', 'biometric', 'mantrap', 'facial-recognition'] as const;
export type AccessMethod = (typeof ACCESS_METHODS)[number];

export const GUARD_COVERAGES = ['none', 'business-hours', '24x7'] as const;
export type GuardCoverage = (typeof GUARD_COVERAGES)[number];

export const CABINET_LOCKS = ['none', 'key', 'combination', 'electronic'] as const;
export type CabinetLock = (typeof CABINET_LOCKS)[number];

export const PACKAGE_HANDLING = ['not-accepted', 'accepted', 'held-securely'] as const;
export type PackageHandling = (typeof PACKAGE_HANDLING)[number];

export const REMOTE_HANDS_AVAILABILITY = ['none', 'business-hours', '24x7'] as const;
export type RemoteHandsAvailability = (typeof REMOTE_HANDS_AVAILABILITY)[number];

export const FACILITY_STATUSES = ['active', 'planned', 'decommissioned'] as const;
export type FacilityStatus = (typeof FACILITY_STATUSES)[number];

export const FRAMEWORKS = ['SOC1', 'SOC2', 'SOC3', 'ISO27001', 'PCI-DSS'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

export const REPORT_TYPES = ['type1', 'type2', 'certificate', 'attestation'] as const;
export type ReportType = (typeof REPORT_TYPES)[number];

export const AUDIT_STANDARDS = ['SAS70', 'SSAE16', 'SSAE18', 'ISAE3402', 'none'] as const;
export type AuditStandard = (typeof AUDIT_STANDARDS)[number];

export const OPINIONS = ['unqualified', 'qualified', 'adverse', 'disclaimer'] as const;
export type Opinion = (typeof OPINIONS)[number];

export const TRUST_SERVICES_CRITERIA = [
  'security',
  'availability',
  'processing-integrity',
  'confidentiality',
  'privacy',
] as const;
export type TrustServicesCriterion = (typeof TRUST_SERVICES_CRITERIA)[number];

export interface PowerData {
  utilityFeeds?: number;
  diverseSubstations?: boolean;
  upsTechnology?: UpsTechnology;
  upsRedundancy?: Redundancy;
  upsRuntimeMinutes?: number;
  generatorCount?: number;
  generatorRedundancy?: Redundancy;
  generatorFuelHours?: number;
  generatorTestInterval?: TestInterval;
  lastLoadTestAt?: string;
  distribution?: Distribution;
  monitored24x7?: boolean;
}

export interface NetworkData {
  model?: NetworkModel;
  /** Distinct carriers on-net (ids; the scorer only counts them). */
  carrierIds?: string[];
  diverseFiberEntries?: number;
  meetMeRooms?: number;
  internetExchanges?: string[];
}

/** Always Celsius in the scoring core. */
export interface ClimateData {
  temperatureMin?: number;
  temperatureMax?: number;
  humidityMinPct?: number;
  humidityMaxPct?: number;
  /** Degrees Celsius per hour. */
  maxSwingPerHour?: number;
  coolingRedundancy?: Redundancy;
  monitored24x7?: boolean;
}

export interface SecurityData {
  accessMethods?: AccessMethod[];
  layers?: number;
  cctv?: boolean;
  cctvRetentionDays?: number;
  guards?: GuardCoverage;
  cabinetLocks?: CabinetLock;
  cagesAvailable?: boolean;
  accessLogRetentionDays?: number;
  packageHandling?: PackageHandling;
}

export interface RemoteHandsData {
  availability?: RemoteHandsAvailability;
  responseTimeMinutes?: number;
  hourlyRate?: number;
  currency?: string;
  minimumBillableMinutes?: number;
  billingIncrementMinutes?: number;
  includedMinutesPerMonth?: number;
}

export interface SlaData {
  powerUptimePct?: number;
  networkUptimePct?: number;
  creditPctPerHour?: number;
}

export interface PricingData {
  currency?: string;
  cabinetMonthly?: number;
  perKwMonthly?: number;
  setupFee?: number;
  crossConnectMonthly?: number;
}

/** The facility as the scoring core sees it. A missing block means "nothing known". */
export interface FacilityData {
  id: string;
  name: string;
  providerId: string;
  country?: string;
  status?: FacilityStatus;
  verifiedAt?: string;
  power?: PowerData;
  network?: NetworkData;
  climate?: ClimateData;
  security?: SecurityData;
  remoteHands?: RemoteHandsData;
  sla?: SlaData;
  pricing?: PricingData;
}

export interface ComplianceReportData {
  id: string;
  providerId: string;
  /** Empty: the report covers every facility of the provider. */
  facilityIds: string[];
  framework: Framework;
  reportType: ReportType;
  standard?: AuditStandard;
  periodStart?: string;
  periodEnd?: string;
  issuedAt?: string;
  auditor?: string;
  opinion?: Opinion;
  exceptionsCount?: number;
  trustServicesCriteria?: TrustServicesCriterion[];
  ndaRequired?: boolean;
  bridgeLetterThrough?: string;
}
