/**
 * Read-only starting profiles. Weights are written out of 100 for readability; they are
 * normalised when used. Presets without a budget keep a cost weight so that a copy with a
 * budget added counts cost straight away; until then cost is left out and its weight spread.
 */
import type { RequirementProfile } from './profile.js';

export const PRESET_IDS = ['balanced', 'high-availability', 'budget', 'compliance-first'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export interface ProfilePreset extends RequirementProfile {
  id: PresetId;
  description: string;
  readOnly: true;
}

const presets: ProfilePreset[] = [
  {
    id: 'balanced',
    name: 'Balanced',
    description:
      'Weighs every category: power 20, network 15, security 15, climate, remote hands, SLAs and compliance 10 each, cost 10 ' +
      '(cost only counts once a budget and footprint are added). No hard requirements.',
    readOnly: true,
    weights: { power: 20, network: 15, climate: 10, security: 15, remoteHands: 10, sla: 10, compliance: 10, cost: 10 },
    requirements: {},
  },
  {
    id: 'high-availability',
    name: 'High availability',
    description:
      'For workloads that must not go down: weighs power 30, network 20, climate 15 and SLAs 15 above the rest. ' +
      'Requires at least N+1 UPS and generators with 24 h of fuel, a carrier-neutral site with 2+ carriers and 2+ diverse ' +
      'fiber entries, 99.99 % power and network SLAs and 24x7 remote hands. Cost is not weighed.',
    readOnly: true,
    weights: { power: 30, network: 20, climate: 15, security: 5, remoteHands: 10, sla: 15, compliance: 5, cost: 0 },
    requirements: {
      minPowerRedundancy: 'N+1',
      minGeneratorFuelHours: 24,
      networkModel: 'carrier-neutral',
      minCarriers: 2,
      minDiverseFiberEntries: 2,
      minPowerSlaPct: 99.99,
      minNetworkSlaPct: 99.99,
      remoteHands24x7: true,
    },
  },
  {
    id: 'budget',
    name: 'Budget',
    description:
      'Price first: cost weighs 45, power 15, network and remote hands 10 each, the rest 5. Prices a footprint of 2 cabinets, ' +
      '8 kW, 2 cross-connects and 2 remote-hands incidents of 20 minutes a month against a target of 3,000 and a maximum of ' +
      '4,500 a month (in the facility\'s currency). No hard requirements.',
    readOnly: true,
    weights: { power: 15, network: 10, climate: 5, security: 5, remoteHands: 10, sla: 5, compliance: 5, cost: 45 },
    requirements: {},
    footprint: { cabinets: 2, kw: 8, crossConnects: 2, remoteHandsIncidentsPerMonth: 2, averageIncidentMinutes: 20 },
    budget: { targetMonthly: 3000, maxMonthly: 4500 },
  },
  {
    id: 'compliance-first',
    name: 'Compliance first',
    description:
      'For audited or regulated workloads: weighs compliance 35 and security 25 above the rest. Requires a SOC 2 Type 2 ' +
      'no older than 12 months and an ISO 27001 certificate no older than 3 years covering the facility.',
    readOnly: true,
    weights: { power: 10, network: 5, climate: 5, security: 25, remoteHands: 5, sla: 5, compliance: 35, cost: 10 },
    requirements: {
      requiredReports: [
        { framework: 'SOC2', reportType: 'type2', maxAgeMonths: 12 },
        { framework: 'ISO27001', maxAgeMonths: 36 },
      ],
    },
  },
];

export const PROFILE_PRESETS: readonly ProfilePreset[] = deepFreeze(presets);

export function getPreset(id: string): ProfilePreset | undefined {
  return PROFILE_PRESETS.find((preset) => preset.id === id);
}

export function isPresetId(id: string): id is PresetId {
  return (PRESET_IDS as readonly string[]).includes(id);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
