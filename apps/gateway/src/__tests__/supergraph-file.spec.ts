import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SupergraphFile } from '../supergraph-file';

describe('a polled supergraph file', () => {
  let dir: string;
  let path: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'supergraph-file-'));
    path = join(dir, 'supergraph.graphql');
    writeFileSync(path, 'type Query { a: Int }');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('has no news until the file changes', async () => {
    const file = new SupergraphFile(path);
    expect(await file.initial()).toBe('type Query { a: Int }');
    expect(await file.changed()).toBeUndefined();
    expect(await file.changed()).toBeUndefined();
  });

  it('hands out a changed file once it held still for a poll, and only once', async () => {
    const file = new SupergraphFile(path);
    await file.initial();
    writeFileSync(path, 'type Query { a: Int b: Int }');
    expect(await file.changed()).toBeUndefined();
    expect(await file.changed()).toBe('type Query { a: Int b: Int }');
    expect(await file.changed()).toBeUndefined();
  });

  it('waits while the file is still being written', async () => {
    const file = new SupergraphFile(path);
    await file.initial();
    writeFileSync(path, 'type Query {');
    expect(await file.changed()).toBeUndefined();
    writeFileSync(path, 'type Query { a: Int b: Int }');
    expect(await file.changed()).toBeUndefined();
    expect(await file.changed()).toBe('type Query { a: Int b: Int }');
  });

  it('follows the path when an editor saves by renaming a new file over it', async () => {
    const file = new SupergraphFile(path);
    await file.initial();
    writeFileSync(join(dir, '.supergraph.graphql.swp'), 'type Query { c: Int }');
    renameSync(join(dir, '.supergraph.graphql.swp'), path);
    expect(await file.changed()).toBeUndefined();
    expect(await file.changed()).toBe('type Query { c: Int }');
  });

  it('fails to read a missing file, and reads it once it is back', async () => {
    const file = new SupergraphFile(path);
    await file.initial();
    rmSync(path);
    await expect(file.changed()).rejects.toThrow(/ENOENT/);
    writeFileSync(path, 'type Query { d: Int }');
    expect(await file.changed()).toBeUndefined();
    expect(await file.changed()).toBe('type Query { d: Int }');
  });
});
