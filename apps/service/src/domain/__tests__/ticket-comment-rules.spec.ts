import { assertCommentAuthor, assertTakesComments, isFirstResponse } from '../ticket-comment-rules';

describe('ticket comment rules', () => {
  it('takes comments until the ticket is closed', () => {
    for (const status of ['NEW', 'ASSIGNED', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER', 'RESOLVED'] as const)
      expect(() => assertTakesComments(status, 'input.ticketId')).not.toThrow();
    expect(() => assertTakesComments('CLOSED', 'input.ticketId')).toThrow(
      /CLOSED and takes no more comments/,
    );
    expect(() => assertTakesComments('ARCHIVED', 'input.ticketId')).toThrow(/open a new ticket/);
  });

  it('refuses an internal note by a customer and an agent comment without the agent', () => {
    expect(() =>
      assertCommentAuthor({ visibility: 'INTERNAL', authorKind: 'CUSTOMER', authorUserId: null }, 'input'),
    ).toThrow(/customer cannot write an internal note/);
    expect(() =>
      assertCommentAuthor({ visibility: 'PUBLIC', authorKind: 'AGENT', authorUserId: null }, 'input'),
    ).toThrow(/agent's user id/);
    expect(() =>
      assertCommentAuthor({ visibility: 'PUBLIC', authorKind: 'CUSTOMER', authorUserId: null }, 'input'),
    ).not.toThrow();
  });

  it('counts only the first public agent reply as the first response', () => {
    const unanswered = { firstRespondedAt: null };
    expect(isFirstResponse(unanswered, { visibility: 'PUBLIC', authorKind: 'AGENT' })).toBe(true);
    expect(isFirstResponse(unanswered, { visibility: 'INTERNAL', authorKind: 'AGENT' })).toBe(false);
    expect(isFirstResponse(unanswered, { visibility: 'PUBLIC', authorKind: 'CUSTOMER' })).toBe(false);
    expect(
      isFirstResponse({ firstRespondedAt: new Date() }, { visibility: 'PUBLIC', authorKind: 'AGENT' }),
    ).toBe(false);
  });
});
