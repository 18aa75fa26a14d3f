import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Customer as CustomerRow } from '../data/customer.entity';
import type { Contact as ContactRow } from '../data/contact.entity';
import type { Interaction as InteractionRow } from '../data/interaction.entity';
import type { CustomerNote as CustomerNoteRow } from '../data/customer-note.entity';
import type { CustomerConsent as CustomerConsentRow } from '../data/customer-consent.entity';
import type { ConsentChange as ConsentChangeRow } from '../data/consent-change.entity';
import type { LifecycleChange as LifecycleChangeRow } from '../data/lifecycle-change.entity';
import type { TierChange as TierChangeRow } from '../data/tier-change.entity';
import type { DictionaryEntry as DictionaryEntryRow } from '../data/dictionary-entry.entity';
import type { Tag as TagRow } from '../data/tag.entity';
import type { CustomerContext } from '../customer-context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** ISO-8601 date-time in UTC, e.g. 2026-11-24T10:00:00.000Z. */
  DateTime: { input: Date | string; output: Date | string };
  _FieldSet: { input: unknown; output: unknown };
};

export type ChangeLifecycleStageInput = {
  customerId: Scalars['ID']['input'];
  /** 1 to 500 characters; kept in the lifecycle history. */
  reason: Scalars['String']['input'];
  /** Allowed by hand: PROSPECT → CUSTOMER; up the ladder (CUSTOMER → REPEAT → LOYAL); to AT_RISK; from AT_RISK back. CHURNED has its own mutations. */
  stage: LifecycleStage;
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** What moved a customer: another domain's event (a purchase), or a user's mutation. */
export type ChangeSource = 'EVENT' | 'MANUAL';

/** Why a customer left, as the churn report groups it. */
export type ChurnReasonCategory =
  'COMPETITOR' | 'NO_LONGER_NEEDED' | 'OTHER' | 'PRICE' | 'PRODUCT_FIT' | 'SERVICE';

/** Head-count band of a company. */
export type CompanySize =
  /** 1000 people or more. */
  | 'ENTERPRISE'
  /** 250-999 people. */
  | 'LARGE'
  /** 50-249 people. */
  | 'MEDIUM'
  /** 1-9 people. */
  | 'MICRO'
  /** 10-49 people. */
  | 'SMALL';

/** The customer's current consent decision for one channel. */
export type Consent = {
  __typename?: 'Consent';
  changedAt: Scalars['DateTime']['output'];
  changedBy: Maybe<User>;
  channel: ConsentChannel;
  granted: Scalars['Boolean']['output'];
  /** Where the decision came from, e.g. WEB_FORM; null once the customer was erased. */
  source: Maybe<Scalars['String']['output']>;
};

/** One consent decision as it was recorded. */
export type ConsentChange = {
  __typename?: 'ConsentChange';
  changedAt: Scalars['DateTime']['output'];
  changedBy: Maybe<User>;
  channel: ConsentChannel;
  granted: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  source: Maybe<Scalars['String']['output']>;
};

export type ConsentChangeConnection = {
  __typename?: 'ConsentChangeConnection';
  edges: Array<ConsentChangeEdge>;
  pageInfo: PageInfo;
};

export type ConsentChangeEdge = {
  __typename?: 'ConsentChangeEdge';
  cursor: Scalars['String']['output'];
  node: ConsentChange;
};

export type ConsentChannel = 'EMAIL' | 'PHONE' | 'SMS';

/** A person at a customer (usually a company). Readable by whoever may read its customer. */
export type Contact = {
  __typename?: 'Contact';
  createdAt: Scalars['DateTime']['output'];
  customer: Maybe<Customer>;
  /** Masked for roles without PII rights. */
  email: Maybe<Scalars['String']['output']>;
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  jobTitle: Maybe<Scalars['String']['output']>;
  lastName: Scalars['String']['output'];
  /** E.164. Masked for roles without PII rights. */
  phone: Maybe<Scalars['String']['output']>;
  /** The customer's main contact: at most one per customer. */
  primary: Scalars['Boolean']['output'];
  role: Maybe<ContactRole>;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-locking version: pass it back on updates. */
  version: Scalars['Int']['output'];
};

export type ContactConnection = {
  __typename?: 'ContactConnection';
  edges: Array<ContactEdge>;
  pageInfo: PageInfo;
};

export type ContactEdge = {
  __typename?: 'ContactEdge';
  cursor: Scalars['String']['output'];
  node: Contact;
};

/** The role a contact plays in the account's buying decisions. */
export type ContactRole =
  'BILLING' | 'CHAMPION' | 'DECISION_MAKER' | 'INFLUENCER' | 'OTHER' | 'TECHNICAL' | 'USER';

export type CreateContactInput = {
  customerId: Scalars['ID']['input'];
  email?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 100 characters. */
  firstName: Scalars['String']['input'];
  jobTitle?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 100 characters. */
  lastName: Scalars['String']['input'];
  /** Any valid international number; stored as E.164. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Makes this the customer's primary contact (the previous one stops being primary). */
  primary?: InputMaybe<Scalars['Boolean']['input']>;
  role?: InputMaybe<ContactRole>;
};

export type CreateCustomerInput = {
  addresses?: InputMaybe<Array<PostalAddressInput>>;
  /** Persons only; ISO-8601 date between 1900-01-01 and today. */
  birthDate?: InputMaybe<Scalars['String']['input']>;
  /** Companies only. */
  companySize?: InputMaybe<CompanySize>;
  email?: InputMaybe<Scalars['String']['input']>;
  /** At most one primary (none marked: the first is); `email`, if also given, must be the primary one. */
  emails?: InputMaybe<Array<EmailAddressInput>>;
  /** Persons only. */
  gender?: InputMaybe<Gender>;
  /** Send the same key when retrying: the first result is returned, nothing is created twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** An active INDUSTRY code of the data dictionary, e.g. SOFTWARE. */
  industry?: InputMaybe<Scalars['String']['input']>;
  kind: CustomerKind;
  /** 1 to 200 characters. */
  name: Scalars['String']['input'];
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** E.164, e.g. +33612345678. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** At most one primary (none marked: the first is); `phone`, if also given, must be the primary one. */
  phones?: InputMaybe<Array<PhoneNumberInput>>;
  /** A loyalty member's referral code (letters and digits; dashes and case ignored): marketing records the referral. */
  referralCode?: InputMaybe<Scalars['String']['input']>;
  /** An active REGION code of the data dictionary, e.g. EMEA. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** An active SOURCE code of the data dictionary, e.g. WEB_FORM. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** http(s) address. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** A company or a person the business sells to: the customer master of the platform. */
export type Customer = {
  __typename?: 'Customer';
  addresses: Array<PostalAddress>;
  /** Persons only; ISO-8601 date, e.g. 1990-04-23. Masked for roles without PII rights. */
  birthDate: Maybe<Scalars['String']['output']>;
  /** Set while the customer is CHURNED. */
  churn: Maybe<CustomerChurn>;
  /** Companies only. */
  companySize: Maybe<CompanySize>;
  /** Every consent decision, newest first. */
  consentHistory: ConsentChangeConnection;
  /** The current decision per channel; a channel never decided is absent. */
  consents: Array<Consent>;
  /** People at this customer, newest first. */
  contacts: ContactConnection;
  createdAt: Scalars['DateTime']['output'];
  email: Maybe<Scalars['String']['output']>;
  /** Every email address; the primary one is also `email`. */
  emails: Array<EmailAddress>;
  /** When the customer's personal data was erased (GDPR); its personal fields are then empty. */
  erasedAt: Maybe<Scalars['DateTime']['output']>;
  /** Persons only. Masked (null) for roles without PII rights. */
  gender: Maybe<Gender>;
  id: Scalars['ID']['output'];
  /** Code of an INDUSTRY of the data dictionary. */
  industry: Maybe<Scalars['String']['output']>;
  /** Communication records, most recent first (by occurredAt), optionally of one type. */
  interactions: Maybe<InteractionConnection>;
  kind: CustomerKind;
  /** Lifecycle moves, newest first. */
  lifecycleHistory: LifecycleChangeConnection;
  lifecycleStage: LifecycleStage;
  /**
   * Up to 10 other customers the caller may see that are probably this one (same email or phone,
   * similar name), best first. Ask for it in createCustomer's selection to warn before going on.
   */
  likelyDuplicates: Array<DuplicateMatch>;
  name: Scalars['String']['output'];
  /** Notes, newest first. */
  notes: CustomerNoteConnection;
  owner: Maybe<User>;
  phone: Maybe<Scalars['String']['output']>;
  /** Every phone number (E.164); the primary one is also `phone`. */
  phones: Array<PhoneNumber>;
  /** Code of a REGION of the data dictionary. */
  region: Maybe<Scalars['String']['output']>;
  /** Code of a SOURCE of the data dictionary: where the customer came from. */
  source: Maybe<Scalars['String']['output']>;
  /** Portrait labels, by group then name. */
  tags: Array<Tag>;
  /** Value tier; null until the customer's value was first evaluated. */
  tier: Maybe<CustomerTier>;
  /** Tier changes, newest first. */
  tierHistory: TierChangeConnection;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-locking version: pass it back on updates. */
  version: Scalars['Int']['output'];
  website: Maybe<Scalars['String']['output']>;
};

/** A company or a person the business sells to: the customer master of the platform. */
export type CustomerConsentHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A company or a person the business sells to: the customer master of the platform. */
export type CustomerContactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A company or a person the business sells to: the customer master of the platform. */
export type CustomerInteractionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<InteractionType>;
};

/** A company or a person the business sells to: the customer master of the platform. */
export type CustomerLifecycleHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A company or a person the business sells to: the customer master of the platform. */
export type CustomerNotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A company or a person the business sells to: the customer master of the platform. */
export type CustomerTierHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Why and when a churned customer left. */
export type CustomerChurn = {
  __typename?: 'CustomerChurn';
  churnedAt: Scalars['DateTime']['output'];
  note: Maybe<Scalars['String']['output']>;
  reasonCategory: ChurnReasonCategory;
};

export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  edges: Array<CustomerEdge>;
  pageInfo: PageInfo;
};

