/**
 * Cost: the monthly estimate for the profile's footprint against its budget.
 * At or under target: no loss. Between target and maximum: a straight line from 100 down to
 * BUDGET_AT_MAX_SCORE at the maximum (the loss has 0.1-point resolution, so findings add up
 * to the printed score exactly). Above the maximum: score 0. A lower price therefore never
 * lowers the score. Each footprint line whose price is unknown costs points on top, and the
 * budget is checked against the known lines only (a lower bound). An unknown cabinet or kW
 * price, the lines that decide a total, costs as much as a total at the maximum budget: left
 * out, a price can make a facility look no better than a poor fit, never like a good one.
 */
import type { FacilityData } from './model.js';
import { estimateMonthlyCost, type CostItem, type MonthlyCostEstimate } from './monthly-cost.js';
import type { Budget, Footprint } from './profile.js';
import { formatMoney, roundScore } from './rounding.js';
import { ScoreSheet, type CategoryResult } from './score-sheet.js';

/** Score at exactly the maximum budget (ours): still a candidate, clearly a poor one. */
export const BUDGET_AT_MAX_SCORE = 40;

/** What an unpriced line costs (ours): the big lines more, as they could move the total most. */
export const UNKNOWN_LINE_IMPACT: Readonly<Record<CostItem, number>> = {
  cabinets: -(100 - BUDGET_AT_MAX_SCORE),
  power: -(100 - BUDGET_AT_MAX_SCORE),
  crossConnects: -10,
  remoteHands: -10,
};

/** When the budget cannot be compared at all (currencies differ): as bad as a poor fit. */
export const UNCOMPARABLE_BUDGET_IMPACT = -30;

const UNKNOWN_CODE: Readonly<Record<CostItem, string>> = {
  cabinets: 'cost.cabinets.unknown',
  power: 'cost.power.unknown',
  crossConnects: 'cost.crossConnects.unknown',
  remoteHands: 'cost.remoteHands.unknown',
};

const UNKNOWN_MESSAGE: Readonly<Record<CostItem, string>> = {
  cabinets: 'The monthly cabinet price is not known.',
  power: 'The monthly price per kW is not known.',
  crossConnects: 'The monthly cross-connect price is not known.',
  remoteHands: 'Remote hands cannot be priced for the expected incidents.',
};

export interface CostResult extends CategoryResult {
  estimate: MonthlyCostEstimate;
}

const NO_FOOTPRINT: Footprint = Object.freeze({});

export function scoreCost(
  facility: FacilityData,
  footprint: Footprint | undefined,
  budget: Budget,
  keepFindings = true,
): CostResult {
  const estimate = estimateMonthlyCost(facility, footprint ?? NO_FOOTPRINT);
  const sheet = new ScoreSheet(keepFindings);

  for (const line of estimate.lines) {
    if (line.amount !== null) {
      const fields = line.item === 'remoteHands' ? 3 : 1;
      for (let i = 0; i < fields; i++) sheet.known();
    } else {
      const fieldsKnown = line.item === 'remoteHands' ? Math.max(0, 3 - line.missing.length) : 0;
      sheet.unknownMany(
        line.missing,
        fieldsKnown,
        UNKNOWN_CODE[line.item],
        UNKNOWN_LINE_IMPACT[line.item],
        line.note ?? UNKNOWN_MESSAGE[line.item],
      );
    }
  }

  const total = estimate.total;
  const currency = estimate.currency ?? budget.currency ?? null;
  const atLeast = estimate.complete ? '' : 'at least ';
  if (budget.currency && estimate.currency && budget.currency !== estimate.currency) {
    sheet.lose(
      'cost.currency.mismatch',
      UNCOMPARABLE_BUDGET_IMPACT,
      `Prices are in ${estimate.currency} but the budget is in ${budget.currency}; without an exchange rate the budget cannot be checked.`,
    );
  } else if (total > budget.maxMonthly) {
    sheet.lose(
      'cost.budget.over',
      -100,
      `The estimate of ${atLeast}${formatMoney(total, currency)} a month is over the ${formatMoney(budget.maxMonthly, currency)} maximum.`,
    );
  } else if (total > budget.targetMonthly) {
    const span = budget.maxMonthly - budget.targetMonthly;
    const share = span > 0 ? (total - budget.targetMonthly) / span : 1;
    sheet.lose(
      'cost.budget.aboveTarget',
      -roundScore((100 - BUDGET_AT_MAX_SCORE) * share),
      `The estimate of ${atLeast}${formatMoney(total, currency)} a month is above the ${formatMoney(budget.targetMonthly, currency)} target (maximum ${formatMoney(budget.maxMonthly, currency)}).`,
    );
  }

  const result = sheet.result() as CostResult;
  result.estimate = estimate;
  return result;
}
