import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type EntityTarget, In, type ObjectLiteral } from 'typeorm';
import { CarrierEntity } from '../carriers/carrier.entity.js';
import { lockForBulkWrite } from '../common/bulk-lock.js';
import { type FieldError, ValidationProblem } from '../common/problem-details.js';
import { nowIso } from '../common/time.js';
import { validateDocument } from '../common/validate-document.js';
import { ComplianceReportEntity } from '../compliance/compliance-report.entity.js';
import { ReportFacilityEntity } from '../compliance/report-facility.entity.js';
import { reportRuleErrors } from '../compliance/report-rules.js';
import { checkClimateRanges } from '../facilities/facility-input.js';
import { FacilityCarrierEntity } from '../facilities/facility-carrier.entity.js';
import { FacilityEntity } from '../facilities/facility.entity.js';
import { ProfileEntity } from '../profiles/profile.entity.js';
import { ProviderEntity } from '../providers/provider.entity.js';
import { validateProfile } from '../scoring/index.js';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportDocumentDto } from './dto/export-document.dto.js';
import { ImportDocumentDto, type ImportMode } from './dto/import-document.dto.js';
import type { ImportCountsDto, ImportResultDto } from './dto/import-result.dto.js';
import {
  byId,
  exportCarrier,
  exportComplianceReport,
  exportFacility,
  exportProfile,
  exportProvider,
} from './export-records.js';
import {
  carrierRow,
  contentOf,
  facilityRow,
  type Planned,
  profileRow,
  providerRow,
  reportRow,
  type Stamps,
} from './import-records.js';

/** Every table the import writes, parents first. */
const TABLES = ['providers', 'carriers', 'facilities', 'facility_carriers', 'compliance_reports', 'report_facilities', 'profiles'];

/** Rows per INSERT and ids per IN list: under every database's parameter limit. */
const CHUNK = 100;

type Resource = 'providers' | 'carriers' | 'facilities' | 'complianceReports' | 'profiles';

interface Stored {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** What the import does to one resource. */
interface ResourcePlan<R extends { id: string }, L> {
  create: Array<Planned<R, L>>;
  update: Array<{ planned: Planned<R, L>; current: Stored; linksChanged: boolean; uniqueChanged: boolean }>;
  unchanged: number;
  delete: string[];
}

interface Snapshot {
  providers: Map<string, ProviderEntity>;
  carriers: Map<string, CarrierEntity>;
  facilities: Map<string, FacilityEntity>;
  facilityCarriers: Map<string, string[]>;
  reports: Map<string, ComplianceReportEntity>;
  reportScopes: Map<string, string[]>;
  profiles: Map<string, ProfileEntity>;
}

export interface ImportOptions {
  mode?: ImportMode;
  dryRun?: boolean;
}

@Injectable()
export class TransferService {
  constructor(private readonly dataSource: DataSource) {}

  /** The whole dataset from one consistent snapshot. */
  async exportAll(): Promise<ExportDocumentDto> {
    const snapshot = await this.readConsistently((manager) => this.snapshot(manager));
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: nowIso(),
      providers: [...snapshot.providers.values()].sort(byId).map(exportProvider),
      carriers: [...snapshot.carriers.values()].sort(byId).map(exportCarrier),
      facilities: [...snapshot.facilities.values()]
        .sort(byId)
        .map((f) => exportFacility(f, snapshot.facilityCarriers.get(f.id) ?? [])),
      complianceReports: [...snapshot.reports.values()]
        .sort(byId)
        .map((r) => exportComplianceReport(r, snapshot.reportScopes.get(r.id) ?? [])),
      profiles: [...snapshot.profiles.values()].sort(byId).map(exportProfile),
    };
  }

