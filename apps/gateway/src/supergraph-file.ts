import { readFile, stat } from 'node:fs/promises';
import type { SupergraphSource } from './supergraph-source';

/**
 * A supergraph file, polled: a stat every poll, and a read once the file has changed and then held
 * still (same inode, size and mtime) for a whole poll interval, so a file still being written is
 * not read. Polling rather than fs.watch: a watch follows the inode, and loses the file when an
 * editor saves by rename or Kubernetes swaps a mounted ConfigMap's symlink.
 */
export class SupergraphFile implements SupergraphSource {
  /** The stat of the version last handed out. */
  private delivered?: string;
  /** The stat seen by the previous poll. */
  private previous?: string;

  constructor(private readonly path: string) {}

  get description(): string {
    return `file ${this.path}`;
  }

  async initial(): Promise<string> {
    // Stat before reading: a write in between is then seen as a change and read again.
    this.delivered = this.previous = await this.signature();
    return readFile(this.path, 'utf8');
  }

  async changed(): Promise<string | undefined> {
    const signature = await this.signature();
    const heldStill = signature === this.previous;
    this.previous = signature;
    if (!heldStill || signature === this.delivered) return undefined;
    this.delivered = signature;
    return readFile(this.path, 'utf8');
  }

  private async signature(): Promise<string> {
    const { ino, size, mtimeMs } = await stat(this.path);
    return `${ino}:${size}:${mtimeMs}`;
  }
}
