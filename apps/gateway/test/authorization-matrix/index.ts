import type { MatrixRow } from './matrix-row';
import { CUSTOMER_ROWS } from './customer-rows';
import { SALES_ROWS } from './sales-rows';
import { SALES_DOCUMENT_ROWS } from './sales-document-rows';
import { LEAD_ROWS } from './lead-rows';
import { SERVICE_ROWS } from './service-rows';
import { SERVICE_MAIL_ROWS } from './service-mail-rows';
import { SLA_ROWS } from './sla-rows';
import { SURVEY_ROWS } from './survey-rows';
import { KNOWLEDGE_ROWS } from './knowledge-rows';
import { MARKETING_ROWS } from './marketing-rows';
import { SEGMENT_ROWS } from './segment-rows';
import { MESSAGE_ROWS } from './message-rows';
import { JOURNEY_ROWS } from './journey-rows';
import { LOYALTY_ROWS } from './loyalty-rows';
import { RECOMMENDATION_ROWS } from './recommendation-rows';
import { ANALYTICS_ROWS } from './analytics-rows';
import { SALES_REPORT_ROWS } from './sales-report-rows';
import { CUSTOMER_REPORT_ROWS } from './customer-report-rows';
import { IDENTITY_ROWS } from './identity-rows';
import { WEBHOOK_ROWS } from './webhook-rows';
import { NOTIFICATION_ROWS } from './notification-rows';

export type { MatrixRow, OwnFixture } from './matrix-row';

/** Every root operation and contributed field of the graph × every role, one file of rows per domain. */
export const AUTHORIZATION_MATRIX: readonly MatrixRow[] = [
  ...CUSTOMER_ROWS,
  ...SALES_ROWS,
  ...SALES_DOCUMENT_ROWS,
  ...LEAD_ROWS,
  ...SERVICE_ROWS,
  ...SERVICE_MAIL_ROWS,
  ...SLA_ROWS,
  ...SURVEY_ROWS,
  ...KNOWLEDGE_ROWS,
  ...MARKETING_ROWS,
  ...SEGMENT_ROWS,
  ...MESSAGE_ROWS,
  ...JOURNEY_ROWS,
  ...LOYALTY_ROWS,
  ...RECOMMENDATION_ROWS,
  ...ANALYTICS_ROWS,
  ...SALES_REPORT_ROWS,
  ...CUSTOMER_REPORT_ROWS,
  ...IDENTITY_ROWS,
  ...WEBHOOK_ROWS,
  ...NOTIFICATION_ROWS,
];