  /**
   * Validates the whole document (fields, then references and cross-record rules against the
   * state the import would leave), then applies it in one transaction: all of it or nothing.
   */
  async importAll(body: unknown, options: ImportOptions = {}): Promise<ImportResultDto> {
    const mode = options.mode ?? 'merge';
    const dryRun = options.dryRun ?? false;
    const { value: document, errors } = await validateDocument(ImportDocumentDto, body);
    if (errors.length > 0) throw new ValidationProblem(errors);

    const work = async (manager: EntityManager): Promise<ImportResultDto> => {
      const snapshot = await this.snapshot(manager);
      const plan = planImport(document, snapshot, mode);
      if (plan.errors.length > 0) throw new ValidationProblem(plan.errors);
      if (!dryRun) await this.apply(manager, plan);
      return {
        dryRun,
        mode,
        providers: counts(plan.providers),
        carriers: counts(plan.carriers),
        facilities: counts(plan.facilities),
        complianceReports: counts(plan.complianceReports),
        profiles: counts(plan.profiles),
      };
    };
    // A dry run reads one snapshot; an import also holds off other writers until it commits.
    if (dryRun) return this.readConsistently(work);
    return this.dataSource.transaction(async (manager) => {
      await lockForBulkWrite(manager, TABLES);
      return work(manager);
    });
  }

  /**
   * A read-only transaction that sees one state of every table: REPEATABLE READ on PostgreSQL
   * (READ COMMITTED would take a new snapshot per query); on SQLite any transaction does.
   */
  private readConsistently<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.options.type === 'postgres'
      ? this.dataSource.transaction('REPEATABLE READ', work)
      : this.dataSource.transaction(work);
  }

  private async snapshot(manager: EntityManager): Promise<Snapshot> {
    const byKey = <E extends { id: string }>(rows: E[]) => new Map(rows.map((row) => [row.id, row]));
    const grouped = (rows: Array<[string, string]>) => {
      const map = new Map<string, string[]>();
      for (const [key, value] of rows) map.set(key, [...(map.get(key) ?? []), value]);
      for (const list of map.values()) list.sort();
      return map;
    };
    const links = await manager.find(FacilityCarrierEntity);
    const scopes = await manager.find(ReportFacilityEntity);
    return {
      providers: byKey(await manager.find(ProviderEntity)),
      carriers: byKey(await manager.find(CarrierEntity)),
      facilities: byKey(await manager.find(FacilityEntity)),
      facilityCarriers: grouped(links.map((l) => [l.facilityId, l.carrierId])),
      reports: byKey(await manager.find(ComplianceReportEntity)),
      reportScopes: grouped(scopes.map((s) => [s.reportId, s.facilityId])),
      profiles: byKey(await manager.find(ProfileEntity)),
    };
  }

  private async apply(manager: EntityManager, plan: ImportPlan): Promise<void> {
    const now = nowIso();
    // Deletions first (children first), so that names they held are free for the records written next.
    await deleteIds(manager, ComplianceReportEntity, plan.complianceReports.delete);
    await deleteIds(manager, FacilityEntity, plan.facilities.delete);
    await deleteIds(manager, ProfileEntity, plan.profiles.delete);
    await deleteIds(manager, CarrierEntity, plan.carriers.delete);
    await deleteIds(manager, ProviderEntity, plan.providers.delete);

    // Records that change name or PeeringDB id let go of the old one first: two records may swap.
    await park(manager, ProviderEntity, plan.providers, ['nameKey', 'peeringdbId']);
    await park(manager, CarrierEntity, plan.carriers, ['nameKey', 'peeringdbId']);
    await park(manager, FacilityEntity, plan.facilities, ['peeringdbId']);
    await park(manager, ProfileEntity, plan.profiles, ['nameKey']);

    await write(manager, ProviderEntity, plan.providers, now);
    await write(manager, CarrierEntity, plan.carriers, now);
    await write(manager, FacilityEntity, plan.facilities, now);
    await writeLinks(manager, FacilityCarrierEntity, plan.facilities, 'facilityId', 'carrierId');
    await write(manager, ComplianceReportEntity, plan.complianceReports, now);
    await writeLinks(manager, ReportFacilityEntity, plan.complianceReports, 'reportId', 'facilityId');
    await write(manager, ProfileEntity, plan.profiles, now);
  }
}

type ImportPlan = ReturnType<typeof planImport>;

