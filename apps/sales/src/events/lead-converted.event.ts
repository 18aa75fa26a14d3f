import { buildEvent, type EventOrigin } from '@crm/events';
import type { Lead } from '../data/lead.entity';

/** The saga's message to the customer service: create this customer (and contact) with these ids. */
export function leadConverted(lead: Lead, customerName: string, origin: EventOrigin) {
  const isCompany = lead.convertedContactId !== null;
  return buildEvent('crm.sales.lead.converted', {
    subject: lead.id,
    ...origin,
    data: {
      leadId: lead.id,
      customerId: lead.convertedCustomerId!,
      customerKind: isCompany ? 'COMPANY' : 'PERSON',
      customerName,
      // A company's own address is not the lead's: the person's details go to the contact.
      email: isCompany ? null : lead.email,
      phone: isCompany ? null : lead.phone,
      industry: lead.industry,
      region: lead.region,
      source: lead.source,
      ownerId: lead.ownerId,
      contact: isCompany
        ? {
            contactId: lead.convertedContactId!,
            firstName: lead.firstName,
            lastName: lead.lastName,
            email: lead.email,
            phone: lead.phone,
            jobTitle: lead.jobTitle,
          }
        : null,
      opportunityId: lead.convertedOpportunityId,
      convertedAt: lead.convertedAt!.toISOString(),
    },
  });
}
