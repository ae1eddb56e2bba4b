import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { nameSortKeyset, type Page, paginate } from '../common/pagination.js';
import { NotFoundProblem, ValidationProblem } from '../common/problem-details.js';
import { lockForChange } from '../common/row-lock.js';
import { nowIso } from '../common/time.js';
import { contentOf, markChanged } from '../common/versioning.js';
import { writeWithUniqueName } from '../common/unique-name.js';
import { isUuid } from '../common/uuid-param.pipe.js';
import { getPreset, PROFILE_PRESETS, type ProfilePreset, type RequirementProfile, validateProfile } from '../scoring/index.js';
import type { ProfileBodyDto } from './dto/profile-parts.dto.js';
import type { CreateProfileDto, ListProfilesQuery, UpdateProfileDto } from './dto/profile.dto.js';
import { entityToProfile, toRequirementProfile } from './profile.mapper.js';
import { ProfileEntity } from './profile.entity.js';
import type { IfMatchVersions } from '../common/etag.js';

@Injectable()
export class ProfilesService {
  constructor(private readonly dataSource: DataSource) {}

  presets(): readonly ProfilePreset[] {
    return PROFILE_PRESETS;
  }

  async list(query: ListProfilesQuery): Promise<Page<ProfileEntity>> {
    const qb = this.dataSource.getRepository(ProfileEntity).createQueryBuilder('profile');
    return paginate(qb, query, nameSortKeyset('profile', query.sort));
  }

  async get(id: string): Promise<ProfileEntity> {
    const profile = isUuid(id) ? await this.dataSource.getRepository(ProfileEntity).findOneBy({ id: id.toLowerCase() }) : null;
    if (!profile) throw new NotFoundProblem('Profile', id);
    return profile;
  }

  /** A preset by name or a saved profile by id, as the scoring core wants it. */
  async resolve(id: string): Promise<RequirementProfile> {
    return getPreset(id) ?? entityToProfile(await this.get(id));
  }

  /** Checks an inline profile (e.g. in a ranking request) with the same rules as a saved one. */
  inline(body: ProfileBodyDto): RequirementProfile {
    const profile = toRequirementProfile('inline', 'Inline profile', body);
    this.check(profile);
    return profile;
  }

  async create(dto: CreateProfileDto): Promise<ProfileEntity> {
    const now = nowIso();
    const id = randomUUID();
    const profile = toRequirementProfile(id, dto.name, dto);
    this.check(profile);
    const entity = Object.assign(new ProfileEntity(), {
      id,
      name: dto.name,
      nameKey: dto.name.toLowerCase(),
      description: dto.description ?? null,
      ...this.columnsOf(profile),
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    return this.dataSource.transaction((manager) =>
      writeWithUniqueName(manager, ProfileEntity, entity, 'profile', () => manager.insert(ProfileEntity, entity)),
    );
  }

  async update(id: string, dto: UpdateProfileDto, ifMatch?: IfMatchVersions): Promise<ProfileEntity> {
    return this.dataSource.transaction(async (manager) => {
      const entity = await lockForChange(manager, ProfileEntity, id, 'Profile', ifMatch);
      const before = contentOf(entity);
      const current = entityToProfile(entity);
      const name = dto.name ?? entity.name;
      const profile = toRequirementProfile(id, name, {
        weights: dto.weights ?? current.weights,
        requirements: dto.requirements === undefined ? current.requirements : dto.requirements,
        footprint: dto.footprint === undefined ? current.footprint : dto.footprint,
        budget: dto.budget === undefined ? current.budget : dto.budget,
      });
      this.check(profile);
      Object.assign(entity, this.columnsOf(profile), { name, nameKey: name.toLowerCase() });
      if (dto.description !== undefined) entity.description = dto.description;
      if (!markChanged(entity, before)) return entity;
      return writeWithUniqueName(manager, ProfileEntity, entity, 'profile', () => manager.save(ProfileEntity, entity));
    });
  }

  async remove(id: string, ifMatch?: IfMatchVersions): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await lockForChange(manager, ProfileEntity, id, 'Profile', ifMatch);
      await manager.delete(ProfileEntity, { id });
    });
  }

  /** The scoring core's own rules (e.g. all-zero weights, budget above max) as a 400. */
  private check(profile: RequirementProfile): void {
    const problems = validateProfile(profile);
    if (problems.length > 0) {
      throw new ValidationProblem(problems.map((p) => ({ field: p.field || 'profile', message: p.message })));
    }
  }

  private columnsOf(profile: RequirementProfile) {
    return {
      weights: profile.weights,
      requirements: profile.requirements ?? {},
      footprint: profile.footprint ?? null,
      budget: profile.budget ?? null,
    };
  }
}
