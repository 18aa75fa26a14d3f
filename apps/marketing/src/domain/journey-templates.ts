/**
 * Journeys marketers start from (issue 13 §3). Each is a definition with the ids it needs left to
 * fill in (`<…>`: a template to send, a segment or list); `createJourney` checks them like any other.
 */
export interface JourneyTemplate {
  key: string;
  name: string;
  description: string;
  definition: object;
}

const TEMPLATE = (what: string) => `<${what} template id>`;

export const JOURNEY_TEMPLATES: JourneyTemplate[] = [
  {
    key: 'welcome-series',
    name: 'Welcome series',
    description:
      'A new customer gets a welcome, a tips mail three days later if they did not order yet, and their owner a nudge after a week.',
    definition: {
      trigger: { kind: 'EVENT', eventType: 'crm.customer.customer.created' },
      steps: [
        { id: 'welcome', kind: 'SEND', templateId: TEMPLATE('welcome') },
        { id: 'wait-3-days', kind: 'WAIT', hours: 72 },
        {
          id: 'ordered-yet',
          kind: 'BRANCH',
          rule: { field: 'orderCount', operator: 'gte', value: 1 },
          then: 'END',
          else: 'tips',
        },
        { id: 'tips', kind: 'SEND', templateId: TEMPLATE('getting started tips') },
        { id: 'wait-4-days', kind: 'WAIT', hours: 96 },
        {
          id: 'owner-call',
          kind: 'FOLLOW_UP',
          note: 'New customer has not ordered in a week: call them',
          dueInDays: 1,
        },
      ],
    },
  },
  {
    key: 'post-purchase-survey',
    name: 'Post-purchase survey',
    description: 'Two days after an order, the customer is asked how it went.',
    definition: {
      trigger: { kind: 'EVENT', eventType: 'crm.sales.order.placed' },
      steps: [
        { id: 'wait-2-days', kind: 'WAIT', hours: 48 },
        { id: 'survey', kind: 'SEND', templateId: TEMPLATE('how was your order') },
      ],
    },
  },
  {
    key: 'birthday',
    name: 'Birthday greeting',
    description:
      'On their birthday (in the business time zone) customers get a greeting with an offer and are listed for the month.',
    definition: {
      trigger: { kind: 'DATE', field: 'BIRTH_DATE', daysBefore: 0, timeZone: 'Europe/Berlin' },
      steps: [
        { id: 'greeting', kind: 'SEND', templateId: TEMPLATE('happy birthday') },
        { id: 'remember', kind: 'ADD_TO_LIST', segmentId: '<birthday offers sent list id>' },
      ],
    },
  },
  {
    key: 'lead-nurturing',
    name: 'Lead nurturing',
    description:
      'Customers entering a "prospects" segment get three mails a week apart; the engaged ones go to their owner.',
    definition: {
      trigger: { kind: 'SEGMENT_ENTERED', segmentId: '<prospects segment id>' },
      steps: [
        { id: 'intro', kind: 'SEND', templateId: TEMPLATE('introduction') },
        { id: 'wait-1', kind: 'WAIT', hours: 168 },
        { id: 'case-study', kind: 'SEND', templateId: TEMPLATE('case study') },
        { id: 'wait-2', kind: 'WAIT', hours: 168 },
        { id: 'offer', kind: 'SEND', templateId: TEMPLATE('offer') },
        { id: 'hand-over', kind: 'FOLLOW_UP', note: 'Nurtured prospect: time for a call', dueInDays: 2 },
      ],
    },
  },
  {
    key: 'win-back',
    name: 'Win-back',
    description:
      'When analytics detects a churn risk, the customer gets a win-back offer; one who does not order within two weeks goes to their owner.',
    definition: {
      trigger: { kind: 'EVENT', eventType: 'crm.analytics.customer.churn_risk_detected' },
      steps: [
        { id: 'offer', kind: 'SEND', templateId: TEMPLATE('we miss you') },
        { id: 'wait-2-weeks', kind: 'WAIT', hours: 336 },
        {
          id: 'came-back',
          kind: 'BRANCH',
          rule: { field: 'lastOrderAt', operator: 'withinDays', value: 14 },
          then: 'END',
          else: 'owner-call',
        },
        {
          id: 'owner-call',
          kind: 'FOLLOW_UP',
          note: 'At-risk customer did not come back: call them',
          dueInDays: 1,
        },
      ],
    },
  },
];