export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  cursor: Scalars['String']['output'];
  node: Customer;
};

/** Narrows `customers`; every field given must match. Merged customers never appear. */
export type CustomerFilter = {
  /** Created at or after this instant. */
  createdAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Created before this instant; later than createdAfter. */
  createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** An INDUSTRY code of the data dictionary. */
  industry?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<CustomerKind>;
  lifecycleStage?: InputMaybe<LifecycleStage>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** A REGION code of the data dictionary. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Customers carrying this tag. */
  tagId?: InputMaybe<Scalars['ID']['input']>;
  tier?: InputMaybe<CustomerTier>;
};

/** What one import call did. Created customers each published crm.customer.customer.created. */
export type CustomerImportResult = {
  __typename?: 'CustomerImportResult';
  created: Scalars['Int']['output'];
  /** The import run; its one audit entry is auditTrail(entityType: "CustomerImport", entityId: importId). */
  importId: Scalars['ID']['output'];
  /** Duplicates (MERGE) that filled at least one blank field of the existing customer or earlier row. */
  merged: Scalars['Int']['output'];
  /** Rows that failed validation, by row. */
  rejected: Array<ImportRowProblem>;
  /** Duplicates left out (SKIP); they are listed in skippedRows. */
  skipped: Scalars['Int']['output'];
  skippedRows: Array<ImportRowProblem>;
  /** Duplicates (MERGE) that added nothing: the customer they repeat already had every value they bring. */
  unchanged: Scalars['Int']['output'];
};

export type CustomerKind =
  /** A B2B account. */
  | 'COMPANY'
  /** A B2C customer. */
  | 'PERSON';

/** A free-text note on a customer. */
export type CustomerNote = {
  __typename?: 'CustomerNote';
  author: Maybe<User>;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
};

export type CustomerNoteConnection = {
  __typename?: 'CustomerNoteConnection';
  edges: Array<CustomerNoteEdge>;
  pageInfo: PageInfo;
};

export type CustomerNoteEdge = {
  __typename?: 'CustomerNoteEdge';
  cursor: Scalars['String']['output'];
  node: CustomerNote;
};

export type CustomerSearchConnection = {
  __typename?: 'CustomerSearchConnection';
  edges: Array<CustomerSearchEdge>;
  pageInfo: PageInfo;
};

export type CustomerSearchEdge = {
  __typename?: 'CustomerSearchEdge';
  cursor: Scalars['String']['output'];
  node: Customer;
  /** Relevance, 0 to 1: 1 for an exact email or phone, 0.9 for a prefix, the name's trigram word similarity otherwise. */
  score: Scalars['Float']['output'];
};

/** The order of `customers`; the id breaks ties. */
export type CustomerSort = {
  direction?: SortDirection;
  field?: CustomerSortField;
};

export type CustomerSortField = 'CREATED_AT' | 'NAME' | 'UPDATED_AT';

/** Customer value tiers, A the most valuable, from the admin-edited tier rules. */
export type CustomerTier = 'A' | 'B' | 'C' | 'D';

