import { parseFeedbackFilter, parseNewFeedback } from '../feedback-input';
import { erasedFeedback, ERASED_FEEDBACK_BODY } from '../feedback-erasure';
import { assertTakesFeedback, assertTicketOfCustomer } from '../feedback-references';

const customerId = '01950c00-0000-7000-8000-000000000001';
const now = new Date('2026-01-10T12:00:00Z');

describe('feedback input', () => {
  it('parses a suggestion, received now unless said otherwise', () => {
    expect(parseNewFeedback({ customerId, category: 'SUGGESTION', body: ' Dark mode ' }, now)).toEqual({
      customerId,
      contactId: null,
      ticketId: null,
      category: 'SUGGESTION',
      body: 'Dark mode',
      receivedAt: now,
    });
  });

  it('names the invalid field', () => {
    const valid = { customerId, category: 'PRAISE', body: 'Great' };
    expect(() => parseNewFeedback({ ...valid, body: ' ' }, now)).toThrow(/^input\.body: must not be empty/);
    expect(() => parseNewFeedback({ ...valid, category: 'COMPLAINT' }, now)).toThrow(
      /^input\.category: must be one of/,
    );
    expect(() => parseNewFeedback({ ...valid, contactId: 'x' }, now)).toThrow(/^input\.contactId:/);
    expect(() => parseNewFeedback({ ...valid, receivedAt: new Date('2026-01-11T00:00:00Z') }, now)).toThrow(
      /^input\.receivedAt: must not be in the future/,
    );
  });

  it('filters a period [from, to) that runs forwards', () => {
    const from = new Date('2026-01-01T00:00:00Z');
    const to = new Date('2026-02-01T00:00:00Z');
    expect(parseFeedbackFilter({ category: 'PRAISE', from, to })).toEqual({
      category: 'PRAISE',
      customerId: null,
      from,
      to,
    });
    expect(parseFeedbackFilter(null)).toEqual({ category: null, customerId: null, from: null, to: null });
    expect(() => parseFeedbackFilter({ from: to, to: from })).toThrow(
      /^filter\.to: must be after filter\.from/,
    );
  });

  it('erases the text once', () => {
    const erasedAt = new Date();
    expect(erasedFeedback({ erasedAt: null }, erasedAt)).toEqual({ body: ERASED_FEEDBACK_BODY, erasedAt });
    expect(erasedFeedback({ erasedAt }, new Date())).toBeNull();
  });

  it('takes feedback only for known, unmerged, unerased customers and their own tickets', () => {
    const known = { id: customerId, mergedIntoId: null, erasedAt: null };
    expect(() => assertTakesFeedback(known, customerId, 'input.customerId')).not.toThrow();
    expect(() => assertTakesFeedback(null, customerId, 'input.customerId')).toThrow(/does not exist/);
    expect(() =>
      assertTakesFeedback({ ...known, mergedIntoId: 'b' }, customerId, 'input.customerId'),
    ).toThrow(/merged into b/);
    expect(() => assertTakesFeedback({ ...known, erasedAt: now }, customerId, 'input.customerId')).toThrow(
      /erased/,
    );
    expect(() => assertTicketOfCustomer({ customerId: 'other' }, 't', customerId, 'input.ticketId')).toThrow(
      /^input\.ticketId: ticket t is not a ticket of customer/,
    );
  });
});
