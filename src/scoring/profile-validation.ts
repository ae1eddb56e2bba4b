/**
 * Checks a requirement profile before it is stored or used, returning every problem at once
 * as { field, message } so the API can answer 400 with all of them. Accepts unknown input
 * (a raw request body) and never throws.
 */
import { CATEGORY_NAMES } from './categories.js';
import { FRAMEWORKS, NETWORK_MODELS, REDUNDANCY_LEVELS, REPORT_TYPES } from './model.js';

export interface ProfileProblem {
  /** Dotted path into the profile, e.g. `weights.power`, `requirements.requiredReports[0].framework`. */
  field: string;
  message: string;
}

/** Thrown by the scoring functions when handed a profile they cannot score with. */
export class ProfileValidationError extends Error {
  readonly problems: ProfileProblem[];

  constructor(problems: ProfileProblem[]) {
    super(`Invalid requirement profile: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
    this.name = 'ProfileValidationError';
    this.problems = problems;
  }
}

export function validateProfile(profile: unknown): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  if (!isObject(profile)) {
    problems.push({ field: '', message: 'The profile must be an object.' });
    return problems;
  }
  if (profile.name !== undefined && (typeof profile.name !== 'string' || profile.name.trim() === '')) {
    problems.push({ field: 'name', message: 'The name must be a non-empty string.' });
  }
  const hasBudget = profile.budget !== undefined && profile.budget !== null;
  const hasFootprint = profile.footprint !== undefined && profile.footprint !== null;
  validateWeights(profile.weights, hasBudget, problems);
  if (hasBudget) validateBudget(profile.budget, hasFootprint, problems);
  if (hasFootprint) validateFootprint(profile.footprint, problems);
  if (profile.requirements !== undefined && profile.requirements !== null) {
    validateRequirements(profile.requirements, hasFootprint, problems);
  }
  return problems;
}

function validateWeights(weights: unknown, hasBudget: boolean, problems: ProfileProblem[]): void {
  if (!isObject(weights)) {
    problems.push({ field: 'weights', message: 'Weights are required: one non-negative number per category.' });
    return;
  }
  let total = 0;
  let totalWithoutCost = 0;
  let allValid = true;
  for (const category of CATEGORY_NAMES) {
    const weight = weights[category];
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
      allValid = false;
      problems.push({ field: `weights.${category}`, message: 'Must be a non-negative number.' });
      continue;
    }
    total += weight;
    if (category !== 'cost') totalWithoutCost += weight;
  }
  for (const key of Object.keys(weights)) {
    if (!(CATEGORY_NAMES as readonly string[]).includes(key)) {
      problems.push({ field: `weights.${key}`, message: `Not a category; categories are ${CATEGORY_NAMES.join(', ')}.` });
    }
  }
  if (!allValid) return;
  if (total === 0) {
    problems.push({ field: 'weights', message: 'All weights are zero: at least one category must count.' });
  } else if (totalWithoutCost === 0 && !hasBudget) {
    problems.push({
      field: 'weights',
      message: 'Only cost has weight, but without a budget cost is not scored: add a budget or weight another category.',
    });
  }
}

function validateBudget(budget: unknown, hasFootprint: boolean, problems: ProfileProblem[]): void {
  if (!isObject(budget)) {
    problems.push({ field: 'budget', message: 'The budget must be an object.' });
    return;
  }
  const target = nonNegative(budget.targetMonthly, 'budget.targetMonthly', problems, true);
  const max = nonNegative(budget.maxMonthly, 'budget.maxMonthly', problems, true);
  if (target !== undefined && max !== undefined && target > max) {
    problems.push({ field: 'budget.maxMonthly', message: 'The maximum must be at least the target.' });
  }
  if (budget.currency !== undefined && !isUpperLetters(budget.currency, 3)) {
    problems.push({ field: 'budget.currency', message: 'Must be an ISO 4217 code such as USD.' });
  }
  if (!hasFootprint) {
    problems.push({ field: 'footprint', message: 'A budget needs a footprint to price (cabinets, kW, ...).' });
  }
}

const FOOTPRINT_FIELDS = ['cabinets', 'kw', 'crossConnects', 'remoteHandsIncidentsPerMonth', 'averageIncidentMinutes'] as const;

function validateFootprint(footprint: unknown, problems: ProfileProblem[]): void {
  if (!isObject(footprint)) {
    problems.push({ field: 'footprint', message: 'The footprint must be an object.' });
    return;
  }
  for (const key of FOOTPRINT_FIELDS) nonNegative(footprint[key], `footprint.${key}`, problems, false);
}

function validateRequirements(requirements: unknown, hasFootprint: boolean, problems: ProfileProblem[]): void {
  if (!isObject(requirements)) {
    problems.push({ field: 'requirements', message: 'Requirements must be an object.' });
    return;
  }
  const r = requirements;
  oneOf(r.minPowerRedundancy, REDUNDANCY_LEVELS, 'requirements.minPowerRedundancy', problems);
  oneOf(r.networkModel, NETWORK_MODELS, 'requirements.networkModel', problems);
  nonNegative(r.minGeneratorFuelHours, 'requirements.minGeneratorFuelHours', problems, false);
  nonNegative(r.minCarriers, 'requirements.minCarriers', problems, false);
  nonNegative(r.minDiverseFiberEntries, 'requirements.minDiverseFiberEntries', problems, false);
  percentage(r.minPowerSlaPct, 'requirements.minPowerSlaPct', problems);
  percentage(r.minNetworkSlaPct, 'requirements.minNetworkSlaPct', problems);
  if (r.remoteHands24x7 !== undefined && typeof r.remoteHands24x7 !== 'boolean') {
    problems.push({ field: 'requirements.remoteHands24x7', message: 'Must be true or false.' });
  }
  if (nonNegative(r.maxMonthlyCost, 'requirements.maxMonthlyCost', problems, false) !== undefined && !hasFootprint) {
    problems.push({ field: 'footprint', message: 'A maximum monthly cost needs a footprint to price.' });
  }
  if (r.countries !== undefined) {
    if (!Array.isArray(r.countries)) {
      problems.push({ field: 'requirements.countries', message: 'Must be a list of ISO 3166-1 alpha-2 codes.' });
    } else {
      r.countries.forEach((country: unknown, i: number) => {
        if (!isUpperLetters(country, 2)) {
          problems.push({ field: `requirements.countries[${i}]`, message: 'Must be an upper-case ISO 3166-1 alpha-2 code such as DE.' });
        }
      });
    }
  }
  if (r.requiredReports !== undefined) {
    if (!Array.isArray(r.requiredReports)) {
      problems.push({ field: 'requirements.requiredReports', message: 'Must be a list.' });
    } else {
      r.requiredReports.forEach((item: unknown, i: number) => {
        const at = `requirements.requiredReports[${i}]`;
        if (!isObject(item)) {
          problems.push({ field: at, message: 'Must be an object with a framework.' });
          return;
        }
        if (item.framework === undefined) problems.push({ field: `${at}.framework`, message: 'Required.' });
        oneOf(item.framework, FRAMEWORKS, `${at}.framework`, problems);
        oneOf(item.reportType, REPORT_TYPES, `${at}.reportType`, problems);
        if (item.maxAgeMonths !== undefined && !(isFiniteNumber(item.maxAgeMonths) && item.maxAgeMonths > 0)) {
          problems.push({ field: `${at}.maxAgeMonths`, message: 'Must be a number above 0.' });
        }
      });
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function nonNegative(value: unknown, field: string, problems: ProfileProblem[], required: boolean): number | undefined {
  if (value === undefined) {
    if (required) problems.push({ field, message: 'Required.' });
    return undefined;
  }
  if (!isFiniteNumber(value) || value < 0) {
    problems.push({ field, message: 'Must be a non-negative number.' });
    return undefined;
  }
  return value;
}

function percentage(value: unknown, field: string, problems: ProfileProblem[]): void {
  if (value !== undefined && !(isFiniteNumber(value) && value >= 0 && value <= 100)) {
    problems.push({ field, message: 'Must be a percentage between 0 and 100.' });
  }
}

function oneOf(value: unknown, allowed: readonly string[], field: string, problems: ProfileProblem[]): void {
  if (value !== undefined && !(typeof value === 'string' && allowed.includes(value))) {
    problems.push({ field, message: `Must be one of ${allowed.join(', ')}.` });
  }
}

function isUpperLetters(value: unknown, length: number): boolean {
  if (typeof value !== 'string' || value.length !== length) return false;
  for (let i = 0; i < length; i++) {
    const code = value.charCodeAt(i);
    if (code < 65 || code > 90) return false;
  }
  return true;
}
