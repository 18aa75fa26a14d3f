import { ConsentChange } from './consent-change.entity';
import { Contact } from './contact.entity';
import { CustomerConsent } from './customer-consent.entity';
import { CustomerNote } from './customer-note.entity';
import { CustomerTag } from './customer-tag.entity';
import { DictionaryEntry } from './dictionary-entry.entity';
import { Tag } from './tag.entity';

/** The tables around a customer's profile (migration 1764000001100). */
export const PROFILE_ENTITIES = [
  Contact,
  Tag,
  CustomerTag,
  CustomerNote,
  CustomerConsent,
  ConsentChange,
  DictionaryEntry,
];