/** One code of the data dictionary, e.g. INDUSTRY SOFTWARE. */
export type DictionaryEntry = {
  __typename?: 'DictionaryEntry';
  /** Inactive codes stay on old records but are refused on new input. */
  active: Scalars['Boolean']['output'];
  /** Upper case letters, digits and _. */
  code: Scalars['String']['output'];
  kind: DictionaryKind;
  label: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type DictionaryKind = 'INDUSTRY' | 'REGION' | 'SOURCE' | 'TAG_GROUP';

/** Another customer that is probably this one. */
export type DuplicateMatch = {
  __typename?: 'DuplicateMatch';
  customer: Customer;
  /** Strongest first. */
  reasons: Array<DuplicateReason>;
  /** 0 to 1; each reason adds evidence (same email 0.9, same phone 0.8, similar name up to 0.85). */
  score: Scalars['Float']['output'];
};

/** Two existing customers that are probably one: merge them with mergeCustomers. */
export type DuplicatePair = {
  __typename?: 'DuplicatePair';
  /** The older id of the two. */
  left: Customer;
  reasons: Array<DuplicateReason>;
  right: Customer;
  score: Scalars['Float']['output'];
};

export type DuplicatePairConnection = {
  __typename?: 'DuplicatePairConnection';
  edges: Array<DuplicatePairEdge>;
  pageInfo: PageInfo;
};

export type DuplicatePairEdge = {
  __typename?: 'DuplicatePairEdge';
  cursor: Scalars['String']['output'];
  node: DuplicatePair;
};

/** What an import does with a row whose email or phone matches an existing customer or an earlier row. */
export type DuplicatePolicy =
  /** Fill the existing customer's blank fields from the row (values already there win). */
  | 'MERGE'
  /** Leave the existing customer as it is; the row is listed in skippedRows. */
  | 'SKIP';

/** Why two customers look like the same one. */
export type DuplicateReason =
  /** Same primary email. */
  | 'EMAIL'
  /** Names with a trigram similarity of at least 0.6. */
  | 'NAME'
  /** Same primary phone. */
  | 'PHONE';

/** An email address of a customer. Masked for roles without PII rights. */
export type EmailAddress = {
  __typename?: 'EmailAddress';
  address: Scalars['String']['output'];
  /** e.g. work, billing. */
  label: Maybe<Scalars['String']['output']>;
  primary: Scalars['Boolean']['output'];
};

export type EmailAddressInput = {
  address: Scalars['String']['input'];
  label?: InputMaybe<Scalars['String']['input']>;
  primary?: InputMaybe<Scalars['Boolean']['input']>;
};

export type Gender = 'FEMALE' | 'MALE' | 'OTHER';

/**
 * One customer of an import, as plain strings like a CSV row: each row is validated as createCustomer
 * validates its input, and a bad row is rejected alone instead of failing the call.
 */
export type ImportCustomerRow = {
  /** Persons only: YYYY-MM-DD. */
  birthDate?: InputMaybe<Scalars['String']['input']>;
  /** Companies only: MICRO, SMALL, MEDIUM, LARGE or ENTERPRISE. */
  companySize?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  /** Persons only: FEMALE, MALE or OTHER. */
  gender?: InputMaybe<Scalars['String']['input']>;
  /** Active INDUSTRY code of the data dictionary. */
  industry?: InputMaybe<Scalars['String']['input']>;
  /** COMPANY or PERSON (any case). */
  kind: Scalars['String']['input'];
  /** 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** Defaults to the caller for a rep or manager; must be within the caller's scope. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** An international number, stored as E.164, e.g. +33612345678. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Active REGION code of the data dictionary. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Active SOURCE code of the data dictionary. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** An http(s) address. */
  website?: InputMaybe<Scalars['String']['input']>;
};

export type ImportCustomersInput = {
  /** Send the same key when retrying: the first result is returned, nothing is imported twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  onDuplicate?: DuplicatePolicy;
  /** 1 to 1 000 rows; a larger file goes in several calls, each one transaction. */
  rows: Array<ImportCustomerRow>;
};

/** A row an import left out, and why. */
export type ImportRowProblem = {
  __typename?: 'ImportRowProblem';
  /** The offending field, as a column name, e.g. email or owner_id. */
  field: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  /** The row's position in the input's rows, from 1. */
  row: Scalars['Int']['output'];
};

/**
 * One call, email, meeting, visit or social message with a customer. Visible to whoever may read the
 * customer, writable by whoever may write it.
 */
export type Interaction = {
  __typename?: 'Interaction';
  /** The customer's contacts who took part. */
  contacts: Array<Contact>;
  createdAt: Scalars['DateTime']['output'];
  customer: Customer;
  direction: InteractionDirection;
  /** Minutes; always set for calls, meetings and visits. */
  durationMinutes: Maybe<Scalars['Int']['output']>;
  /** People outside the CRM who took part, by name (masked for roles without personal-data rights). */
  externalParticipants: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The user who logged it. */
  loggedBy: Maybe<User>;
  occurredAt: Scalars['DateTime']['output'];
  outcome: Maybe<InteractionOutcome>;
  /** Free text about the outcome, e.g. the agreed next step. */
  outcomeNote: Maybe<Scalars['String']['output']>;
  /** Colleagues who took part. */
  participants: Array<User>;
  /** What was discussed; '[erased]' after the customer's GDPR erasure. */
  summary: Scalars['String']['output'];
  type: InteractionType;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-locking version: pass it back to updateInteraction. */
  version: Scalars['Int']['output'];
};

export type InteractionConnection = {
  __typename?: 'InteractionConnection';
  edges: Array<InteractionEdge>;
  pageInfo: PageInfo;
};

/** Who started it: the customer (INBOUND) or us (OUTBOUND). */
export type InteractionDirection = 'INBOUND' | 'OUTBOUND';

export type InteractionEdge = {
  __typename?: 'InteractionEdge';
  cursor: Scalars['String']['output'];
  node: Interaction;
};

/** How it went, on a fixed scale that reports can count; outcomeNote says the rest in words. */
export type InteractionOutcome = 'FOLLOW_UP_REQUIRED' | 'NEGATIVE' | 'NEUTRAL' | 'POSITIVE';

/** The channel of a communication record. */
export type InteractionType = 'CALL' | 'EMAIL' | 'MEETING' | 'SOCIAL_MESSAGE' | 'VISIT';

/** One move of a customer's lifecycle stage. */
export type LifecycleChange = {
  __typename?: 'LifecycleChange';
  /** The user who made the change; null when automation did (actorId 'system'). */
  actor: Maybe<User>;
  /** The user id, or 'system'. */
  actorId: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  /** The event (e.g. crm.sales.payment.received) that caused an EVENT change. */
  causingEventId: Maybe<Scalars['ID']['output']>;
  from: LifecycleStage;
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  source: ChangeSource;
  to: LifecycleStage;
};

export type LifecycleChangeConnection = {
  __typename?: 'LifecycleChangeConnection';
  edges: Array<LifecycleChangeEdge>;
  pageInfo: PageInfo;
};

export type LifecycleChangeEdge = {
  __typename?: 'LifecycleChangeEdge';
  cursor: Scalars['String']['output'];
  node: LifecycleChange;
};

export type LifecycleStage = 'AT_RISK' | 'CHURNED' | 'CUSTOMER' | 'LOYAL' | 'PROSPECT' | 'REPEAT';

export type LogInteractionInput = {
  /** Contacts of this customer (at most 50). */
  contactIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  customerId: Scalars['ID']['input'];
  direction: InteractionDirection;
  /** 0 to 1440 minutes; required for CALL, MEETING and VISIT. */
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Names of other participants, 1 to 200 characters each (at most 50). */
  externalParticipants?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Send the same key when retrying: the first result is returned, nothing is logged twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** When it happened; not in the future (schedule planned calls and meetings as activities). */
  occurredAt: Scalars['DateTime']['input'];
  outcome?: InputMaybe<InteractionOutcome>;
  /** Up to 1000 characters. */
  outcomeNote?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 5000 characters. */
  summary: Scalars['String']['input'];
  type: InteractionType;
  /** Users who took part (at most 50). */
  userIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type MarkCustomerChurnedInput = {
  customerId: Scalars['ID']['input'];
  /** Up to 2000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  reasonCategory: ChurnReasonCategory;
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** An exact amount of money: a decimal string (never a float) and an ISO 4217 currency. */
export type Money = {
  __typename?: 'Money';
  amount: Scalars['String']['output'];
  currency: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  addCustomerNote: CustomerNote;
  /** Moves a customer to another lifecycle stage by hand, with a reason (BAD_USER_INPUT on input.stage if not allowed). */
  changeLifecycleStage: Customer;
  /** Adds a contact; a primary one replaces the customer's previous primary contact. */
  createContact: Contact;
  createCustomer: Customer;
  /**
   * GDPR Art. 17 erasure (admins): anonymises the customer's personal data here and tells every domain
   * to do the same (customer.erased). The customer stays readable by id, anonymised, and cannot be changed.
   */
  eraseCustomer: Customer;
  /**
   * Imports up to 1 000 customers in one transaction (all valid rows or none): invalid rows are
   * rejected with their field and reason, duplicates (same email or phone) skipped or merged.
   * Needs customer:write; a rep's imported customers are the rep's own.
   */
  importCustomers: CustomerImportResult;
  /** Records a call, email, meeting, visit or social message with a customer; publishes interaction.logged. */
  logInteraction: Interaction;
  /** Marks a customer churned (from CUSTOMER, REPEAT, LOYAL or AT_RISK): publishes customer.churned. */
  markCustomerChurned: Customer;
  /**
   * Folds duplicates into a survivor, in one transaction: their contacts, tags, notes, consents,
   * interactions and lifecycle/tier history move to the survivor, its blank profile fields are filled
   * from theirs, and they are marked merged (hidden from lists and search; their ids resolve to the
   * survivor). Publishes customer.merged so other domains re-point their references. Needs write access
   * to every customer involved; BAD_USER_INPUT (field survivorId or mergedIds.<i>) for unknown, already
   * merged or erased customers; CONFLICT if `version` (the survivor's) is stale.
   */
  mergeCustomers: Customer;
  /** Re-evaluates one customer's tier now, e.g. after revenue left the window. */
  reevaluateCustomerTier: Customer;
  /** Records a consent decision for one channel, with where it came from; the previous one stays in the history. */
  setConsent: Customer;
  /** Replaces the value rules (ADMIN only); they apply from the next evaluation. */
  setTierRules: TierRules;
  /** Puts tags on a customer; tags named in an active tag group are created on first use. */
  tagCustomer: Customer;
  /** Takes tags off a customer; tags it does not carry are ignored. */
  untagCustomer: Customer;
  /** Changes the fields given; CONFLICT if the contact changed since you read `version`. */
  updateContact: Contact;
  /** Changes the fields given; CONFLICT if the customer changed since you read `version`. */
  updateCustomer: Customer;
  /** Corrects a record (CONFLICT if version is stale); publishes interaction.updated. */
  updateInteraction: Interaction;
  /** Adds a code to the data dictionary or changes its label or active flag (admins). Inactive codes are refused on new input. */
  upsertDictionaryEntry: DictionaryEntry;
  /** Wins a churned customer back: CUSTOMER again, churn fields cleared (the history keeps them); publishes customer.reactivated. */
  winBackCustomer: Customer;
};

export type MutationAddCustomerNoteArgs = {
  body: Scalars['String']['input'];
  customerId: Scalars['ID']['input'];
};

export type MutationChangeLifecycleStageArgs = {
  input: ChangeLifecycleStageInput;
};

export type MutationCreateContactArgs = {
  input: CreateContactInput;
};

export type MutationCreateCustomerArgs = {
  input: CreateCustomerInput;
};

export type MutationEraseCustomerArgs = {
  id: Scalars['ID']['input'];
};

export type MutationImportCustomersArgs = {
  input: ImportCustomersInput;
};

export type MutationLogInteractionArgs = {
  input: LogInteractionInput;
};

export type MutationMarkCustomerChurnedArgs = {
  input: MarkCustomerChurnedInput;
};

export type MutationMergeCustomersArgs = {
  mergedIds: Array<Scalars['ID']['input']>;
  survivorId: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type MutationReevaluateCustomerTierArgs = {
  id: Scalars['ID']['input'];
};

export type MutationSetConsentArgs = {
  channel: ConsentChannel;
  customerId: Scalars['ID']['input'];
  granted: Scalars['Boolean']['input'];
  source: Scalars['String']['input'];
};

export type MutationSetTierRulesArgs = {
  input: TierRulesInput;
};

export type MutationTagCustomerArgs = {
  customerId: Scalars['ID']['input'];
  tags: Array<TagRef>;
};

export type MutationUntagCustomerArgs = {
  customerId: Scalars['ID']['input'];
  tagIds: Array<Scalars['ID']['input']>;
};

export type MutationUpdateContactArgs = {
  id: Scalars['ID']['input'];
  input: UpdateContactInput;
  version: Scalars['Int']['input'];
};

export type MutationUpdateCustomerArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCustomerInput;
  version: Scalars['Int']['input'];
};

export type MutationUpdateInteractionArgs = {
  id: Scalars['ID']['input'];
  input: UpdateInteractionInput;
  version: Scalars['Int']['input'];
};

export type MutationUpsertDictionaryEntryArgs = {
  active: Scalars['Boolean']['input'];
  code: Scalars['String']['input'];
  kind: DictionaryKind;
  label: Scalars['String']['input'];
};

export type MutationWinBackCustomerArgs = {
  input: WinBackCustomerInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A phone number of a customer, E.164. Masked for roles without PII rights. */
export type PhoneNumber = {
  __typename?: 'PhoneNumber';
  label: Maybe<Scalars['String']['output']>;
  number: Scalars['String']['output'];
  primary: Scalars['Boolean']['output'];
};

export type PhoneNumberInput = {
  label?: InputMaybe<Scalars['String']['input']>;
  /** Any valid international number, e.g. +33 6 12 34 56 78; stored as E.164. */
  number: Scalars['String']['input'];
  primary?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A postal address; street, city and postal code are masked for roles without PII rights. */
export type PostalAddress = {
  __typename?: 'PostalAddress';
  city: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2, e.g. DE. */
  country: Scalars['String']['output'];
  label: Maybe<Scalars['String']['output']>;
  postalCode: Maybe<Scalars['String']['output']>;
  region: Maybe<Scalars['String']['output']>;
  street: Scalars['String']['output'];
};

export type PostalAddressInput = {
  city: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2, e.g. DE. */
  country: Scalars['String']['input'];
  label?: InputMaybe<Scalars['String']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  street: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** Churned customers the caller may see, most recently churned first, with their reasons. */
  churnedCustomers: CustomerConnection;
  /** The contact with this id (its customer's owner scope applies); NOT_FOUND if there is none. */
  contact: Maybe<Contact>;
  /**
   * The customer with this id; NOT_FOUND if there is none. The id of a customer merged into another
   * resolves to the survivor (its `id` differs from the one asked for).
   */
  customer: Maybe<Customer>;
  /** Customers the caller may see, keyset-paginated; newest first unless `sort` says otherwise. */
  customers: CustomerConnection;
  /** The codes of one list of the data dictionary, by code. */
  dictionaryEntries: Array<DictionaryEntry>;
  /**
   * Likely duplicates among the existing customers the caller may see, as pairs in id order. Customers are
   * compared within blocks (same email, same phone, same first name word); a block of more than 50
   * customers is too common a value to mean anything and is skipped.
   */
  duplicateCandidates: DuplicatePairConnection;
  /** The communication record with this id; NOT_FOUND if there is none, FORBIDDEN outside your customers. */
  interaction: Maybe<Interaction>;
  /**
   * Fuzzy search of the customers the caller may see, best first: by name (trigram word similarity),
   * email (prefix, case-insensitive) and phone (prefix of the E.164 digits). 3 to 100 characters.
   * Roles without the right to see personal data (ANALYST, READ_ONLY: emails and phones show masked)
   * search by name only: a query that looks like an email (has an @) or a phone number (digits,
   * spaces, + ( ) . -) is BAD_USER_INPUT on `query`, and any other query matches names only.
   */
  searchCustomers: CustomerSearchConnection;
  /** Tags of one tag group (a TAG_GROUP code of the dictionary), by name. */
  tags: TagConnection;
  /** The current value rules. */
  tierRules: TierRules;
};

export type QueryChurnedCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  churnedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  reasonCategory?: InputMaybe<ChurnReasonCategory>;
};

export type QueryContactArgs = {
  id: Scalars['ID']['input'];
};

export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};

export type QueryCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<CustomerSort>;
};

export type QueryDictionaryEntriesArgs = {
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
  kind: DictionaryKind;
};

export type QueryDuplicateCandidatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryInteractionArgs = {
  id: Scalars['ID']['input'];
};

export type QuerySearchCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};

export type QueryTagsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  group: Scalars['String']['input'];
};