function counts(plan: ResourcePlan<{ id: string }, unknown>): ImportCountsDto {
  return { created: plan.create.length, updated: plan.update.length, unchanged: plan.unchanged, deleted: plan.delete.length };
}

/**
 * Compares the document with the database: what to create, update, leave and delete, and
 * every reference or uniqueness rule the result would break, by the document path of the
 * record that breaks it. Pure: reads the snapshot, writes nothing.
 */
export function planImport(document: ImportDocumentDto, snapshot: Snapshot, mode: ImportMode) {
  const errors: FieldError[] = [];
  const replace = mode === 'replace';

  const providers = document.providers.map(providerRow);
  const carriers = document.carriers.map(carrierRow);
  const facilities = document.facilities.map(facilityRow);
  const reports = document.complianceReports.map(reportRow);
  const profiles = document.profiles.map(profileRow);

  for (const [resource, list] of [
    ['providers', providers],
    ['carriers', carriers],
    ['facilities', facilities],
    ['complianceReports', reports],
    ['profiles', profiles],
  ] as Array<[Resource, Array<Planned<{ id: string }, unknown>>]>) {
    errors.push(...duplicates(resource, 'id', list.map((p) => p.row.id)));
  }

  // What the database holds after the import: the document's records, plus (merge) the rest.
  const kept = <E extends { id: string }>(stored: Map<string, E>, listed: Array<Planned<{ id: string }, unknown>>): E[] => {
    if (replace) return [];
    const ids = new Set(listed.map((p) => p.row.id));
    return [...stored.values()].filter((e) => !ids.has(e.id));
  };
  const keptProviders = kept(snapshot.providers, providers);
  const keptCarriers = kept(snapshot.carriers, carriers);
  const keptFacilities = kept(snapshot.facilities, facilities);
  const keptReports = kept(snapshot.reports, reports);
  const keptProfiles = kept(snapshot.profiles, profiles);

  errors.push(...uniqueAgainst('providers', 'name', 'provider', providers.map((p) => p.row.nameKey), keptProviders.map((e) => e.nameKey)));
  errors.push(...uniqueAgainst('carriers', 'name', 'carrier', carriers.map((p) => p.row.nameKey), keptCarriers.map((e) => e.nameKey)));
  errors.push(...uniqueAgainst('profiles', 'name', 'profile', profiles.map((p) => p.row.nameKey), keptProfiles.map((e) => e.nameKey)));
  for (const [resource, noun, rows, rest] of [
    ['providers', 'provider', providers.map((p) => p.row.peeringdbId), keptProviders.map((e) => e.peeringdbId)],
    ['carriers', 'carrier', carriers.map((p) => p.row.peeringdbId), keptCarriers.map((e) => e.peeringdbId)],
    ['facilities', 'facility', facilities.map((p) => p.row.peeringdbId), keptFacilities.map((e) => e.peeringdbId)],
  ] as Array<[Resource, string, Array<number | null>, Array<number | null>]>) {
    errors.push(...uniqueAgainst(resource, 'peeringdbId', noun, rows, rest));
  }

  const providerIds = new Set([...providers.map((p) => p.row.id), ...keptProviders.map((e) => e.id)]);
  const carrierIds = new Set([...carriers.map((p) => p.row.id), ...keptCarriers.map((e) => e.id)]);
  const facilityProvider = new Map<string, string>([
    ...keptFacilities.map((e): [string, string] => [e.id, e.providerId]),
    ...facilities.map((p): [string, string] => [p.row.id, p.row.providerId]),
  ]);

  facilities.forEach(({ row }, index) => {
    const at = `facilities.${index}`;
    if (!providerIds.has(row.providerId)) errors.push(missing(`${at}.providerId`, 'provider', row.providerId, replace));
    document.facilities[index].carrierIds?.forEach((id, k) => {
      if (!carrierIds.has(id.toLowerCase())) errors.push(missing(`${at}.carrierIds.${k}`, 'carrier', id, replace));
    });
    for (const error of checkClimateRanges(row.climate)) errors.push({ ...error, field: `${at}.${error.field}` });
  });

  reports.forEach(({ row }, index) => {
    const at = `complianceReports.${index}`;
    if (!providerIds.has(row.providerId)) errors.push(missing(`${at}.providerId`, 'provider', row.providerId, replace));
    document.complianceReports[index].facilityIds?.forEach((id, k) => {
      const owner = facilityProvider.get(id.toLowerCase());
      if (owner === undefined) errors.push(missing(`${at}.facilityIds.${k}`, 'facility', id, replace));
      else if (owner !== row.providerId) {
        errors.push({ field: `${at}.facilityIds.${k}`, message: `facility "${id}" belongs to another provider` });
      }
    });
    for (const error of reportRuleErrors(row)) errors.push({ ...error, field: `${at}.${error.field}` });
  });

  // Merging: reports the document leaves alone must still be scoped to their provider's facilities.
  const facilityIndex = new Map(facilities.map((p, index) => [p.row.id, index]));
  for (const report of keptReports) {
    for (const facilityId of snapshot.reportScopes.get(report.id) ?? []) {
      const index = facilityIndex.get(facilityId);
      if (index !== undefined && facilities[index].row.providerId !== report.providerId) {
        errors.push({
          field: `facilities.${index}.providerId`,
          message: `compliance report "${report.id}", not in the document, is scoped to this facility under its current provider`,
        });
      }
    }
  }

  profiles.forEach(({ profile }, index) => {
    for (const problem of validateProfile(profile)) {
      errors.push({ field: `profiles.${index}${problem.field ? `.${problem.field}` : ''}`, message: problem.message });
    }
  });

  // Which updates change a unique value (see `park`).
  const nameOrPdb = (row: { nameKey: string; peeringdbId: number | null }, current: typeof row) =>
    row.nameKey !== current.nameKey || row.peeringdbId !== current.peeringdbId;
  const none = () => [];
  return {
    errors,
    providers: diff(providers, snapshot.providers, none, replace, nameOrPdb),
    carriers: diff(carriers, snapshot.carriers, none, replace, nameOrPdb),
    facilities: diff(facilities, snapshot.facilities, (id) => snapshot.facilityCarriers.get(id) ?? [], replace, (row, current) => row.peeringdbId !== current.peeringdbId),
    complianceReports: diff(reports, snapshot.reports, (id) => snapshot.reportScopes.get(id) ?? [], replace, () => false),
    profiles: diff(profiles, snapshot.profiles, none, replace, (row, current) => row.nameKey !== current.nameKey),
  };
}

