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
import type { FacilityData, Redundancy } from './model.js';

export type Tier = 1 | 2 | 3 | 4;

export interface TierEstimate {
  tier: Tier | null;
  basis: 'derived';
  explanation: string;
}

const CAPACITY_CEILING: Readonly<Record<Redundancy, Tier>> = { N: 1, 'N+1': 3, 'N+2': 3, '2N': 4, '2N+1': 4 };
const DISTRIBUTION_CEILING: Readonly<Record<string, Tier>> = { single: 2, 'A+B': 4 };
const ROMAN = ['', 'I', 'II', 'III', 'IV'] as const;

const DISCLAIMER = 'derived from the data, not certified by the Uptime Institute';

export function estimateTier(facility: FacilityData): TierEstimate {
  const power = facility.power ?? undefined;
  const cooling = facility.climate?.coolingRedundancy;
  const parts: [string, string | undefined, Tier | undefined][] = [
    ['UPS', power?.upsRedundancy, lookup(CAPACITY_CEILING, power?.upsRedundancy)],
    ['generators', power?.generatorRedundancy, lookup(CAPACITY_CEILING, power?.generatorRedundancy)],
    ['distribution', power?.distribution, lookup(DISTRIBUTION_CEILING, power?.distribution)],
    ['cooling', cooling, lookup(CAPACITY_CEILING, cooling)],
  ];

  let lowest: Tier = 4;
  let described = '';
  let unknown = '';
  for (const [name, value, ceiling] of parts) {
    if (ceiling === undefined) {
      unknown += unknown ? `, ${name}` : name;
      continue;
    }
    if (ceiling < lowest) lowest = ceiling;
    const part = `${name} ${value} (allows Tier ${ROMAN[ceiling]})`;
    described += described ? `; ${part}` : part;
  }

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
