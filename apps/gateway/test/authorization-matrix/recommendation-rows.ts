import { byCustomer, EVERYONE, type MatrixRow } from './matrix-row';

/** The next-best-product rows of the authorization matrix (issue 13 §7). */
export const RECOMMENDATION_ROWS: readonly MatrixRow[] = [
  {
    // Every role reads customers (within its record scope); the caller's own customer is in scope.
    operation: 'Customer.recommendedProducts',
    subgraph: 'marketing',
    document: `query ($id: ID!) { customer(id: $id) { id recommendedProducts(first: 3) { product { id } score reason { kind } } } }`,
    variables: byCustomer,
    resultPath: ['customer', 'recommendedProducts'],
    allowed: EVERYONE,
  },
];
