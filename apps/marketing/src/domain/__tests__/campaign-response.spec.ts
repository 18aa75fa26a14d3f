import { CrmError } from '@crm/errors';
import { parseResponse } from '../campaign-response';

describe('parseResponse', () => {
  it('takes a channel, a kind and an optional note', () => {
    expect(parseResponse({ channel: 'PHONE', kind: 'INQUIRY', note: '  Call back  ' })).toEqual({
      channel: 'PHONE',
      kind: 'INQUIRY',
      note: 'Call back',
    });
    expect(parseResponse({ channel: 'EMAIL', kind: 'REPLY' }).note).toBeNull();
  });

  it.each([
    [{ channel: 'FAX', kind: 'REPLY' }, 'channel'],
    [{ channel: 'EMAIL', kind: 'LIKE' }, 'kind'],
    [{ channel: 'EMAIL', kind: 'REPLY', note: 'x'.repeat(2001) }, 'note'],
  ])('refuses %j on %s', (input, field) => {
    expect.assertions(2);
    try {
      parseResponse(input);
    } catch (error) {
      expect(error).toBeInstanceOf(CrmError);
      expect((error as CrmError).field).toBe(field);
    }
  });
});
