import { REDUNDANCY_LEVELS, type Redundancy } from './model.js';

/**
 * Position on DOMAIN.md's redundancy ladder: N (0) < N+1 < N+2 < 2N < 2N+1 (4); -1 when
 * unknown. N+2 sits below 2N because spares on one path still leave that path a single point
 * of failure, which a second independent path removes.
 */
export function redundancyRank(level: Redundancy | null | undefined): number {
  return typeof level === 'string' ? REDUNDANCY_LEVELS.indexOf(level) : -1;
}
