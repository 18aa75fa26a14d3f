/** One of a customer's email addresses; `primary` mirrors into customers.email for search. */
export interface EmailAddress {
  address: string;
  label: string | null;
  primary: boolean;
}

/** One of a customer's phone numbers, E.164; `primary` mirrors into customers.phone for search. */
export interface PhoneNumber {
  number: string;
  label: string | null;
  primary: boolean;
}

export interface PostalAddress {
  label: string | null;
  street: string;
  city: string;
  postalCode: string | null;
  region: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string;
}
