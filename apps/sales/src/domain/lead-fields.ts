import { z } from 'zod';
import { badUserInput } from '@crm/errors';
import { COMPANY_SIZES, LEAD_SOURCES, type CompanySize, type LeadSource } from './lead-score';

/** What a user may write on a lead: who it is and where it came from; status and owner have their own mutations. */
export interface LeadFields {
  firstName: string;
  lastName: string;
  companyName: string | null;
  email: string | null;
  phone: string | null;
  jobTitle: string | null;
  industry: string | null;
  companySize: CompanySize | null;
  region: string | null;
  source: LeadSource;
  sourceCampaignId: string | null;
}

const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullish()
    .transform((value) => value || null);
/** Dictionary codes (industry, region) are compared upper-case, as the customer service stores them. */
const code = z
  .string()
  .trim()
  .max(50, 'must be at most 50 characters')
  .nullish()
  .transform((value) => (value ? value.toUpperCase() : null));

const fieldSchemas = {
  firstName: text(100),
  lastName: text(100),
  companyName: optionalText(200),
  email: z
    .email('must be an email address such as jana@example.com')
    .max(320)
    .nullish()
    .transform((value) => value?.toLowerCase() ?? null),
  phone: optionalText(40),
  jobTitle: optionalText(120),
  industry: code,
  companySize: z
    .enum(COMPANY_SIZES)
    .nullish()
    .transform((value) => value ?? null),
  region: code,
  source: z.enum(LEAD_SOURCES),
  sourceCampaignId: z
    .uuid('must be a campaign id (UUID)')
    .nullish()
    .transform((value) => value?.toLowerCase() ?? null),
};

const FIELD_NAMES = Object.keys(fieldSchemas) as (keyof LeadFields)[];

/** The user-editable fields of a stored lead. */
export function leadFieldsOf(lead: LeadFields): LeadFields {
  return Object.fromEntries(FIELD_NAMES.map((name) => [name, lead[name]])) as unknown as LeadFields;
}

const newLeadSchema = z.object(fieldSchemas);
const leadChangesSchema = z.object(fieldSchemas).partial();

function parse<T>(schema: z.ZodType<T>, input: unknown, path: string): T {
  const result = schema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw badUserInput([path, ...issue.path].join('.'), issue.message);
  }
  return result.data;
}

/** Only a campaign lead names its campaign, and it must (for campaign ROI in analytics). */
function checkSource(fields: LeadFields, path: string): LeadFields {
  if (fields.source === 'CAMPAIGN' && !fields.sourceCampaignId)
    throw badUserInput(`${path}.sourceCampaignId`, 'is required when the source is CAMPAIGN');
  if (fields.source !== 'CAMPAIGN' && fields.sourceCampaignId)
    throw badUserInput(
      `${path}.sourceCampaignId`,
      `only a CAMPAIGN lead has a source campaign (source is ${fields.source})`,
    );
  return fields;
}

export function parseNewLead(input: unknown, path = 'input'): LeadFields {
  return checkSource(parse(newLeadSchema, input, path), path);
}

/** The lead after an update: fields left out (undefined) keep their value, null clears an optional one. */
export function applyLeadChanges(current: LeadFields, input: unknown, path = 'input'): LeadFields {
  const changes = parse(leadChangesSchema, input, path);
  const given = Object.fromEntries(
    Object.entries(changes).filter(([field]) => (input as Record<string, unknown>)[field] !== undefined),
  );
  return checkSource({ ...current, ...given }, path);
}
