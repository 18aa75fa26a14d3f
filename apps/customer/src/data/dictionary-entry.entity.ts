import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DictionaryKind } from '../domain/profile-vocabulary';

/** One code of the data dictionary; inactive codes stay on old records but are refused on new input. */
@Entity({ name: 'dictionary_entries' })
export class DictionaryEntry {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  kind!: DictionaryKind;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'boolean' })
  active!: boolean;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
