import { In, type DataSource } from 'typeorm';
import { isUuid } from '@crm/db';
import { paginate, type Connection, type PageRequest } from '@crm/subgraph-kit';
import type { SegmentKind, SegmentStatus } from '../domain/segment-lifecycle';
import { Segment } from './segment.entity';

export interface SegmentFilter {
  kind?: SegmentKind | null;
  status?: SegmentStatus | null;
}

/** A reference with a malformed id finds nothing instead of failing the whole batch. */
export function findSegmentsByIds(dataSource: DataSource, ids: string[]): Promise<Segment[]> {
  return dataSource.getRepository(Segment).findBy({ id: In(ids.filter(isUuid)) });
}

/** Newest first, keyset-paginated on segments_created_at_id, or segments_status/kind_created_at when filtered. */
export function listSegments(
  dataSource: DataSource,
  filter: SegmentFilter,
  page: PageRequest,
): Promise<Connection<Segment>> {
  const query = dataSource.getRepository(Segment).createQueryBuilder('segment');
  if (filter.status) query.andWhere('segment.status = :status', { status: filter.status });
  if (filter.kind) query.andWhere('segment.kind = :kind', { kind: filter.kind });
  return paginate(
    query,
    {
      columns: ['segment.created_at', 'segment.id'],
      keys: ['timestamp', 'uuid'],
      direction: 'DESC',
      valuesOf: (segment) => [segment.createdAt.toISOString(), segment.id],
    },
    page,
  );
}
