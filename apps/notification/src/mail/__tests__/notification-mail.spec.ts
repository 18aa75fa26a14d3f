import { Notification } from '../../data/notification.entity';
import { digestMail, notificationMail } from '../notification-mail';

const settings = { from: 'CRM <notify@crm.test>', messageIdDomain: 'crm.test' };
const sam = { name: 'Sam Sales-Manager', email: 'sam@demo.crm.example' };

const notification = (id: string, title: string, createdAt: string) =>
  Object.assign(new Notification(), {
    id,
    recipientId: '01950c80-0000-7000-8000-00000000a11c',
    kind: 'LARGE_DEAL_DETECTED',
    title,
    body: `${title}: the details.`,
    subjectType: 'Opportunity',
    subjectId: '01950c8b-1a2b-7c3d-9e4f-5a6b7c8d9e0f',
    createdAt: new Date(createdAt),
  });

describe('notification mail', () => {
  it('mails one notification with its title, body and record, under a Message-ID made from it', () => {
    const mail = notificationMail(
      notification('n-1', 'Large deal: Pilot', '2030-01-01T09:00:00Z'),
      sam,
      settings,
    );
    expect(mail).toMatchObject({
      from: settings.from,
      to: { name: 'Sam Sales-Manager', address: 'sam@demo.crm.example' },
      subject: 'Large deal: Pilot',
      messageId: '<notification-n-1@crm.test>',
    });
    expect(mail.text).toContain('Large deal: Pilot: the details.');
    expect(mail.text).toContain('Opportunity 01950c8b-1a2b-7c3d-9e4f-5a6b7c8d9e0f');
  });

  it('sums a day up in one mail, oldest first, counting its notifications', () => {
    const one = digestMail(
      [notification('n-1', 'First', '2030-01-01T09:00:00Z')],
      { name: null, email: sam.email },
      settings,
      'd',
    );
    expect(one.subject).toBe('Your CRM digest: 1 notification');
    expect(one.to).toBe(sam.email);
    const two = digestMail(
      [
        notification('n-1', 'First', '2030-01-01T09:00:00Z'),
        notification('n-2', 'Second', '2030-01-01T10:00:00Z'),
      ],
      sam,
      settings,
      'd',
    );
    expect(two.subject).toBe('Your CRM digest: 2 notifications');
    expect(two.text.indexOf('First')).toBeLessThan(two.text.indexOf('Second'));
  });
});
