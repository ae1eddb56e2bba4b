/**
 * How a category scorer records its verdict: every lost point is a finding with a stable
 * dotted code, and every unknown field is listed, so score = max(0, 100 + sum(impacts)).
 */
import { roundScore } from './rounding.js';

export interface Finding {
  /** Stable and dotted, e.g. `power.ups.redundancy`; unknown fields end in `.unknown`. */
  code: string;
  /** Points lost, always <= 0. */
  impact: number;
  /** A plain sentence a buyer understands. */
  message: string;
}

export interface CategoryResult {
  /** 0..100, equal to max(0, 100 + sum of finding impacts). */
  score: number;
  /** Most points lost first; equal impacts by code, so the order never depends on rule order. */
  findings: Finding[];
  /** Dotted paths of fields that were scored as unknown, e.g. `power.upsRedundancy`. */
  missing: string[];
  /** Fields that were scored and known (confidence numerator). */
  knownFields: number;
  /** Fields that were scored, known or not (confidence denominator). */
  scoredFields: number;
}

export class ScoreSheet {
  readonly findings: Finding[] = [];
  readonly missing: string[] = [];
  knownFields = 0;
  scoredFields = 0;
  /** 100 plus every impact recorded so far. */
  private total = 100;

  /**
   * `keepFindings: false` keeps only the tally (score, missing fields, confidence counts):
   * a ranking shows scores without their findings, and building, keeping and sorting the
   * findings was most of the cost of a ranked facility. The score is summed the same way
   * either way, so a ranking shows exactly the scorecard's score.
   */
  constructor(private readonly keepFindings = true) {}

  /** A field was known; call `lose` as well if its value cost points. */
  known(): void {
    this.knownFields++;
    this.scoredFields++;
  }

  /** Points lost for a known value (or a derived fact). Zero impacts are not recorded. */
  lose(code: string, impact: number, message: string): void {
    if (impact < 0) this.record(code, impact, message);
  }

  /**
   * A finding as it is, even with impact 0 (e.g. a compliance finding kept for the reader
   * after the category's losses are capped).
   */
  record(code: string, impact: number, message: string): void {
    this.total += impact;
    if (this.keepFindings) this.findings.push({ code, impact, message });
  }

  /** An unknown field: it costs points (unknown is not good) and is listed as missing. */
  unknown(field: string, code: string, impact: number, message: string): void {
    this.scoredFields++;
    this.missing.push(field);
    this.record(code, impact, message);
  }

  /** Several fields feed one rule (e.g. the incident cost); each missing one is listed. */
  unknownMany(fields: readonly string[], knownCount: number, code: string, impact: number, message: string): void {
    this.knownFields += knownCount;
    this.scoredFields += knownCount + fields.length;
    for (const field of fields) this.missing.push(field);
    this.record(code, impact, message);
  }

  result(): CategoryResult {
    const findings = this.findings;
    if (findings.length > 1) sortFindings(findings);
    const total = this.total;
    return {
      // Impacts are multiples of 0.1, so rounding to 0.1 only removes summation noise (and
      // the order of the sum cannot matter).
      score: total > 0 ? roundScore(total) : 0,
      findings,
      missing: this.missing,
      knownFields: this.knownFields,
      scoredFields: this.scoredFields,
    };
  }
}

/** Insertion sort: the lists are short, and it is stable and allocation-free. */
function sortFindings(findings: Finding[]): void {
  for (let i = 1; i < findings.length; i++) {
    const current = findings[i]!;
    let j = i - 1;
    while (j >= 0 && comesAfter(findings[j]!, current)) {
      findings[j + 1] = findings[j]!;
      j--;
    }
    findings[j + 1] = current;
  }
}

/** Most points lost first, then by code (one string comparison, only on a tie). */
function comesAfter(a: Finding, b: Finding): boolean {
  if (a.impact !== b.impact) return a.impact > b.impact;
  return a.code > b.code;
}
