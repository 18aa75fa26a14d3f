/** What a replay reports as it goes (the script draws a bar per topic from it). */
export interface ReplayProgress {
  /** The messages a replay of these topics will read, before it starts. */
  planned(totals: Map<string, number>): void;
  read(topic: string, messages: number): void;
}

export const SILENT_PROGRESS: ReplayProgress = { planned: () => undefined, read: () => undefined };
