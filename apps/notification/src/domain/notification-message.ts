import type { NotificationKindName, NotificationSubjectTypeName } from '@crm/events';

/** What a notification says and the record it links to, the same for every recipient. */
export interface NotificationMessage {
  kind: NotificationKindName;
  subjectType: NotificationSubjectTypeName;
  subjectId: string;
  title: string;
  body: string;
}
