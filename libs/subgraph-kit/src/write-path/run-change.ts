import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { lockForChange, updateWithVersion, type LockOptions, type VersionedRow } from '@crm/db';
import type { AnyCloudEvent } from '@crm/events';
import { appendToOutbox } from '@crm/messaging';
import { auditEventOf, type AuditedChange } from './audit-event';
import type { ChangeScope } from './change-scope';

export interface AuditAs {
  /** The mutation or saga step, e.g. `winOpportunity`. */
  action: string;
  /** Defaults to the entity's class name. */
  entityType?: string;
}

export interface CreationAuditAs extends AuditAs {
  /** What the audit entry shows of the new row: leave secrets out. Defaults to the row. */
  shown?: object;
}

/**
 * One change in progress (DESIGN §3 "One write path"): lock, persist, and collect the events and
 * audit entries it causes; runChange appends them all to the outbox before the commit.
 */
export class Change {
  private readonly events: AnyCloudEvent[] = [];
  private readonly audits: AuditedChange[] = [];

  constructor(
    readonly manager: EntityManager,
    readonly scope: ChangeScope,
  ) {}

  get caller() {
    return this.scope.caller;
  }

  get origin() {
    return this.scope.origin;
  }

  /** The aggregate locked for this change; NOT_FOUND, or CONFLICT on a stale version. */
  lock<T extends VersionedRow>(entity: EntityTarget<T>, id: string, options?: LockOptions): Promise<T> {
    return lockForChange(this.manager, entity, id, options);
  }

  async insert<T extends ObjectLiteral & { id: string }>(
    entity: EntityTarget<T>,
    row: T,
    { action, entityType, shown = row }: CreationAuditAs,
  ): Promise<T> {
    await this.manager.insert(entity, row as QueryDeepPartialEntity<T>);
    this.audit({
      action,
      entityType: entityType ?? this.nameOf(entity),
      entityId: row.id,
      before: null,
      after: shown,
    });
    return row;
  }

  /** Writes `changes` to the row read as `before` (version-checked) and returns the row after. */
  async update<T extends VersionedRow>(
    entity: EntityTarget<T>,
    before: T,
    changes: Partial<T>,
    { action, entityType }: AuditAs,
  ): Promise<T> {
    const after = { ...before, ...changes, version: before.version + 1 } as T;
    if ('updatedAt' in before && !('updatedAt' in changes)) Object.assign(after, { updatedAt: new Date() });
    const written = Object.fromEntries(
      Object.keys(after)
        .filter((key) => key !== 'id' && key !== 'version' && (key in changes || key === 'updatedAt'))
        .map((key) => [key, after[key]]),
    );
    await updateWithVersion(
      this.manager,
      entity,
      before.id,
      before.version,
      written as QueryDeepPartialEntity<T>,
    );
    this.audit({ action, entityType: entityType ?? this.nameOf(entity), entityId: before.id, before, after });
    return Object.assign(this.manager.create(entity), after);
  }

  /** Events follow the change: they reach the outbox in the same transaction, in this order. */
  publish(...events: AnyCloudEvent[]): void {
    this.events.push(...events);
  }

  audit(entry: AuditedChange): void {
    this.audits.push(entry);
  }

  /** @internal runChange calls this once the work is done. */
  async flush(): Promise<void> {
    const audits = this.audits.map((entry) => auditEventOf(this.scope.service, this.scope.origin, entry));
    await appendToOutbox(this.manager, [...this.events, ...audits]);
    this.events.length = 0;
    this.audits.length = 0;
  }

  private nameOf(entity: EntityTarget<ObjectLiteral>): string {
    return this.manager.connection.getMetadata(entity).name;
  }
}

/**
 * Runs one change as one transaction: `work` locks the aggregate, lets domain code decide, and
 * persists through `change`; the events and audit entries it collected are appended to the
 * outbox before the commit. Inside a saga step the consumer's transaction is reused, so the
 * inbox row, the change and its events commit together.
 */
export function runChange<T>(scope: ChangeScope, work: (change: Change) => Promise<T>): Promise<T> {
  const execute = async (manager: EntityManager) => {
    const change = new Change(manager, scope);
    const result = await work(change);
    await change.flush();
    return result;
  };
  return scope.db instanceof DataSource ? scope.db.transaction(execute) : execute(scope.db);
}
