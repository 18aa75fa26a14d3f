/** A company lead becomes a company customer named after the company; a person lead, a person customer. */
export function customerNameOf(lead: {
  companyName: string | null;
  firstName: string;
  lastName: string;
}): string {
  return (lead.companyName ?? `${lead.firstName} ${lead.lastName}`).slice(0, 200);
}

/** A company lead also brings its contact person; a person lead is the customer itself. */
export const convertsWithContact = (lead: { companyName: string | null }): boolean =>
  lead.companyName !== null;