export type SortDirection = 'ASC' | 'DESC';

/** A portrait label, unique by name (case-insensitive) within its group. */
export type Tag = {
  __typename?: 'Tag';
  /** A TAG_GROUP code of the data dictionary. */
  group: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type TagConnection = {
  __typename?: 'TagConnection';
  edges: Array<TagEdge>;
  pageInfo: PageInfo;
};

export type TagEdge = {
  __typename?: 'TagEdge';
  cursor: Scalars['String']['output'];
  node: Tag;
};

/** An existing tag by `id`, or a tag by `group` and `name` (created on first use). */
export type TagRef = {
  group?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** One change of a customer's tier, with the figures it was evaluated on. */
export type TierChange = {
  __typename?: 'TierChange';
  actor: Maybe<User>;
  actorId: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  causingEventId: Maybe<Scalars['ID']['output']>;
  /** null: the customer had no tier yet. */
  from: Maybe<CustomerTier>;
  id: Scalars['ID']['output'];
  /** Distinct orders within the rules' window. */
  orderCount: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
  /** Payments in the reporting currency within the rules' window. */
  revenue: Money;
  source: ChangeSource;
  /** null: the customer meets no tier any more. */
  to: Maybe<CustomerTier>;
};

export type TierChangeConnection = {
  __typename?: 'TierChangeConnection';
  edges: Array<TierChangeEdge>;
  pageInfo: PageInfo;
};

export type TierChangeEdge = {
  __typename?: 'TierChangeEdge';
  cursor: Scalars['String']['output'];
  node: TierChange;
};

/**
 * Value rules (客户分级 and loyalty). Tiers are evaluated from A downwards; revenue counts only payments
 * in the reporting currency (other currencies are recorded but not converted: FX is out of scope).
 */
export type TierRules = {
  __typename?: 'TierRules';
  /** A customer with at least this many distinct orders in loyaltyWindowMonths becomes LOYAL. */
  loyaltyMinOrders: Scalars['Int']['output'];
  loyaltyWindowMonths: Scalars['Int']['output'];
  reportingCurrency: Scalars['String']['output'];
  /** A, B, C, D in order. */
  thresholds: Array<TierThreshold>;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-locking version: pass it back to setTierRules. */
  version: Scalars['Int']['output'];
  /** Revenue and orders count over the last windowMonths months. */
  windowMonths: Scalars['Int']['output'];
};

export type TierRulesInput = {
  /** ≥ 3 (REPEAT takes 2 orders). */
  loyaltyMinOrders: Scalars['Int']['input'];
  /** 1 to 60. */
  loyaltyWindowMonths: Scalars['Int']['input'];
  /** ISO 4217, e.g. EUR: only payments in it count as revenue. */
  reportingCurrency: Scalars['String']['input'];
  /** Each of A, B, C, D once; each tier at least the next one on both thresholds, and above it on one. */
  thresholds: Array<TierThresholdInput>;
  version?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 60. */
  windowMonths: Scalars['Int']['input'];
};

/** The least a customer needs, within the window, to reach a tier: both thresholds must be met. */
export type TierThreshold = {
  __typename?: 'TierThreshold';
  minOrders: Scalars['Int']['output'];
  /** Decimal string in the reporting currency. */
  minRevenue: Scalars['String']['output'];
  tier: CustomerTier;
};

export type TierThresholdInput = {
  /** ≥ 0. */
  minOrders: Scalars['Int']['input'];
  /** Decimal string ≥ 0, e.g. "25000". */
  minRevenue: Scalars['String']['input'];
  tier: CustomerTier;
};

/** A partial update: a field left out stays as it is, a field sent as null is cleared. */
export type UpdateContactInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  jobTitle?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  /** true makes this the primary contact (the previous one stops being primary). */
  primary?: InputMaybe<Scalars['Boolean']['input']>;
  role?: InputMaybe<ContactRole>;
};

/**
 * A partial update: a field left out stays as it is, a field sent as null is cleared. Sending `email`
 * (or `phone`) alone replaces the primary entry of `emails` (`phones`); null removes it and the next
 * entry becomes primary.
 */
export type UpdateCustomerInput = {
  /** Replaces the whole list. */
  addresses?: InputMaybe<Array<PostalAddressInput>>;
  birthDate?: InputMaybe<Scalars['String']['input']>;
  companySize?: InputMaybe<CompanySize>;
  email?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the whole list. */
  emails?: InputMaybe<Array<EmailAddressInput>>;
  gender?: InputMaybe<Gender>;
  industry?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 200 characters; cannot be cleared. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The new owner, within your own scope (you or your team). */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the whole list. */
  phones?: InputMaybe<Array<PhoneNumberInput>>;
  region?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
};

/** Only the fields given change; null clears durationMinutes, outcome and outcomeNote. The result obeys logInteraction's rules. */
export type UpdateInteractionInput = {
  /** Replaces the list. */
  contactIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  direction?: InputMaybe<InteractionDirection>;
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Replaces the list. */
  externalParticipants?: InputMaybe<Array<Scalars['String']['input']>>;
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  outcome?: InputMaybe<InteractionOutcome>;
  outcomeNote?: InputMaybe<Scalars['String']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<InteractionType>;
  /** Replaces the list. */
  userIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
};

export type WinBackCustomerInput = {
  customerId: Scalars['ID']['input'];
  /** 1 to 500 characters: why the customer came back. */
  reason: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
  reference: TReference,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<
  TResult,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<
  TResult,
  TKey extends string,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<
  TTypes,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
> = (parent: TParent, context: TContext, info: GraphQLResolveInfo) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  obj: T,
  context: TContext,
  info: GraphQLResolveInfo,
) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<
  TResult = Record<PropertyKey, never>,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Contact: Contact;
  Customer: Customer;
  Interaction: Interaction;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Contact: { __typename: 'Contact' } & GraphQLRecursivePick<FederationTypes['Contact'], { id: true }>;
  Customer: { __typename: 'Customer' } & GraphQLRecursivePick<FederationTypes['Customer'], { id: true }>;
  Interaction: { __typename: 'Interaction' } & GraphQLRecursivePick<
    FederationTypes['Interaction'],
    { id: true }
  >;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ChangeLifecycleStageInput: ResolverTypeWrapper<Partial<ChangeLifecycleStageInput>>;
  ID: ResolverTypeWrapper<Partial<Scalars['ID']['output']>>;
  String: ResolverTypeWrapper<Partial<Scalars['String']['output']>>;
  Int: ResolverTypeWrapper<Partial<Scalars['Int']['output']>>;
  ChangeSource: ResolverTypeWrapper<Partial<ChangeSource>>;
  ChurnReasonCategory: ResolverTypeWrapper<Partial<ChurnReasonCategory>>;
  CompanySize: ResolverTypeWrapper<Partial<CompanySize>>;
  Consent: ResolverTypeWrapper<CustomerConsentRow>;
  Boolean: ResolverTypeWrapper<Partial<Scalars['Boolean']['output']>>;
  ConsentChange: ResolverTypeWrapper<ConsentChangeRow>;
  ConsentChangeConnection: ResolverTypeWrapper<
    Partial<Omit<ConsentChangeConnection, 'edges'> & { edges: Array<ResolversTypes['ConsentChangeEdge']> }>
  >;
  ConsentChangeEdge: ResolverTypeWrapper<
    Partial<Omit<ConsentChangeEdge, 'node'> & { node: ResolversTypes['ConsentChange'] }>
  >;
  ConsentChannel: ResolverTypeWrapper<Partial<ConsentChannel>>;
  Contact: ResolverTypeWrapper<ContactRow>;
  ContactConnection: ResolverTypeWrapper<
    Partial<Omit<ContactConnection, 'edges'> & { edges: Array<ResolversTypes['ContactEdge']> }>
  >;
  ContactEdge: ResolverTypeWrapper<Partial<Omit<ContactEdge, 'node'> & { node: ResolversTypes['Contact'] }>>;
  ContactRole: ResolverTypeWrapper<Partial<ContactRole>>;
  CreateContactInput: ResolverTypeWrapper<Partial<CreateContactInput>>;
  CreateCustomerInput: ResolverTypeWrapper<Partial<CreateCustomerInput>>;
  Customer: ResolverTypeWrapper<CustomerRow>;
  CustomerChurn: ResolverTypeWrapper<Partial<CustomerChurn>>;
  CustomerConnection: ResolverTypeWrapper<
    Partial<Omit<CustomerConnection, 'edges'> & { edges: Array<ResolversTypes['CustomerEdge']> }>
  >;
  CustomerEdge: ResolverTypeWrapper<
    Partial<Omit<CustomerEdge, 'node'> & { node: ResolversTypes['Customer'] }>
  >;
  CustomerFilter: ResolverTypeWrapper<Partial<CustomerFilter>>;
  CustomerImportResult: ResolverTypeWrapper<Partial<CustomerImportResult>>;
  CustomerKind: ResolverTypeWrapper<Partial<CustomerKind>>;
  CustomerNote: ResolverTypeWrapper<CustomerNoteRow>;
  CustomerNoteConnection: ResolverTypeWrapper<
    Partial<Omit<CustomerNoteConnection, 'edges'> & { edges: Array<ResolversTypes['CustomerNoteEdge']> }>
  >;
  CustomerNoteEdge: ResolverTypeWrapper<
    Partial<Omit<CustomerNoteEdge, 'node'> & { node: ResolversTypes['CustomerNote'] }>
  >;
  CustomerSearchConnection: ResolverTypeWrapper<
    Partial<Omit<CustomerSearchConnection, 'edges'> & { edges: Array<ResolversTypes['CustomerSearchEdge']> }>
  >;
  CustomerSearchEdge: ResolverTypeWrapper<
    Partial<Omit<CustomerSearchEdge, 'node'> & { node: ResolversTypes['Customer'] }>
  >;
  Float: ResolverTypeWrapper<Partial<Scalars['Float']['output']>>;
  CustomerSort: ResolverTypeWrapper<Partial<CustomerSort>>;
  CustomerSortField: ResolverTypeWrapper<Partial<CustomerSortField>>;
  CustomerTier: ResolverTypeWrapper<Partial<CustomerTier>>;
  DateTime: ResolverTypeWrapper<Partial<Scalars['DateTime']['output']>>;
  DictionaryEntry: ResolverTypeWrapper<DictionaryEntryRow>;
  DictionaryKind: ResolverTypeWrapper<Partial<DictionaryKind>>;
  DuplicateMatch: ResolverTypeWrapper<
    Partial<Omit<DuplicateMatch, 'customer'> & { customer: ResolversTypes['Customer'] }>
  >;
  DuplicatePair: ResolverTypeWrapper<
    Partial<
      Omit<DuplicatePair, 'left' | 'right'> & {
        left: ResolversTypes['Customer'];
        right: ResolversTypes['Customer'];
      }
    >
  >;
  DuplicatePairConnection: ResolverTypeWrapper<
    Partial<Omit<DuplicatePairConnection, 'edges'> & { edges: Array<ResolversTypes['DuplicatePairEdge']> }>
  >;
  DuplicatePairEdge: ResolverTypeWrapper<
    Partial<Omit<DuplicatePairEdge, 'node'> & { node: ResolversTypes['DuplicatePair'] }>
  >;
  DuplicatePolicy: ResolverTypeWrapper<Partial<DuplicatePolicy>>;
  DuplicateReason: ResolverTypeWrapper<Partial<DuplicateReason>>;
  EmailAddress: ResolverTypeWrapper<Partial<EmailAddress>>;
  EmailAddressInput: ResolverTypeWrapper<Partial<EmailAddressInput>>;
  Gender: ResolverTypeWrapper<Partial<Gender>>;
  ImportCustomerRow: ResolverTypeWrapper<Partial<ImportCustomerRow>>;
  ImportCustomersInput: ResolverTypeWrapper<Partial<ImportCustomersInput>>;
  ImportRowProblem: ResolverTypeWrapper<Partial<ImportRowProblem>>;
  Interaction: ResolverTypeWrapper<InteractionRow>;
  InteractionConnection: ResolverTypeWrapper<
    Partial<Omit<InteractionConnection, 'edges'> & { edges: Array<ResolversTypes['InteractionEdge']> }>
  >;
  InteractionDirection: ResolverTypeWrapper<Partial<InteractionDirection>>;
  InteractionEdge: ResolverTypeWrapper<
    Partial<Omit<InteractionEdge, 'node'> & { node: ResolversTypes['Interaction'] }>
  >;
  InteractionOutcome: ResolverTypeWrapper<Partial<InteractionOutcome>>;
  InteractionType: ResolverTypeWrapper<Partial<InteractionType>>;
  LifecycleChange: ResolverTypeWrapper<LifecycleChangeRow>;
  LifecycleChangeConnection: ResolverTypeWrapper<
    Partial<
      Omit<LifecycleChangeConnection, 'edges'> & { edges: Array<ResolversTypes['LifecycleChangeEdge']> }
    >
  >;
  LifecycleChangeEdge: ResolverTypeWrapper<
    Partial<Omit<LifecycleChangeEdge, 'node'> & { node: ResolversTypes['LifecycleChange'] }>
  >;
  LifecycleStage: ResolverTypeWrapper<Partial<LifecycleStage>>;
  LogInteractionInput: ResolverTypeWrapper<Partial<LogInteractionInput>>;
  MarkCustomerChurnedInput: ResolverTypeWrapper<Partial<MarkCustomerChurnedInput>>;
  Money: ResolverTypeWrapper<Partial<Money>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<Partial<PageInfo>>;
  PhoneNumber: ResolverTypeWrapper<Partial<PhoneNumber>>;
  PhoneNumberInput: ResolverTypeWrapper<Partial<PhoneNumberInput>>;
  PostalAddress: ResolverTypeWrapper<Partial<PostalAddress>>;
  PostalAddressInput: ResolverTypeWrapper<Partial<PostalAddressInput>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SortDirection: ResolverTypeWrapper<Partial<SortDirection>>;
  Tag: ResolverTypeWrapper<TagRow>;
  TagConnection: ResolverTypeWrapper<
    Partial<Omit<TagConnection, 'edges'> & { edges: Array<ResolversTypes['TagEdge']> }>
  >;
  TagEdge: ResolverTypeWrapper<Partial<Omit<TagEdge, 'node'> & { node: ResolversTypes['Tag'] }>>;
  TagRef: ResolverTypeWrapper<Partial<TagRef>>;
  TierChange: ResolverTypeWrapper<TierChangeRow>;
  TierChangeConnection: ResolverTypeWrapper<
    Partial<Omit<TierChangeConnection, 'edges'> & { edges: Array<ResolversTypes['TierChangeEdge']> }>
  >;
  TierChangeEdge: ResolverTypeWrapper<
    Partial<Omit<TierChangeEdge, 'node'> & { node: ResolversTypes['TierChange'] }>
  >;
  TierRules: ResolverTypeWrapper<Partial<TierRules>>;
  TierRulesInput: ResolverTypeWrapper<Partial<TierRulesInput>>;
  TierThreshold: ResolverTypeWrapper<Partial<TierThreshold>>;
  TierThresholdInput: ResolverTypeWrapper<Partial<TierThresholdInput>>;
  UpdateContactInput: ResolverTypeWrapper<Partial<UpdateContactInput>>;
  UpdateCustomerInput: ResolverTypeWrapper<Partial<UpdateCustomerInput>>;
  UpdateInteractionInput: ResolverTypeWrapper<Partial<UpdateInteractionInput>>;
  User: ResolverTypeWrapper<Partial<User>>;
  WinBackCustomerInput: ResolverTypeWrapper<Partial<WinBackCustomerInput>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ChangeLifecycleStageInput: Partial<ChangeLifecycleStageInput>;
  ID: Partial<Scalars['ID']['output']>;
  String: Partial<Scalars['String']['output']>;
  Int: Partial<Scalars['Int']['output']>;
  Consent: CustomerConsentRow;
  Boolean: Partial<Scalars['Boolean']['output']>;
  ConsentChange: ConsentChangeRow;
  ConsentChangeConnection: Partial<
    Omit<ConsentChangeConnection, 'edges'> & { edges: Array<ResolversParentTypes['ConsentChangeEdge']> }
  >;
  ConsentChangeEdge: Partial<
    Omit<ConsentChangeEdge, 'node'> & { node: ResolversParentTypes['ConsentChange'] }
  >;
  Contact: ContactRow;
  ContactConnection: Partial<
    Omit<ContactConnection, 'edges'> & { edges: Array<ResolversParentTypes['ContactEdge']> }
  >;
  ContactEdge: Partial<Omit<ContactEdge, 'node'> & { node: ResolversParentTypes['Contact'] }>;
  CreateContactInput: Partial<CreateContactInput>;
  CreateCustomerInput: Partial<CreateCustomerInput>;
  Customer: CustomerRow;
  CustomerChurn: Partial<CustomerChurn>;
  CustomerConnection: Partial<
    Omit<CustomerConnection, 'edges'> & { edges: Array<ResolversParentTypes['CustomerEdge']> }
  >;
  CustomerEdge: Partial<Omit<CustomerEdge, 'node'> & { node: ResolversParentTypes['Customer'] }>;
  CustomerFilter: Partial<CustomerFilter>;
  CustomerImportResult: Partial<CustomerImportResult>;
  CustomerNote: CustomerNoteRow;
  CustomerNoteConnection: Partial<
    Omit<CustomerNoteConnection, 'edges'> & { edges: Array<ResolversParentTypes['CustomerNoteEdge']> }
  >;
  CustomerNoteEdge: Partial<Omit<CustomerNoteEdge, 'node'> & { node: ResolversParentTypes['CustomerNote'] }>;
  CustomerSearchConnection: Partial<
    Omit<CustomerSearchConnection, 'edges'> & { edges: Array<ResolversParentTypes['CustomerSearchEdge']> }
  >;
  CustomerSearchEdge: Partial<Omit<CustomerSearchEdge, 'node'> & { node: ResolversParentTypes['Customer'] }>;
  Float: Partial<Scalars['Float']['output']>;
  CustomerSort: Partial<CustomerSort>;
  DateTime: Partial<Scalars['DateTime']['output']>;
  DictionaryEntry: DictionaryEntryRow;
  DuplicateMatch: Partial<Omit<DuplicateMatch, 'customer'> & { customer: ResolversParentTypes['Customer'] }>;
  DuplicatePair: Partial<
    Omit<DuplicatePair, 'left' | 'right'> & {
      left: ResolversParentTypes['Customer'];
      right: ResolversParentTypes['Customer'];
    }
  >;
  DuplicatePairConnection: Partial<
    Omit<DuplicatePairConnection, 'edges'> & { edges: Array<ResolversParentTypes['DuplicatePairEdge']> }
  >;
  DuplicatePairEdge: Partial<
    Omit<DuplicatePairEdge, 'node'> & { node: ResolversParentTypes['DuplicatePair'] }
  >;
  EmailAddress: Partial<EmailAddress>;
  EmailAddressInput: Partial<EmailAddressInput>;
  ImportCustomerRow: Partial<ImportCustomerRow>;
  ImportCustomersInput: Partial<ImportCustomersInput>;
  ImportRowProblem: Partial<ImportRowProblem>;
  Interaction: InteractionRow;
  InteractionConnection: Partial<
    Omit<InteractionConnection, 'edges'> & { edges: Array<ResolversParentTypes['InteractionEdge']> }
  >;
  InteractionEdge: Partial<Omit<InteractionEdge, 'node'> & { node: ResolversParentTypes['Interaction'] }>;
  LifecycleChange: LifecycleChangeRow;
  LifecycleChangeConnection: Partial<
    Omit<LifecycleChangeConnection, 'edges'> & { edges: Array<ResolversParentTypes['LifecycleChangeEdge']> }
  >;
  LifecycleChangeEdge: Partial<
    Omit<LifecycleChangeEdge, 'node'> & { node: ResolversParentTypes['LifecycleChange'] }
  >;
  LogInteractionInput: Partial<LogInteractionInput>;
  MarkCustomerChurnedInput: Partial<MarkCustomerChurnedInput>;
  Money: Partial<Money>;
  Mutation: Record<PropertyKey, never>;
  PageInfo: Partial<PageInfo>;
  PhoneNumber: Partial<PhoneNumber>;
  PhoneNumberInput: Partial<PhoneNumberInput>;
  PostalAddress: Partial<PostalAddress>;
  PostalAddressInput: Partial<PostalAddressInput>;
  Query: Record<PropertyKey, never>;
  Tag: TagRow;
  TagConnection: Partial<Omit<TagConnection, 'edges'> & { edges: Array<ResolversParentTypes['TagEdge']> }>;
  TagEdge: Partial<Omit<TagEdge, 'node'> & { node: ResolversParentTypes['Tag'] }>;
  TagRef: Partial<TagRef>;
  TierChange: TierChangeRow;
  TierChangeConnection: Partial<
    Omit<TierChangeConnection, 'edges'> & { edges: Array<ResolversParentTypes['TierChangeEdge']> }
  >;
  TierChangeEdge: Partial<Omit<TierChangeEdge, 'node'> & { node: ResolversParentTypes['TierChange'] }>;
  TierRules: Partial<TierRules>;
  TierRulesInput: Partial<TierRulesInput>;
  TierThreshold: Partial<TierThreshold>;
  TierThresholdInput: Partial<TierThresholdInput>;
  UpdateContactInput: Partial<UpdateContactInput>;
  UpdateCustomerInput: Partial<UpdateCustomerInput>;
  UpdateInteractionInput: Partial<UpdateInteractionInput>;
  User: Partial<User>;
  WinBackCustomerInput: Partial<WinBackCustomerInput>;
};

