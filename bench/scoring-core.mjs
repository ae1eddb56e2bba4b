/**
 * The scoring core alone: in-process, no HTTP, no database, one thread (so one core).
 * Scores the generated facilities (the same data the HTTP scenarios use) with the default
 * `balanced` preset and a profile with a footprint and budget (cost included).
 *
 *   node bench/scoring-core.mjs [facilities=10000] [seconds=2]
 *
 * Prints one JSON object: scorecards per second for buildScorecard (a full scorecard with
 * findings, profile prepared on every call, facilities as the app keeps them, as GET .../scorecard
 * does; also from unprepared facility data) and for
 * evaluateFacility with the profile prepared once, plus rankFacilities timings.
 */
import { generateDataset } from './lib/generate.mjs';

const dist = new URL('../dist/', import.meta.url);
const { buildScorecard, evaluateFacility, prepareFacility, prepareProfile, rankFacilities, getPreset } = await import(
  new URL('scoring/index.js', dist).href
);
const { toFacilityData } = await import(new URL('facilities/facility.mapper.js', dist).href);
const { toComplianceReportData } = await import(new URL('compliance/compliance-report.mapper.js', dist).href);

const count = Number(process.argv[2] ?? 10_000);
const seconds = Number(process.argv[3] ?? 2);

/**
 * The scoring inputs exactly as ScoringInputsService builds them from stored rows: each facility
 * as its fixed-shape copy (prepareFacility), which the app keeps per stored revision; with
 * `prepared` false, plain FacilityData that every scoring call copies first.
 */
export function scoringEntries(data, prepared = true) {
  const carriers = new Map();
  for (const { facilityId, carrierId } of data.facilityCarriers) {
    carriers.set(facilityId, [...(carriers.get(facilityId) ?? []), carrierId]);
  }
  const scopes = new Map();
  for (const { reportId, facilityId } of data.reportFacilities) scopes.set(reportId, [...(scopes.get(reportId) ?? []), facilityId]);
  const reportsByProvider = new Map();
  for (const report of data.reports) {
    const entry = toComplianceReportData({ report, facilityIds: scopes.get(report.id) ?? [] });
    reportsByProvider.set(report.providerId, [...(reportsByProvider.get(report.providerId) ?? []), entry]);
  }
  return data.facilities.map((f) => ({
    facility: prepared ? prepareFacility(toFacilityData(f, carriers.get(f.id) ?? [])) : toFacilityData(f, carriers.get(f.id) ?? []),
    reports: (reportsByProvider.get(f.providerId) ?? []).filter((r) => r.facilityIds.length === 0 || r.facilityIds.includes(f.id)),
  }));
}

function throughput(label, entries, fn) {
  // Warm-up: let V8 optimise before timing.
  for (let i = 0; i < Math.min(entries.length, 20_000); i++) fn(entries[i % entries.length]);
  let done = 0;
  let sink = 0;
  const start = performance.now();
  const until = start + seconds * 1000;
  while (performance.now() < until) {
    for (let i = 0; i < 1000; i++) sink += fn(entries[(done + i) % entries.length]).overall ?? 1;
    done += 1000;
  }
  const elapsed = (performance.now() - start) / 1000;
  if (Number.isNaN(sink)) throw new Error('unreachable');
  return { label, perSecond: Math.round(done / elapsed), microsPerScorecard: Math.round((elapsed / done) * 1e7) / 10 };
}

const data = generateDataset(count);
const entries = scoringEntries(data);
const now = new Date();
const nowMs = now.getTime();
const balanced = getPreset('balanced');
const costed = {
  ...balanced,
  id: 'bench-costed',
  footprint: { cabinets: 4, kw: 24, crossConnects: 6, remoteHandsIncidentsPerMonth: 2, averageIncidentMinutes: 45 },
  budget: { currency: 'USD', targetMonthly: 8000, maxMonthly: 15000 },
};
const preparedBalanced = prepareProfile(balanced);

const results = {
  facilities: count,
  buildScorecard: throughput('buildScorecard (balanced)', entries, (e) => buildScorecard(e.facility, e.reports, balanced, now)),
  buildScorecardCosted: throughput('buildScorecard (footprint + budget)', entries, (e) => buildScorecard(e.facility, e.reports, costed, now)),
  evaluateFacility: throughput('evaluateFacility (prepared profile)', entries, (e) =>
    evaluateFacility(e.facility, e.reports, preparedBalanced, nowMs).scorecard,
  ),
  // The same scorecards from plain FacilityData (copied into the fixed shape on every call).
  buildScorecardUnprepared: throughput('buildScorecard (balanced, unprepared input)', scoringEntries(data, false), (e) =>
    buildScorecard(e.facility, e.reports, balanced, now),
  ),
};

// rankFacilities over the whole set: median of a few runs after a warm-up run.
rankFacilities(entries, balanced, now);
const times = [];
for (let i = 0; i < 7; i++) {
  const start = performance.now();
  rankFacilities(entries, balanced, now);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const rankMs = times[Math.floor(times.length / 2)];
results.rankFacilities = {
  facilities: count,
  medianMs: Math.round(rankMs * 10) / 10,
  microsPerFacility: Math.round((rankMs * 1000 * 10) / count) / 10,
};
console.log(JSON.stringify(results));
