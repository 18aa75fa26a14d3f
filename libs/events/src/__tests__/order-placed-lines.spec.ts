import { buildEvent, EVENT_CATALOGUE, EventValidationError, type EventPayload } from '@crm/events';

type OrderPlacedPayload = EventPayload<'crm.sales.order.placed'>;
import { USER_ID } from './event-fixtures';

const example = (): OrderPlacedPayload => structuredClone(EVENT_CATALOGUE['crm.sales.order.placed'].example);
const build = (data: OrderPlacedPayload) =>
  buildEvent('crm.sales.order.placed', { subject: data.orderId, data, actor: USER_ID });

function problemPathsOf(data: OrderPlacedPayload): string[] {
  try {
    build(data);
  } catch (error) {
    expect(error).toBeInstanceOf(EventValidationError);
    return (error as EventValidationError).problems.map((problem) => problem.path);
  }
  throw new Error('expected an EventValidationError');
}

describe('crm.sales.order.placed lines (an additive property)', () => {
  it('carries the lines with exact decimal amounts', () => {
    expect(build(example()).data.lines).toEqual([
      expect.objectContaining({ quantity: 4, unitPrice: '10000.00', amount: '38000.00' }),
      expect.objectContaining({ quantity: 1, amount: '10000.00' }),
    ]);
  });

  it('still accepts an event published before lines existed', () => {
    const { lines: _lines, ...withoutLines } = example();
    expect(build(withoutLines).data).not.toHaveProperty('lines');
  });

  it('takes a line that names no catalogue product', () => {
    const data = example();
    data.lines = [{ productId: null, quantity: 1, unitPrice: '120.00', amount: '120.00' }];
    expect(build(data).data.lines?.[0].productId).toBeNull();
  });

  it('refuses float-like amounts and a quantity below 1', () => {
    const data = example();
    data.lines = [{ productId: null, quantity: 0, unitPrice: '1e3', amount: '12.34567' }];
    expect(problemPathsOf(data)).toEqual(
      expect.arrayContaining(['/data/lines/0/quantity', '/data/lines/0/unitPrice', '/data/lines/0/amount']),
    );
  });
});