export type ConsentResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['Consent'] = ResolversParentTypes['Consent'],
> = {
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['ConsentChannel'], ParentType, ContextType>;
  granted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ConsentChangeResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['ConsentChange'] = ResolversParentTypes['ConsentChange'],
> = {
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['ConsentChannel'], ParentType, ContextType>;
  granted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ConsentChangeConnectionResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['ConsentChangeConnection'] =
    ResolversParentTypes['ConsentChangeConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ConsentChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ConsentChangeEdgeResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['ConsentChangeEdge'] = ResolversParentTypes['ConsentChangeEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ConsentChange'], ParentType, ContextType>;
};

export type ContactResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact'],
  FederationReferenceType extends FederationReferenceTypes['Contact'] = FederationReferenceTypes['Contact'],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['Contact']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  primary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['ContactRole']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContactConnectionResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['ContactConnection'] = ResolversParentTypes['ContactConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ContactEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ContactEdgeResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['ContactEdge'] = ResolversParentTypes['ContactEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Contact'], ParentType, ContextType>;
};

export type CustomerResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'],
  FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer'],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['Customer']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  addresses?: Resolver<Array<ResolversTypes['PostalAddress']>, ParentType, ContextType>;
  birthDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  churn?: Resolver<Maybe<ResolversTypes['CustomerChurn']>, ParentType, ContextType>;
  companySize?: Resolver<Maybe<ResolversTypes['CompanySize']>, ParentType, ContextType>;
  consentHistory?: Resolver<
    ResolversTypes['ConsentChangeConnection'],
    ParentType,
    ContextType,
    RequireFields<CustomerConsentHistoryArgs, 'first'>
  >;
  consents?: Resolver<Array<ResolversTypes['Consent']>, ParentType, ContextType>;
  contacts?: Resolver<
    ResolversTypes['ContactConnection'],
    ParentType,
    ContextType,
    RequireFields<CustomerContactsArgs, 'first'>
  >;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  emails?: Resolver<Array<ResolversTypes['EmailAddress']>, ParentType, ContextType>;
  erasedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  gender?: Resolver<Maybe<ResolversTypes['Gender']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  interactions?: Resolver<
    Maybe<ResolversTypes['InteractionConnection']>,
    ParentType,
    ContextType,
    RequireFields<CustomerInteractionsArgs, 'first'>
  >;
  kind?: Resolver<ResolversTypes['CustomerKind'], ParentType, ContextType>;
  lifecycleHistory?: Resolver<
    ResolversTypes['LifecycleChangeConnection'],
    ParentType,
    ContextType,
    RequireFields<CustomerLifecycleHistoryArgs, 'first'>
  >;
  lifecycleStage?: Resolver<ResolversTypes['LifecycleStage'], ParentType, ContextType>;
  likelyDuplicates?: Resolver<Array<ResolversTypes['DuplicateMatch']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<
    ResolversTypes['CustomerNoteConnection'],
    ParentType,
    ContextType,
    RequireFields<CustomerNotesArgs, 'first'>
  >;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phones?: Resolver<Array<ResolversTypes['PhoneNumber']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['Tag']>, ParentType, ContextType>;
  tier?: Resolver<Maybe<ResolversTypes['CustomerTier']>, ParentType, ContextType>;
  tierHistory?: Resolver<
    ResolversTypes['TierChangeConnection'],
    ParentType,
    ContextType,
    RequireFields<CustomerTierHistoryArgs, 'first'>
  >;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CustomerChurnResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['CustomerChurn'] = ResolversParentTypes['CustomerChurn'],
> = {
  churnedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reasonCategory?: Resolver<ResolversTypes['ChurnReasonCategory'], ParentType, ContextType>;
};

export type CustomerConnectionResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['CustomerConnection'] = ResolversParentTypes['CustomerConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['CustomerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CustomerEdgeResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['CustomerEdge'] = ResolversParentTypes['CustomerEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
};

export type CustomerImportResultResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['CustomerImportResult'] =
    ResolversParentTypes['CustomerImportResult'],
> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  importId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  merged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<Array<ResolversTypes['ImportRowProblem']>, ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skippedRows?: Resolver<Array<ResolversTypes['ImportRowProblem']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CustomerNoteResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['CustomerNote'] = ResolversParentTypes['CustomerNote'],
> = {
  author?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CustomerNoteConnectionResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['CustomerNoteConnection'] =
    ResolversParentTypes['CustomerNoteConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['CustomerNoteEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CustomerNoteEdgeResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['CustomerNoteEdge'] = ResolversParentTypes['CustomerNoteEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CustomerNote'], ParentType, ContextType>;
};

export type CustomerSearchConnectionResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['CustomerSearchConnection'] =
    ResolversParentTypes['CustomerSearchConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['CustomerSearchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CustomerSearchEdgeResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['CustomerSearchEdge'] = ResolversParentTypes['CustomerSearchEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DictionaryEntryResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['DictionaryEntry'] = ResolversParentTypes['DictionaryEntry'],
> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DictionaryKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type DuplicateMatchResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['DuplicateMatch'] = ResolversParentTypes['DuplicateMatch'],
> = {
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['DuplicateReason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type DuplicatePairResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['DuplicatePair'] = ResolversParentTypes['DuplicatePair'],
> = {
  left?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['DuplicateReason']>, ParentType, ContextType>;
  right?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type DuplicatePairConnectionResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['DuplicatePairConnection'] =
    ResolversParentTypes['DuplicatePairConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['DuplicatePairEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type DuplicatePairEdgeResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['DuplicatePairEdge'] = ResolversParentTypes['DuplicatePairEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DuplicatePair'], ParentType, ContextType>;
};

export type EmailAddressResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['EmailAddress'] = ResolversParentTypes['EmailAddress'],
> = {
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  primary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ImportRowProblemResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['ImportRowProblem'] = ResolversParentTypes['ImportRowProblem'],
> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InteractionResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['Interaction'] = ResolversParentTypes['Interaction'],
  FederationReferenceType extends FederationReferenceTypes['Interaction'] =
    FederationReferenceTypes['Interaction'],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['Interaction']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  contacts?: Resolver<Array<ResolversTypes['Contact']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['InteractionDirection'], ParentType, ContextType>;
  durationMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  externalParticipants?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  loggedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['InteractionOutcome']>, ParentType, ContextType>;
  outcomeNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['InteractionType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InteractionConnectionResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['InteractionConnection'] =
    ResolversParentTypes['InteractionConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['InteractionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type InteractionEdgeResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['InteractionEdge'] = ResolversParentTypes['InteractionEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Interaction'], ParentType, ContextType>;
};

export type LifecycleChangeResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['LifecycleChange'] = ResolversParentTypes['LifecycleChange'],
> = {
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  actorId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  causingEventId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['LifecycleStage'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ChangeSource'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['LifecycleStage'], ParentType, ContextType>;
};

export type LifecycleChangeConnectionResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['LifecycleChangeConnection'] =
    ResolversParentTypes['LifecycleChangeConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['LifecycleChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type LifecycleChangeEdgeResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['LifecycleChangeEdge'] =
    ResolversParentTypes['LifecycleChangeEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LifecycleChange'], ParentType, ContextType>;
};

export type MoneyResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money'],
> = {
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation'],
> = {
  addCustomerNote?: Resolver<
    ResolversTypes['CustomerNote'],
    ParentType,
    ContextType,
    RequireFields<MutationAddCustomerNoteArgs, 'body' | 'customerId'>
  >;
  changeLifecycleStage?: Resolver<
    ResolversTypes['Customer'],
    ParentType,
    ContextType,
    RequireFields<MutationChangeLifecycleStageArgs, 'input'>
  >;
  createContact?: Resolver<
    ResolversTypes['Contact'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateContactArgs, 'input'>
  >;
  createCustomer?: Resolver<
    ResolversTypes['Customer'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateCustomerArgs, 'input'>
  >;
  eraseCustomer?: Resolver<
    ResolversTypes['Customer'],
    ParentType,
    ContextType,
    RequireFields<MutationEraseCustomerArgs, 'id'>
  >;
  importCustomers?: Resolver<
    ResolversTypes['CustomerImportResult'],
    ParentType,
    ContextType,
    RequireFields<MutationImportCustomersArgs, 'input'>
  >;
  logInteraction?: Resolver<
    ResolversTypes['Interaction'],
    ParentType,
    ContextType,
    RequireFields<MutationLogInteractionArgs, 'input'>
  >;
  markCustomerChurned?: Resolver<
    ResolversTypes['Customer'],
    ParentType,
    ContextType,
    RequireFields<MutationMarkCustomerChurnedArgs, 'input'>
  >;
  mergeCustomers?: Resolver<
    ResolversTypes['Customer'],
    ParentType,
    ContextType,
    RequireFields<MutationMergeCustomersArgs, 'mergedIds' | 'survivorId'>
  >;
  reevaluateCustomerTier?: Resolver<
    ResolversTypes['Customer'],
    ParentType,
    ContextType,
    RequireFields<MutationReevaluateCustomerTierArgs, 'id'>
  >;
  setConsent?: Resolver<
    ResolversTypes['Customer'],
    ParentType,
    ContextType,
    RequireFields<MutationSetConsentArgs, 'channel' | 'customerId' | 'granted' | 'source'>
  >;
  setTierRules?: Resolver<
    ResolversTypes['TierRules'],
    ParentType,
    ContextType,
    RequireFields<MutationSetTierRulesArgs, 'input'>
  >;
  tagCustomer?: Resolver<
    ResolversTypes['Customer'],
    ParentType,
    ContextType,
    RequireFields<MutationTagCustomerArgs, 'customerId' | 'tags'>
  >;
  untagCustomer?: Resolver<
    ResolversTypes['Customer'],
    ParentType,
    ContextType,
    RequireFields<MutationUntagCustomerArgs, 'customerId' | 'tagIds'>
  >;
  updateContact?: Resolver<
    ResolversTypes['Contact'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateContactArgs, 'id' | 'input' | 'version'>
  >;
  updateCustomer?: Resolver<
    ResolversTypes['Customer'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateCustomerArgs, 'id' | 'input' | 'version'>
  >;
  updateInteraction?: Resolver<
    ResolversTypes['Interaction'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateInteractionArgs, 'id' | 'input' | 'version'>
  >;
  upsertDictionaryEntry?: Resolver<
    ResolversTypes['DictionaryEntry'],
    ParentType,
    ContextType,
    RequireFields<MutationUpsertDictionaryEntryArgs, 'active' | 'code' | 'kind' | 'label'>
  >;
  winBackCustomer?: Resolver<
    ResolversTypes['Customer'],
    ParentType,
    ContextType,
    RequireFields<MutationWinBackCustomerArgs, 'input'>
  >;
};

export type PageInfoResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo'],
> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PhoneNumberResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['PhoneNumber'] = ResolversParentTypes['PhoneNumber'],
> = {
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  primary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PostalAddressResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['PostalAddress'] = ResolversParentTypes['PostalAddress'],
> = {
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  street?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = {
  churnedCustomers?: Resolver<
    ResolversTypes['CustomerConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryChurnedCustomersArgs, 'first'>
  >;
  contact?: Resolver<
    Maybe<ResolversTypes['Contact']>,
    ParentType,
    ContextType,
    RequireFields<QueryContactArgs, 'id'>
  >;
  customer?: Resolver<
    Maybe<ResolversTypes['Customer']>,
    ParentType,
    ContextType,
    RequireFields<QueryCustomerArgs, 'id'>
  >;
  customers?: Resolver<
    ResolversTypes['CustomerConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryCustomersArgs, 'first'>
  >;
  dictionaryEntries?: Resolver<
    Array<ResolversTypes['DictionaryEntry']>,
    ParentType,
    ContextType,
    RequireFields<QueryDictionaryEntriesArgs, 'includeInactive' | 'kind'>
  >;
  duplicateCandidates?: Resolver<
    ResolversTypes['DuplicatePairConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryDuplicateCandidatesArgs, 'first'>
  >;
  interaction?: Resolver<
    Maybe<ResolversTypes['Interaction']>,
    ParentType,
    ContextType,
    RequireFields<QueryInteractionArgs, 'id'>
  >;
  searchCustomers?: Resolver<
    ResolversTypes['CustomerSearchConnection'],
    ParentType,
    ContextType,
    RequireFields<QuerySearchCustomersArgs, 'first' | 'query'>
  >;
  tags?: Resolver<
    ResolversTypes['TagConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryTagsArgs, 'first' | 'group'>
  >;
  tierRules?: Resolver<ResolversTypes['TierRules'], ParentType, ContextType>;
};

export type TagResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['Tag'] = ResolversParentTypes['Tag'],
> = {
  group?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TagConnectionResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['TagConnection'] = ResolversParentTypes['TagConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['TagEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type TagEdgeResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['TagEdge'] = ResolversParentTypes['TagEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Tag'], ParentType, ContextType>;
};

export type TierChangeResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['TierChange'] = ResolversParentTypes['TierChange'],
> = {
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  actorId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  causingEventId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['CustomerTier']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orderCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revenue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ChangeSource'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['CustomerTier']>, ParentType, ContextType>;
};

export type TierChangeConnectionResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['TierChangeConnection'] =
    ResolversParentTypes['TierChangeConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['TierChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type TierChangeEdgeResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['TierChangeEdge'] = ResolversParentTypes['TierChangeEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TierChange'], ParentType, ContextType>;
};

export type TierRulesResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['TierRules'] = ResolversParentTypes['TierRules'],
> = {
  loyaltyMinOrders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  loyaltyWindowMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reportingCurrency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  thresholds?: Resolver<Array<ResolversTypes['TierThreshold']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  windowMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TierThresholdResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['TierThreshold'] = ResolversParentTypes['TierThreshold'],
> = {
  minOrders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minRevenue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['CustomerTier'], ParentType, ContextType>;
};

export type UserResolvers<
  ContextType = CustomerContext,
  ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type Resolvers<ContextType = CustomerContext> = {
  Consent?: ConsentResolvers<ContextType>;
  ConsentChange?: ConsentChangeResolvers<ContextType>;
  ConsentChangeConnection?: ConsentChangeConnectionResolvers<ContextType>;
  ConsentChangeEdge?: ConsentChangeEdgeResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  ContactConnection?: ContactConnectionResolvers<ContextType>;
  ContactEdge?: ContactEdgeResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerChurn?: CustomerChurnResolvers<ContextType>;
  CustomerConnection?: CustomerConnectionResolvers<ContextType>;
  CustomerEdge?: CustomerEdgeResolvers<ContextType>;
  CustomerImportResult?: CustomerImportResultResolvers<ContextType>;
  CustomerNote?: CustomerNoteResolvers<ContextType>;
  CustomerNoteConnection?: CustomerNoteConnectionResolvers<ContextType>;
  CustomerNoteEdge?: CustomerNoteEdgeResolvers<ContextType>;
  CustomerSearchConnection?: CustomerSearchConnectionResolvers<ContextType>;
  CustomerSearchEdge?: CustomerSearchEdgeResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DictionaryEntry?: DictionaryEntryResolvers<ContextType>;
  DuplicateMatch?: DuplicateMatchResolvers<ContextType>;
  DuplicatePair?: DuplicatePairResolvers<ContextType>;
  DuplicatePairConnection?: DuplicatePairConnectionResolvers<ContextType>;
  DuplicatePairEdge?: DuplicatePairEdgeResolvers<ContextType>;
  EmailAddress?: EmailAddressResolvers<ContextType>;
  ImportRowProblem?: ImportRowProblemResolvers<ContextType>;
  Interaction?: InteractionResolvers<ContextType>;
  InteractionConnection?: InteractionConnectionResolvers<ContextType>;
  InteractionEdge?: InteractionEdgeResolvers<ContextType>;
  LifecycleChange?: LifecycleChangeResolvers<ContextType>;
  LifecycleChangeConnection?: LifecycleChangeConnectionResolvers<ContextType>;
  LifecycleChangeEdge?: LifecycleChangeEdgeResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PhoneNumber?: PhoneNumberResolvers<ContextType>;
  PostalAddress?: PostalAddressResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Tag?: TagResolvers<ContextType>;
  TagConnection?: TagConnectionResolvers<ContextType>;
  TagEdge?: TagEdgeResolvers<ContextType>;
  TierChange?: TierChangeResolvers<ContextType>;
  TierChangeConnection?: TierChangeConnectionResolvers<ContextType>;
  TierChangeEdge?: TierChangeEdgeResolvers<ContextType>;
  TierRules?: TierRulesResolvers<ContextType>;
  TierThreshold?: TierThresholdResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
};
