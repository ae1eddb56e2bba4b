import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { containsPattern, nameSortKeyset, type Page, paginate } from '../common/pagination.js';
import { applyScalarPatch } from '../common/patch.js';
import { ConflictProblem, NotFoundProblem } from '../common/problem-details.js';
import { lockForChange } from '../common/row-lock.js';
import { nowIso } from '../common/time.js';
import { contentOf, markChanged } from '../common/versioning.js';
import { inTransaction } from '../common/transaction.js';
import { writeWithUniqueName } from '../common/unique-name.js';
import { FacilityEntity } from '../facilities/facility.entity.js';
import type { CreateProviderDto, UpdateProviderDto } from './dto/provider.dto.js';
import type { ListProvidersQuery } from './dto/list-providers.query.js';
import { ProviderEntity } from './provider.entity.js';
import type { IfMatchVersions } from '../common/etag.js';

@Injectable()
export class ProvidersService {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: ListProvidersQuery): Promise<Page<ProviderEntity>> {
    const qb = this.dataSource.getRepository(ProviderEntity).createQueryBuilder('provider');
    if (query.q) qb.andWhere("provider.nameKey LIKE :q ESCAPE '\\'", { q: containsPattern(query.q) });
    return paginate(qb, query, nameSortKeyset('provider', query.sort));
  }

  async get(id: string): Promise<ProviderEntity> {
    const provider = await this.dataSource.getRepository(ProviderEntity).findOneBy({ id });
    if (!provider) throw new NotFoundProblem('Provider', id);
    return provider;
  }

  async create(dto: CreateProviderDto, outer?: EntityManager): Promise<ProviderEntity> {
    const now = nowIso();
    const provider = Object.assign(new ProviderEntity(), {
      id: randomUUID(),
      name: dto.name,
      nameKey: dto.name.toLowerCase(),
      website: dto.website ?? null,
      headquartersCountry: dto.headquartersCountry?.toUpperCase() ?? null,
      notes: dto.notes ?? null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    return inTransaction(this.dataSource, outer, (manager) =>
      writeWithUniqueName(manager, ProviderEntity, provider, 'provider', () => manager.insert(ProviderEntity, provider)),
    );
  }

  async update(id: string, dto: UpdateProviderDto, ifMatch?: IfMatchVersions): Promise<ProviderEntity> {
    return this.dataSource.transaction(async (manager) => {
      const provider = await lockForChange(manager, ProviderEntity, id, 'Provider', ifMatch);
      const before = contentOf(provider);
      applyScalarPatch(provider, dto);
      provider.nameKey = provider.name.toLowerCase();
      if (provider.headquartersCountry) provider.headquartersCountry = provider.headquartersCountry.toUpperCase();
      if (!markChanged(provider, before)) return provider;
      return writeWithUniqueName(manager, ProviderEntity, provider, 'provider', () => manager.save(ProviderEntity, provider));
    });
  }

  /** Refuses to orphan facilities silently: `cascade` must be asked for explicitly. */
  async remove(id: string, cascade: boolean, ifMatch?: IfMatchVersions): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const provider = await lockForChange(manager, ProviderEntity, id, 'Provider', ifMatch);
      const facilities = await manager.countBy(FacilityEntity, { providerId: id });
      if (facilities > 0 && !cascade) {
        throw new ConflictProblem(
          `Provider "${provider.name}" has ${facilities} facilit${facilities === 1 ? 'y' : 'ies'}; delete with ?cascade=true to remove them too.`,
        );
      }
      await manager.delete(ProviderEntity, { id });
    });
  }
}
