import { serviceDatabaseUrl } from '../bootstrap-database';

describe('serviceDatabaseUrl', () => {
  it('keeps the admin server and swaps in the service role and the database', () => {
    const url = serviceDatabaseUrl('postgres://postgres@127.0.0.1:5432/postgres', 'crm', 'sales');
    expect(url).toBe('postgres://crm_sales:crm_sales@127.0.0.1:5432/crm');
  });

  it('replaces the admin password rather than leaking it', () => {
    const url = serviceDatabaseUrl(
      'postgres://admin:s3cret@db.internal:6543/postgres',
      'crm_test',
      'customer',
    );
    expect(url).toBe('postgres://crm_customer:crm_customer@db.internal:6543/crm_test');
  });

  it('keeps connection parameters such as sslmode', () => {
    const url = serviceDatabaseUrl(
      'postgresql://postgres@db.internal/postgres?sslmode=require',
      'crm',
      'identity',
    );
    expect(url).toBe('postgresql://crm_identity:crm_identity@db.internal/crm?sslmode=require');
  });

  it('works when the admin URL names no database', () => {
    const url = serviceDatabaseUrl('postgres://postgres@[::1]:5433', 'crm', 'analytics');
    expect(url).toBe('postgres://crm_analytics:crm_analytics@[::1]:5433/crm');
  });
});
