import Decimal from 'decimal.js';

export const CONSENT_CHANNELS = ['EMAIL', 'SMS', 'PHONE'] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];

/** The attributes a fact sets; each remembers the time of the fact that set it last. */
export interface ProfileAttributes {
  kind: string | null;
  /** What messages call the customer ({{customerName}}). */
  name: string | null;
  email: string | null;
  /** E.164, where SMS goes. */
  phone: string | null;
  /** YYYY-MM-DD: what birthday journeys start on (personal data, gone on erasure). */
  birthDate: string | null;
  region: string | null;
  industry: string | null;
  tags: string[];
  tier: string | null;
  lifecycle: string | null;
  emailConsent: boolean | null;
  smsConsent: boolean | null;
  phoneConsent: boolean | null;
  csat: number | null;
}

/**
 * Marketing's picture of one customer, built only from other domains' events (DESIGN §2).
 * Consent is null until the customer decides: no consent is recorded, so none is assumed.
 */
export interface CustomerProfileState extends ProfileAttributes {
  customerId: string;
  /** Exact decimal revenue per ISO 4217 currency, e.g. { EUR: "12000.5" }. */
  revenue: Record<string, string>;
  orderCount: number;
  lastOrderAt: Date | null;
  erased: boolean;
  /** Per attribute, the ISO time of the fact that set it: an older fact never overwrites a newer one. */
  stamps: Record<string, string>;
}

export const CONSENT_ATTRIBUTE = {
  EMAIL: 'emailConsent',
  SMS: 'smsConsent',
  PHONE: 'phoneConsent',
} as const satisfies Record<ConsentChannel, keyof ProfileAttributes>;

/** A customer known only by id so far, e.g. from a payment that arrived before customer.created. */
export function emptyProfile(customerId: string): CustomerProfileState {
  return {
    customerId,
    kind: null,
    name: null,
    email: null,
    phone: null,
    birthDate: null,
    region: null,
    industry: null,
    tags: [],
    tier: null,
    lifecycle: null,
    emailConsent: null,
    smsConsent: null,
    phoneConsent: null,
    csat: null,
    revenue: {},
    orderCount: 0,
    lastOrderAt: null,
    erased: false,
    stamps: {},
  };
}

/** After erasure no personal fact comes back: its address and consents stay gone. */
const ERASED_KEEPS_OUT = new Set<keyof ProfileAttributes>([
  'name',
  'email',
  'phone',
  'birthDate',
  'emailConsent',
  'smsConsent',
  'phoneConsent',
]);

/**
 * Sets the attributes a fact stated at `at`, each only when no newer fact set it already:
 * events of one customer may arrive late or out of order across topics. Equal times apply (last wins).
 */
export function applyAttributes(
  profile: CustomerProfileState,
  values: Partial<ProfileAttributes>,
  at: string,
): CustomerProfileState {
  const next = { ...profile, stamps: { ...profile.stamps } };
  for (const [key, value] of Object.entries(values) as [keyof ProfileAttributes, unknown][]) {
    if (value === undefined) continue;
    if (profile.erased && ERASED_KEEPS_OUT.has(key)) continue;
    const stamp = profile.stamps[key];
    if (stamp !== undefined && Date.parse(stamp) > Date.parse(at)) continue;
    Object.assign(next, { [key]: value });
    next.stamps[key] = at;
  }
  return next;
}

/** An order counts once (the inbox dedupes redelivery); the last order date only moves forward. */
export function applyOrder(profile: CustomerProfileState, placedAt: Date): CustomerProfileState {
  const later = profile.lastOrderAt === null || placedAt > profile.lastOrderAt;
  return {
    ...profile,
    orderCount: profile.orderCount + 1,
    lastOrderAt: later ? placedAt : profile.lastOrderAt,
  };
}

/** Payments add up per currency, exactly: in any order, the sum is the same. */
export function applyPayment(
  profile: CustomerProfileState,
  amount: string,
  currency: string,
): CustomerProfileState {
  const before = profile.revenue[currency] ?? '0';
  return {
    ...profile,
    revenue: { ...profile.revenue, [currency]: new Decimal(before).plus(amount).toFixed() },
  };
}

/** GDPR Art. 17: name and addresses go and every consent is withdrawn; ids, counts and amounts stay. */
export function eraseProfile(profile: CustomerProfileState, erasedAt: string): CustomerProfileState {
  const stamps = { ...profile.stamps };
  for (const key of ERASED_KEEPS_OUT) stamps[key] = erasedAt;
  return {
    ...profile,
    name: null,
    email: null,
    phone: null,
    birthDate: null,
    emailConsent: false,
    smsConsent: false,
    phoneConsent: false,
    erased: true,
    stamps,
  };
}

/**
 * A merge folds the duplicates' purchases into the survivor (their orders and payments were the
 * survivor's customer's all along); the survivor's own attributes stay, the customer service
 * publishes its changes to them.
 */
export function foldIntoSurvivor(
  survivor: CustomerProfileState,
  merged: CustomerProfileState[],
): CustomerProfileState {
  return merged.reduce<CustomerProfileState>((into, duplicate) => {
    const revenue = { ...into.revenue };
    for (const [currency, amount] of Object.entries(duplicate.revenue)) {
      revenue[currency] = new Decimal(revenue[currency] ?? '0').plus(amount).toFixed();
    }
    const lastOrderAt =
      duplicate.lastOrderAt && (!into.lastOrderAt || duplicate.lastOrderAt > into.lastOrderAt)
        ? duplicate.lastOrderAt
        : into.lastOrderAt;
    return { ...into, revenue, orderCount: into.orderCount + duplicate.orderCount, lastOrderAt };
  }, survivor);
}

export const hasConsent = (profile: CustomerProfileState | null, channel: ConsentChannel): boolean =>
  profile?.[CONSENT_ATTRIBUTE[channel]] === true;
