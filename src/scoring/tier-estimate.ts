/**
 * An estimated Uptime-style tier, derived from the data (DOMAIN.md "Power", tier table). Only
 * the Uptime Institute certifies tiers, so the result is always labelled `basis: 'derived'`.
 *
 * Each part caps the tier it allows (ours, read off the table):
 * - UPS, generators, cooling: N allows Tier I; N+1 or N+2 allow Tier III (redundant
 *   components); 2N or 2N+1 allow Tier IV (2N or 2(N+1) capacity).
 * - Distribution: a single path allows Tier II (Tier III needs an alternate path); A+B
 *   allows Tier IV.
 * As in TIA-942, the overall rating is the lowest of the parts: electrical (UPS, generators,
 * distribution) and mechanical (cooling). With a part unknown the tier is null, unless a
 * known part already pins it to Tier I (nothing unknown can lift the minimum).
 */
import { lookup } from './known-values.js';
import { DISTRIBUTIONS, REDUNDANCY_LEVELS, type Distribution, type FacilityData, type Redundancy } from './model.js';

export type Tier = 1 | 2 | 3 | 4;

export interface TierEstimate {
  readonly tier: Tier | null;
  readonly basis: 'derived';
  readonly explanation: string;
}

const CAPACITY_CEILING: Readonly<Record<Redundancy, Tier>> = { N: 1, 'N+1': 3, 'N+2': 3, '2N': 4, '2N+1': 4 };
const DISTRIBUTION_CEILING: Readonly<Record<'single' | 'A+B', Tier>> = { single: 2, 'A+B': 4 };
const ROMAN = ['', 'I', 'II', 'III', 'IV'] as const;

const DISCLAIMER = 'derived from the data, not certified by the Uptime Institute';

/**
 * The inputs are four small enums, so every possible estimate (6 x 6 x 3 x 6 with "unknown")
 * is built once and shared, frozen: scorecards for many facilities reuse the same objects.
 */
const cache: (TierEstimate | undefined)[] = [];

export function estimateTier(facility: FacilityData): TierEstimate {
  const power = facility.power ?? undefined;
  const ups = levelIndex(power?.upsRedundancy);
  const generators = levelIndex(power?.generatorRedundancy);
  const distribution = power?.distribution === 'single' ? 0 : power?.distribution === 'A+B' ? 1 : 2;
  const cooling = levelIndex(facility.climate?.coolingRedundancy);
  const key = ((ups * 6 + generators) * 3 + distribution) * 6 + cooling;
  return (cache[key] ??= Object.freeze(
    buildEstimate(
      REDUNDANCY_LEVELS[ups],
      REDUNDANCY_LEVELS[generators],
      (DISTRIBUTIONS as readonly Distribution[])[distribution],
      REDUNDANCY_LEVELS[cooling],
    ),
  ));
}

/** Position in REDUNDANCY_LEVELS, or 5 for unknown (including values outside the enum). */
function levelIndex(level: Redundancy | null | undefined): number {
  const index = typeof level === 'string' ? REDUNDANCY_LEVELS.indexOf(level) : -1;
  return index < 0 ? 5 : index;
}

function buildEstimate(
  ups: Redundancy | undefined,
  generators: Redundancy | undefined,
  distribution: Distribution | undefined,
  cooling: Redundancy | undefined,
): TierEstimate {
  const state: TierState = { lowest: 4, described: '', unknown: '' };
  addPart(state, 'UPS', ups, lookup(CAPACITY_CEILING, ups));
  addPart(state, 'generators', generators, lookup(CAPACITY_CEILING, generators));
  addPart(state, 'distribution', distribution, lookup(DISTRIBUTION_CEILING, distribution));
  addPart(state, 'cooling', cooling, lookup(CAPACITY_CEILING, cooling));

  const { lowest, described, unknown } = state;
  if (unknown && lowest > 1) {
    const known = described ? ` Known: ${described}, so at most Tier ${ROMAN[lowest]}.` : '';
    return {
      tier: null,
      basis: 'derived',
      explanation: `Too little is known to estimate a tier (${DISCLAIMER}): ${unknown} unknown.${known}`,
    };
  }
  return {
    tier: lowest,
    basis: 'derived',
    explanation: `Estimated Tier ${ROMAN[lowest]}, ${DISCLAIMER}; the lowest part sets the tier, as in TIA-942: ${described}.`,
  };
}

interface TierState {
  lowest: Tier;
  described: string;
  unknown: string;
}

function addPart(state: TierState, name: string, value: string | undefined, ceiling: number | undefined): void {
  if (ceiling === undefined) {
    state.unknown = state.unknown ? `${state.unknown}, ${name}` : name;
    return;
  }
  if (ceiling < state.lowest) state.lowest = ceiling as Tier;
  const part = `${name} ${value} (allows Tier ${ROMAN[ceiling]})`;
  state.described = state.described ? `${state.described}; ${part}` : part;
}
