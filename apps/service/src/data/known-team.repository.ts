import type { EntityManager } from 'typeorm';
import { KnownTeam } from './known-team.entity';

export function findKnownTeam(manager: EntityManager, teamId: string): Promise<KnownTeam | null> {
  return manager.findOneBy(KnownTeam, { id: teamId });
}
