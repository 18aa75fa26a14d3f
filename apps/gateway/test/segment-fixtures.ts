/**
 * Segments made for one caller for the authorization matrix's segment rows: each mutating row gets
 * its own segment in the state it starts from, so rows never disturb each other.
 */
export interface SegmentFixture {
  /** DYNAMIC, version 1. */
  toRead: string;
  toUpdate: string;
  toArchive: string;
  /** STATIC, empty. */
  list: string;
}

type Send = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

const CREATE = `mutation ($input: CreateSegmentInput!) { createSegment(input: $input) { id } }`;
const TIER_A = { field: 'tier', operator: 'eq', value: 'A' };

/** Made by an admin. */
export async function createSegmentFixture(send: Send): Promise<SegmentFixture> {
  const segment = async (kind: 'DYNAMIC' | 'STATIC') =>
    (
      await send<{ createSegment: { id: string } }>(CREATE, {
        input: { name: 'Matrix', kind, rule: kind === 'DYNAMIC' ? TIER_A : null },
      })
    ).createSegment.id;
  return {
    toRead: await segment('DYNAMIC'),
    toUpdate: await segment('DYNAMIC'),
    toArchive: await segment('DYNAMIC'),
    list: await segment('STATIC'),
  };
}
