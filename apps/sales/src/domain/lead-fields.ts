import { z } from 'zod';
import { InputProblems } from '@crm/errors';
import { INDUSTRY_CODES, REGION_CODES } from './dictionary-codes';
import { dictionaryCode, parseInput, PHONE } from './input-parsing';
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

const fieldSchemas = {
  firstName: text(100),
  lastName: text(100),
  companyName: optionalText(200),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email('must be an email address such as jana@example.com').max(320).or(z.literal('')))
    .nullish()
    .transform((value) => value || null),
  phone: PHONE,
  jobTitle: optionalText(120),
  industry: dictionaryCode('industry', INDUSTRY_CODES),
  companySize: z
    .enum(COMPANY_SIZES)
    .nullish()
    .transform((value) => value ?? null),
  region: dictionaryCode('region', REGION_CODES),
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

/** Only a campaign lead names its campaign, and it must (for campaign ROI in analytics). */
function checkSource(fields: LeadFields, path: string, problems: InputProblems): void {
  if (fields.source === 'CAMPAIGN' && !fields.sourceCampaignId)
    problems.add(`${path}.sourceCampaignId`, 'is required when the source is CAMPAIGN');
  if (fields.source !== 'CAMPAIGN' && fields.sourceCampaignId)
    problems.add(
      `${path}.sourceCampaignId`,
      `only a CAMPAIGN lead has a source campaign (source is ${fields.source})`,
    );
}

/** A new lead's fields; every invalid field is reported at once. */
export function parseNewLead(input: unknown, path = 'input'): LeadFields {
  const fields = parseInput(newLeadSchema, input, path);
  const problems = new InputProblems();
  checkSource(fields, path, problems);
  problems.throwIfAny();
  return fields;
}

/** The lead after an update: fields left out (undefined) keep their value, null clears an optional one. */
export function applyLeadChanges(current: LeadFields, input: unknown, path = 'input'): LeadFields {
  const changes = parseInput(leadChangesSchema, input, path);
  const given = Object.fromEntries(
    Object.entries(changes).filter(([field]) => (input as Record<string, unknown>)[field] !== undefined),
  );
  const fields = { ...current, ...given };
  const problems = new InputProblems();
  checkSource(fields, path, problems);
  problems.throwIfAny();
  return fields;
}