function diff<R extends { id: string }, L, E extends Stored>(
  planned: Array<Planned<R, L>>,
  stored: Map<string, E>,
  storedLinks: (id: string) => L[],
  replace: boolean,
  uniqueChanged: (row: R, current: E) => boolean,
): ResourcePlan<R, L> {
  const plan: ResourcePlan<R, L> = { create: [], update: [], unchanged: 0, delete: [] };
  const listed = new Set<string>();
  for (const entry of planned) {
    listed.add(entry.row.id);
    const current = stored.get(entry.row.id);
    if (!current) {
      plan.create.push(entry);
      continue;
    }
    const linksChanged = JSON.stringify(entry.links) !== JSON.stringify(storedLinks(entry.row.id));
    if (linksChanged || contentOf(entry.row) !== contentOf(entry.row, current)) {
      plan.update.push({ planned: entry, current, linksChanged, uniqueChanged: uniqueChanged(entry.row, current) });
    } else {
      plan.unchanged += 1;
    }
  }
  if (replace) plan.delete = [...stored.keys()].filter((id) => !listed.has(id)).sort();
  return plan;
}

function duplicates(resource: Resource, field: string, values: string[]): FieldError[] {
  const first = new Map<string, number>();
  const errors: FieldError[] = [];
  values.forEach((value, index) => {
    const earlier = first.get(value);
    if (earlier === undefined) first.set(value, index);
    else errors.push({ field: `${resource}.${index}.${field}`, message: `${field} "${value}" is also used by ${resource}.${earlier}` });
  });
  return errors;
}

