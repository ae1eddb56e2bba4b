import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { containsPattern, nameSortKeyset, type Page, paginate } from '../common/pagination.js';
import { applyScalarPatch } from '../common/patch.js';
import { NotFoundProblem } from '../common/problem-details.js';
import { lockForChange } from '../common/row-lock.js';
import { nowIso } from '../common/time.js';
import { contentOf, markChanged } from '../common/versioning.js';
import { inTransaction } from '../common/transaction.js';
import { writeWithUniqueName } from '../common/unique-name.js';
import { FacilityCarrierEntity } from '../facilities/facility-carrier.entity.js';
import { FacilityEntity } from '../facilities/facility.entity.js';
import { CarrierEntity } from './carrier.entity.js';
import type { CreateCarrierDto, ListCarriersQuery, UpdateCarrierDto } from './dto/carrier.dto.js';
import type { IfMatchVersions } from '../common/etag.js';

@Injectable()
export class CarriersService {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: ListCarriersQuery): Promise<Page<CarrierEntity>> {
    const qb = this.dataSource.getRepository(CarrierEntity).createQueryBuilder('carrier');
    if (query.q) qb.andWhere("carrier.nameKey LIKE :q ESCAPE '\\'", { q: containsPattern(query.q) });
    return paginate(qb, query, nameSortKeyset('carrier', query.sort));
  }

  async get(id: string): Promise<CarrierEntity> {
    const carrier = await this.dataSource.getRepository(CarrierEntity).findOneBy({ id });
    if (!carrier) throw new NotFoundProblem('Carrier', id);
    return carrier;
  }

  async create(dto: CreateCarrierDto, outer?: EntityManager): Promise<CarrierEntity> {
    const now = nowIso();
    const carrier = Object.assign(new CarrierEntity(), {
      id: randomUUID(),
      name: dto.name,
      nameKey: dto.name.toLowerCase(),
      website: dto.website ?? null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    return inTransaction(this.dataSource, outer, (manager) =>
      writeWithUniqueName(manager, CarrierEntity, carrier, 'carrier', () => manager.insert(CarrierEntity, carrier)),
    );
  }

  async update(id: string, dto: UpdateCarrierDto, ifMatch?: IfMatchVersions): Promise<CarrierEntity> {
    return this.dataSource.transaction(async (manager) => {
      const carrier = await lockForChange(manager, CarrierEntity, id, 'Carrier', ifMatch);
      const previousName = carrier.name;
      const before = contentOf(carrier);
      applyScalarPatch(carrier, dto);
      carrier.nameKey = carrier.name.toLowerCase();
      if (!markChanged(carrier, before)) return carrier;
      await writeWithUniqueName(manager, CarrierEntity, carrier, 'carrier', () => manager.save(CarrierEntity, carrier));
      if (carrier.name !== previousName) await this.touchFacilitiesServed(manager, id);
      return carrier;
    });
  }

  /** Removing a carrier also removes its presence links; the facilities it served stay. */
  async remove(id: string, ifMatch?: IfMatchVersions): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await lockForChange(manager, CarrierEntity, id, 'Carrier', ifMatch);
      await this.touchFacilitiesServed(manager, id);
      await manager.delete(CarrierEntity, { id });
    });
  }

  /**
   * A facility's representation names its carriers, so renaming or removing one changes the
   * facilities it serves: they get a new version (and ETag), like any other edit.
   */
  private async touchFacilitiesServed(manager: EntityManager, carrierId: string): Promise<void> {
    const links = await manager.findBy(FacilityCarrierEntity, { carrierId });
    if (links.length === 0) return;
    await manager.update(
      FacilityEntity,
      { id: In(links.map((l) => l.facilityId)) },
      { version: () => 'version + 1', updatedAt: nowIso() },
    );
  }
}
