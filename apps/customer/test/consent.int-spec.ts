import { DEMO_ADMIN, EventProbe, startPlatform, tokenFor, type TestPlatform } from '@crm/platform-testing';
import { countRows, dataOf, eventOn, gatewayClient, tokenOf } from './profile-test-kit';

const CREATE_CUSTOMER = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`;
const SET = `mutation ($customerId: ID!, $channel: ConsentChannel!, $granted: Boolean!, $source: String!) {
  setConsent(customerId: $customerId, channel: $channel, granted: $granted, source: $source) {
    id consents { channel granted source changedAt changedBy { id } }
  }
}`;
const HISTORY = `query ($id: ID!, $first: Int) {
  customer(id: $id) { consentHistory(first: $first) { edges { node { channel granted source changedAt changedBy { id } } } } }
}`;

interface Consent {
  channel: string;
  granted: boolean;
  source: string | null;
  changedAt: string;
  changedBy: { id: string };
}

describe('consent per channel through the gateway', () => {
  let platform: TestPlatform;
  let probe: EventProbe;
  let admin: string;
  const send = gatewayClient(() => platform);
  const newCustomer = async (token = admin) =>
    dataOf(
      await send<{ createCustomer: { id: string } }>(token, CREATE_CUSTOMER, {
        input: { kind: 'PERSON', name: 'Consent Carla' },
      }),
    ).createCustomer.id;
  const setConsent = (token: string, customerId: string, channel: string, granted: boolean, source: string) =>
    send<{ setConsent: { consents: Consent[] } }>(token, SET, { customerId, channel, granted, source });

  beforeAll(async () => {
    platform = await startPlatform();
    probe = await EventProbe.start(['crm.customer.customer.v1']);
    admin = await tokenFor();
  });
  afterAll(async () => {
    await probe?.stop();
    await platform?.stop();
  });

  it('records the current decision per channel with its source, keeps the history and publishes consent_changed', async () => {
    const customerId = await newCustomer();
    dataOf(await setConsent(admin, customerId, 'EMAIL', true, 'WEB_FORM'));
    dataOf(await setConsent(admin, customerId, 'SMS', true, 'phone call'));
    const current = dataOf(await setConsent(admin, customerId, 'EMAIL', false, 'unsubscribe link')).setConsent
      .consents;
    expect(current.map(({ channel, granted, source }) => ({ channel, granted, source }))).toEqual([
      { channel: 'EMAIL', granted: false, source: 'unsubscribe link' },
      { channel: 'SMS', granted: true, source: 'phone call' },
    ]);
    expect(current[0].changedBy.id).toBe(DEMO_ADMIN.userId);

    type History = { customer: { consentHistory: { edges: { node: Consent }[] } } };
    const history = dataOf(await send<History>(admin, HISTORY, { id: customerId })).customer.consentHistory
      .edges;
    expect(history.map(({ node }) => [node.channel, node.granted, node.source])).toEqual([
      ['EMAIL', false, 'unsubscribe link'],
      ['SMS', true, 'phone call'],
      ['EMAIL', true, 'WEB_FORM'],
    ]);

    const withdrawn = await eventOn(
      probe,
      'crm.customer.customer.consent_changed',
      customerId,
      (event) => (event.data as { granted: boolean }).granted === false,
    );
    expect(withdrawn.data).toMatchObject({
      customerId,
      channel: 'EMAIL',
      granted: false,
      source: 'unsubscribe link',
      changedBy: DEMO_ADMIN.userId,
    });
  });

  it('refuses an empty source with BAD_USER_INPUT and writes nothing', async () => {
    const customerId = await newCustomer();
    const before = await countRows(platform, 'consent_changes');
    const response = await setConsent(admin, customerId, 'PHONE', true, '  ');
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'source' });
    expect(await countRows(platform, 'consent_changes')).toBe(before);
  });

  it("follows the customer's owner scope", async () => {
    const customerId = await newCustomer();
    const rep = await tokenOf(['SALES_REP']);
    expect((await setConsent(rep, customerId, 'EMAIL', true, 'x')).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    const marketer = await tokenOf(['MARKETER']);
    expect((await setConsent(marketer, customerId, 'EMAIL', true, 'x')).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    const history = await send(marketer, HISTORY, { id: customerId });
    expect(history.errors).toBeUndefined();
  });
});