/** Unique among the document's records and the stored records the import keeps; null is no value. */
function uniqueAgainst(
  resource: Resource,
  field: string,
  noun: string,
  values: Array<string | number | null>,
  kept: Array<string | number | null>,
): FieldError[] {
  const errors: FieldError[] = [];
  const first = new Map<string | number, number>();
  const keptValues = new Set(kept.filter((v) => v !== null));
  const caseNote = field === 'name' ? ' (names are case-insensitive)' : '';
  values.forEach((value, index) => {
    if (value === null) return;
    const at = `${resource}.${index}.${field}`;
    const earlier = first.get(value);
    if (earlier !== undefined) errors.push({ field: at, message: `${field} is also used by ${resource}.${earlier}${caseNote}` });
    else first.set(value, index);
    if (keptValues.has(value)) {
      errors.push({ field: at, message: `${field} is already used by a stored ${noun} that the document does not list${caseNote}` });
    }
  });
  return errors;
}

function missing(field: string, noun: string, id: string, replace: boolean): FieldError {
  return {
    field,
    message: replace ? `${noun} "${id}" is not in the document` : `${noun} "${id}" is neither in the document nor in the database`,
  };
}

async function deleteIds<E extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<E>, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += CHUNK) {
    await manager.delete(target, { id: In(ids.slice(i, i + CHUNK)) } as never);
  }
}

/**
 * Moves unique values (name keys, PeeringDB ids) of the records about to change them out of
 * the way, so that records can swap them within the import without a transient violation.
 */
async function park<E extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<E>,
  plan: ResourcePlan<{ id: string }, unknown>,
  columns: Array<'nameKey' | 'peeringdbId'>,
): Promise<void> {
  const moving = plan.update.filter((u) => u.uniqueChanged).map((u) => u.planned.row.id);
  for (let i = 0; i < moving.length; i += CHUNK) {
    const set: Record<string, unknown> = {};
    if (columns.includes('nameKey')) set.nameKey = () => `'#import#' || "id"`;
    if (columns.includes('peeringdbId')) set.peeringdbId = null;
    await manager
      .createQueryBuilder()
      .update(target)
      .set(set as never)
      .where('id IN (:...ids)', { ids: moving.slice(i, i + CHUNK) })
      .execute();
  }
}

const stampsFor = (stamps: Stamps, now: string) => {
  const createdAt = stamps.createdAt ? new Date(stamps.createdAt).toISOString() : now;
  return {
    version: stamps.version ?? 1,
    createdAt,
    updatedAt: stamps.updatedAt ? new Date(stamps.updatedAt).toISOString() : createdAt,
  };
};

async function write<E extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<E>,
  plan: ResourcePlan<{ id: string }, unknown>,
  now: string,
): Promise<void> {
  const rows = plan.create.map(({ row, stamps }) => ({ ...row, ...stampsFor(stamps, now) }));
  for (let i = 0; i < rows.length; i += CHUNK) {
    await manager.insert(target, rows.slice(i, i + CHUNK) as never);
  }
  for (const { planned, current } of plan.update) {
    await manager.update(target, { id: planned.row.id } as never, {
      ...planned.row,
      version: current.version + 1,
      updatedAt: now,
    } as never);
  }
}

async function writeLinks<E extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<E>,
  plan: ResourcePlan<{ id: string }, string>,
  ownerColumn: string,
  otherColumn: string,
): Promise<void> {
  const replaced = plan.update.filter((u) => u.linksChanged).map((u) => u.planned);
  for (let i = 0; i < replaced.length; i += CHUNK) {
    await manager.delete(target, { [ownerColumn]: In(replaced.slice(i, i + CHUNK).map((p) => p.row.id)) } as never);
  }
  const rows = [...plan.create, ...replaced].flatMap((p) => p.links.map((other) => ({ [ownerColumn]: p.row.id, [otherColumn]: other })));
  for (let i = 0; i < rows.length; i += CHUNK * 5) {
    await manager.insert(target, rows.slice(i, i + CHUNK * 5) as never);
  }
}
