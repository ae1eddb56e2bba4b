/**
 * The monthly cost of the profile's footprint at one facility (DOMAIN.md "Cost" and
 * "Remote hands"): cabinets x cabinet price + kW x price per kW + cross-connects x price +
 * remote-hands incidents billed by the facility's own rules.
 *
 * Remote hands: each incident is billed max(minimum, duration rounded up to the increment);
 * the month's included minutes are then subtracted from the month's billed minutes (never
 * below zero), and what remains is charged at the hourly rate. So included minutes absorb
 * whole billed blocks after the per-incident rounding (ours: providers word this
 * differently; this reading never undercounts the minimums). Missing included minutes mean
 * none are included, the conservative reading, so it is not flagged as missing.
 *
 * Each line is rounded to cents like an invoice line, and the total is the sum of those
 * lines, so the printed lines always add up to the printed total. A line whose price is
 * unknown has amount null; the total then covers only the known lines (a lower bound) and
 * `complete` is false. Lines for quantities of 0 are left out: they need no price.
 * The setup fee is one-time and reported beside the monthly total, not in it.
 */
import { isKnownNumber } from './known-values.js';
import type { FacilityData } from './model.js';
import type { Footprint } from './profile.js';
import { billedMinutes } from './remote-hands-billing.js';
import { formatNumber, roundMoney, roundTo } from './rounding.js';

export type CostItem = 'cabinets' | 'power' | 'crossConnects' | 'remoteHands';

export interface CostLine {
  item: CostItem;
  quantity: number;
  unit: 'cabinet' | 'kW' | 'cross-connect' | 'hour';
  /** Price per unit in the estimate's currency; null when unknown. */
  unitPrice: number | null;
  /** quantity x unitPrice in cents; null when the price is unknown. */
  amount: number | null;
  /** Fields that would be needed to price this line; empty when it is priced. */
  missing: readonly string[];
  /** How the line was worked out, or why it could not be. */
  note?: string;
}

export interface RemoteHandsBilling {
  incidents: number;
  incidentMinutes: number;
  billedMinutesPerIncident: number;
  billedMinutes: number;
  includedMinutes: number;
  billableMinutes: number;
}

export interface MonthlyCostEstimate {
  currency: string | null;
  lines: CostLine[];
  /** Sum of the priced lines; a lower bound when `complete` is false. */
  total: number;
  complete: boolean;
  /** Dotted fields whose absence left a line unpriced. */
  missing: string[];
  /** One-time setup fee, not part of the monthly total; null when unknown. */
  setupFee: number | null;
  remoteHands: RemoteHandsBilling | null;
}

const NOTHING_MISSING: readonly string[] = Object.freeze([]);

export function estimateMonthlyCost(facility: FacilityData, footprint: Footprint): MonthlyCostEstimate {
  const pricing = facility.pricing ?? undefined;
  const hands = facility.remoteHands ?? undefined;
  const pricingCurrency = typeof pricing?.currency === 'string' ? pricing.currency : null;
  const handsCurrency = typeof hands?.currency === 'string' ? hands.currency : null;
  const currency = pricingCurrency ?? handsCurrency;

  const lines: CostLine[] = [];
  const missing: string[] = [];
  let total = 0;
  let complete = true;

  const addSimple = (
    item: CostItem,
    quantity: number | undefined,
    unit: CostLine['unit'],
    price: number | undefined,
    field: string,
  ): void => {
    if (!isKnownNumber(quantity) || quantity <= 0) return;
    if (isKnownNumber(price)) {
      const amount = roundMoney(quantity * price);
      total += amount;
      lines.push({ item, quantity, unit, unitPrice: price, amount, missing: NOTHING_MISSING });
    } else {
      complete = false;
      missing.push(field);
      lines.push({ item, quantity, unit, unitPrice: null, amount: null, missing: [field] });
    }
  };

  addSimple('cabinets', footprint.cabinets, 'cabinet', pricing?.cabinetMonthly, 'pricing.cabinetMonthly');
  addSimple('power', footprint.kw, 'kW', pricing?.perKwMonthly, 'pricing.perKwMonthly');
  addSimple('crossConnects', footprint.crossConnects, 'cross-connect', pricing?.crossConnectMonthly, 'pricing.crossConnectMonthly');

  let billing: RemoteHandsBilling | null = null;
  const incidents = footprint.remoteHandsIncidentsPerMonth;
  if (isKnownNumber(incidents) && incidents > 0) {
    const incidentMinutes = isKnownNumber(footprint.averageIncidentMinutes) ? footprint.averageIncidentMinutes : 0;
    const rate = hands?.hourlyRate;
    const minimum = hands?.minimumBillableMinutes;
    const increment = hands?.billingIncrementMinutes;
    const lineMissing: string[] = [];
    if (!isKnownNumber(rate)) lineMissing.push('remoteHands.hourlyRate');
    if (!isKnownNumber(minimum)) lineMissing.push('remoteHands.minimumBillableMinutes');
    if (!isKnownNumber(increment)) lineMissing.push('remoteHands.billingIncrementMinutes');
    const mismatch = pricingCurrency !== null && handsCurrency !== null && pricingCurrency !== handsCurrency;
    if (mismatch) lineMissing.push('remoteHands.currency');

    if (lineMissing.length === 0) {
      const perIncident = billedMinutes(incidentMinutes, minimum!, increment!);
      const billed = incidents * perIncident;
      const includedMinutes = hands?.includedMinutesPerMonth;
      const included = isKnownNumber(includedMinutes) && includedMinutes > 0 ? includedMinutes : 0;
      const billable = billed > included ? billed - included : 0;
      const amount = roundMoney((billable * rate!) / 60);
      total += amount;
      billing = {
        incidents,
        incidentMinutes,
        billedMinutesPerIncident: perIncident,
        billedMinutes: billed,
        includedMinutes: included,
        billableMinutes: billable,
      };
      lines.push({
        item: 'remoteHands',
        quantity: roundTo(billable / 60, 4),
        unit: 'hour',
        unitPrice: rate!,
        amount,
        missing: NOTHING_MISSING,
        note:
          `${formatNumber(incidents)} incident(s) of ${formatNumber(incidentMinutes)} min, each billed as ${formatNumber(perIncident)} min` +
          (included > 0 ? `, less ${formatNumber(included)} included min` : '') +
          `: ${formatNumber(billable)} billable min.`,
      });
    } else {
      complete = false;
      for (const field of lineMissing) missing.push(field);
      lines.push({
        item: 'remoteHands',
        quantity: incidents,
        unit: 'hour',
        unitPrice: null,
        amount: null,
        missing: lineMissing,
        note: mismatch
          ? `Remote hands are billed in ${handsCurrency} while other prices are in ${pricingCurrency}; the core does not convert currencies.`
          : 'Remote hands cannot be priced: the hourly rate, minimum billable time or billing increment is not known.',
      });
    }
  }

  const setupFee = pricing?.setupFee;
  return {
    currency,
    lines,
    total: roundMoney(total),
    complete,
    missing,
    setupFee: isKnownNumber(setupFee) ? setupFee : null,
    remoteHands: billing,
  };
}
