/**
 * Requirement profiles: what a team weighs (weights), what it cannot do without
 * (requirements), and what it would rent (footprint) for how much (budget). Persistence
 * lives elsewhere; these are the plain shapes the scoring core reads.
 */
import type { CategoryName } from './categories.js';
import type { Framework, NetworkModel, Redundancy, ReportType } from './model.js';

/** Non-negative, any scale: they are normalised to sum to 1 over the scored categories. */
export type CategoryWeights = Record<CategoryName, number>;

export interface RequiredReport {
  framework: Framework;
  /** Absent: any type. A Type 2 also satisfies a Type 1 requirement (it covers design too). */
  reportType?: ReportType;
  /**
   * Oldest acceptable age in months, measured like the compliance score (SOC: from the later
   * of period end and bridge letter; certificates and attestations: from the issue date).
   * Absent: the framework's usual validity (SOC 12, ISO 27001 36, PCI DSS 12).
   */
  maxAgeMonths?: number;
}

/** Hard must-haves, all optional. An unknown value never satisfies one. */
export interface Requirements {
  /** Applies to both UPS and generator redundancy. */
  minPowerRedundancy?: Redundancy;
  minGeneratorFuelHours?: number;
  /**
   * The network model wanted. 'carrier-neutral' is also met by 'hybrid' (other carriers are
   * present and can be bought from); 'carrier-controlled' is also met by 'hybrid' (the operator
   * sells its own network there); 'hybrid' is met only by 'hybrid'.
   */
  networkModel?: NetworkModel;
  minCarriers?: number;
  minDiverseFiberEntries?: number;
  requiredReports?: RequiredReport[];
  minPowerSlaPct?: number;
  minNetworkSlaPct?: number;
  remoteHands24x7?: boolean;
  /** Compared with the monthly cost estimate; needs a footprint. */
  maxMonthlyCost?: number;
  /** ISO 3166-1 alpha-2 codes, upper case. */
  countries?: string[];
}

/** What the team would rent; absent numbers count as 0. */
export interface Footprint {
  cabinets?: number;
  kw?: number;
  crossConnects?: number;
  remoteHandsIncidentsPerMonth?: number;
  averageIncidentMinutes?: number;
}

/** Monthly budget. Without one, the cost category is left out of the scorecard. */
export interface Budget {
  targetMonthly: number;
  maxMonthly: number;
  /**
   * ISO 4217 code. When set and the facility prices in another currency, the budget cannot
   * be checked (no exchange rates in the core). When absent, amounts are compared as they are.
   */
  currency?: string;
}

export interface RequirementProfile {
  id: string;
  name: string;
  description?: string;
  weights: CategoryWeights;
  requirements?: Requirements;
  footprint?: Footprint;
  budget?: Budget;
}
