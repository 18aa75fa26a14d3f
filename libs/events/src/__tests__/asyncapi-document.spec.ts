import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Parser } from '@asyncapi/parser';
import { DEAD_LETTER_HEADERS, EVENT_TYPES, generateAsyncApiDocument, topicOf } from '@crm/events';

// DiagnosticSeverity.Error of @asyncapi/parser.
const ERROR = 0;
const COMMITTED_DOCUMENT = path.resolve(__dirname, '../../../../docs/asyncapi.json');

describe('generateAsyncApiDocument', () => {
  const document = generateAsyncApiDocument();

  it('is a valid AsyncAPI document', async () => {
    const diagnostics = await new Parser().validate(document);
    const errors = diagnostics.filter((diagnostic) => diagnostic.severity === ERROR);
    expect(errors.map(({ path: at, message }) => `${at.join('.')}: ${message}`)).toEqual([]);
  }, 30_000);

  it('describes every catalogue type on the channel of its topic', async () => {
    const { document: parsed } = await new Parser().parse(document);
    const messagesByChannel = Object.fromEntries(
      (parsed?.channels().all() ?? []).map((channel) => [
        channel.address(),
        channel
          .messages()
          .all()
          .map((message) => message.name()),
      ]),
    );
    for (const type of EVENT_TYPES) expect(messagesByChannel[topicOf(type)]).toContain(type);
    const actions = parsed
      ?.operations()
      .all()
      .map((operation) => operation.action());
    expect(new Set(actions)).toEqual(new Set(['receive']));
  }, 30_000);

  it('describes the dead-letter topics <group>.dlq with every header a consumer adds', async () => {
    const { document: parsed } = await new Parser().parse(document);
    const channel = parsed
      ?.channels()
      .all()
      .find((candidate) => candidate.address() === '{groupId}.dlq');
    expect(
      channel
        ?.parameters()
        .all()
        .map((parameter) => parameter.id()),
    ).toEqual(['groupId']);
    const [message] = channel?.messages().all() ?? [];
    const headers = message?.headers()?.properties() ?? {};
    for (const { name } of Object.values(DEAD_LETTER_HEADERS)) {
      expect(headers[name]?.type()).toBe('string');
      expect(headers[name]?.description()).toEqual(expect.any(String));
    }
    expect(message?.headers()?.required()).toEqual(
      Object.values(DEAD_LETTER_HEADERS).map(({ name }) => name),
    );
    const receivers = parsed
      ?.operations()
      .all()
      .filter((operation) => operation.channels().all()[0]?.address() === '{groupId}.dlq');
    expect(receivers?.map((operation) => operation.action())).toEqual(['receive']);
  }, 30_000);

  it('is committed as generated (docs/asyncapi.json)', () => {
    const committed: unknown = existsSync(COMMITTED_DOCUMENT)
      ? JSON.parse(readFileSync(COMMITTED_DOCUMENT, 'utf8'))
      : undefined;
    if (!isDeepStrictEqual(committed, JSON.parse(JSON.stringify(document)))) {
      throw new Error('docs/asyncapi.json is missing or stale: run `npm run asyncapi` and commit the result');
    }
  });
});
