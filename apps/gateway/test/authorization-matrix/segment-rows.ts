import { byCustomer, type MatrixRow } from './matrix-row';
import type { Role } from '@crm/permissions';

const SEGMENT_READERS: readonly Role[] = [
  'ADMIN',
  'SALES_MANAGER',
  'SALES_REP',
  'MARKETER',
  'ANALYST',
  'READ_ONLY',
];
const SEGMENT_WRITERS: readonly Role[] = ['ADMIN', 'MARKETER'];

/** The segment rows of the authorization matrix (issue 13 §2). */
export const SEGMENT_ROWS: readonly MatrixRow[] = [
  {
    operation: 'segment',
    subgraph: 'marketing',
    document: `query ($id: ID!) { segment(id: $id) { id name size members(first: 5) { edges { node { customer { id } } } } } }`,
    variables: (own) => ({ id: own.segments.toRead }),
    resultPath: ['segment'],
    allowed: SEGMENT_READERS,
  },
  {
    operation: 'segments',
    subgraph: 'marketing',
    document: `{ segments(first: 5) { edges { node { id } } } }`,
    resultPath: ['segments'],
    allowed: SEGMENT_READERS,
  },
  {
    operation: 'previewSegment',
    subgraph: 'marketing',
    document: `{ previewSegment(rule: { field: "tier", operator: "eq", value: "A" }) { size } }`,
    resultPath: ['previewSegment'],
    allowed: SEGMENT_READERS,
  },
  {
    operation: 'Customer.segments',
    subgraph: 'marketing',
    document: `query ($id: ID!) { customer(id: $id) { id segments { id } } }`,
    variables: byCustomer,
    resultPath: ['customer', 'segments'],
    allowed: SEGMENT_READERS,
  },
  {
    operation: 'createSegment',
    subgraph: 'marketing',
    document: `mutation { createSegment(input: { name: "Matrix", kind: STATIC }) { id } }`,
    resultPath: ['createSegment'],
    allowed: SEGMENT_WRITERS,
  },
  {
    operation: 'updateSegment',
    subgraph: 'marketing',
    document: `mutation ($id: ID!) { updateSegment(input: { id: $id, version: 1, name: "Matrix renamed" }) { id } }`,
    variables: (own) => ({ id: own.segments.toUpdate }),
    resultPath: ['updateSegment'],
    allowed: SEGMENT_WRITERS,
  },
  {
    operation: 'archiveSegment',
    subgraph: 'marketing',
    document: `mutation ($id: ID!) { archiveSegment(id: $id, version: 1) { id } }`,
    variables: (own) => ({ id: own.segments.toArchive }),
    resultPath: ['archiveSegment'],
    allowed: SEGMENT_WRITERS,
  },
  {
    operation: 'addToStaticList',
    subgraph: 'marketing',
    document: `mutation ($id: ID!, $customerId: ID!) { addToStaticList(segmentId: $id, customerIds: [$customerId]) { id } }`,
    variables: (own) => ({ id: own.segments.list, customerId: own.customerId }),
    resultPath: ['addToStaticList'],
    allowed: SEGMENT_WRITERS,
  },
  {
    operation: 'removeFromStaticList',
    subgraph: 'marketing',
    document: `mutation ($id: ID!, $customerId: ID!) { removeFromStaticList(segmentId: $id, customerIds: [$customerId]) { id } }`,
    variables: (own) => ({ id: own.segments.list, customerId: own.customerId }),
    resultPath: ['removeFromStaticList'],
    allowed: SEGMENT_WRITERS,
  },
  {
    operation: 'importStaticList',
    subgraph: 'marketing',
    document: `mutation ($id: ID!, $csv: String!) { importStaticList(segmentId: $id, csv: $csv) { added } }`,
    variables: (own) => ({ id: own.segments.list, csv: `${own.customerId}\n` }),
    resultPath: ['importStaticList'],
    allowed: SEGMENT_WRITERS,
  },
];
