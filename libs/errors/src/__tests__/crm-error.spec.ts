import { badUserInput, CrmError, notFound } from '../crm-error';
import { ErrorCode } from '../error-code';

describe('CrmError', () => {
  it('names the offending field in bad input', () => {
    const error = badUserInput('input.amount', 'must be ≥ 0 (got -5)');
    expect(error).toBeInstanceOf(CrmError);
    expect(error.code).toBe(ErrorCode.BadUserInput);
    expect(error.field).toBe('input.amount');
    expect(error.message).toBe('input.amount: must be ≥ 0 (got -5)');
  });

  it('says which entity is missing', () => {
    expect(notFound('Customer', 'c-1', 'customerId').message).toBe('Customer c-1 does not exist');
  });
});
