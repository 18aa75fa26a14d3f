/**
 * The package entry of @crm/customer: what other projects may use of this app (the in-process test
 * platform, the CSV scripts, the benches). main.ts runs the service; nothing else reaches into src/.
 */
export { startCustomerSubgraph, customerTypeDefs } from './customer-subgraph';
// `npm run import:customers` / `export:customers`
export { customerCliDataSource } from './import/customer-cli-database';
export { importCustomerFile } from './import/customer-file-import';
export {
  DUPLICATE_POLICIES,
  ImportFailedError,
  type DuplicatePolicy,
  type ImportSummary,
} from './import/import-options';
export { EXPORT_FILTER_KEYS, parseExportFilter } from './domain/customer-export-filter';
export { countExportedCustomers, exportCustomers } from './export/customer-csv-export';
// `npm run bench` measures the list and search queries directly.
export type { Customer } from './data/customer.entity';
export { customerListQuery, keysetOrderOf } from './data/customer-list.repository';
export { customerSearchQuery } from './data/customer-search.repository';
export { findDuplicatePairs } from './data/duplicate.repository';
export { FILL as FILL_DUPLICATE_CANDIDATES } from './data/migrations/1764000004700-create-duplicate-candidates';
export type { CustomerListFilter, CustomerSort } from './domain/customer-list-query';
export { parseCustomerSearchQuery } from './domain/customer-search-query';
