import { randomUUID } from 'node:crypto';
import { DEMO_ADMIN, EventProbe, startPlatform, tokenFor, type TestPlatform } from '@crm/platform-testing';
import {
  createKnownCustomer,
  createKnownTeam,
  dataOf,
  eventOn,
  gatewayOf,
  problemOf,
} from './knowledge-base-kit';

const ARTICLE = `id title body status currentVersion solvedCount version category { id name }
  versions { number title body }`;
const CREATE_CATEGORY = `mutation ($name: String!) { createArticleCategory(input: { name: $name }) { id name } }`;
const CREATE = `mutation ($input: CreateArticleInput!) { createArticle(input: $input) { ${ARTICLE} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdateArticleInput!) {
  updateArticle(id: $id, version: $version, input: $input) { ${ARTICLE} }
}`;
const PUBLISH = `mutation ($id: ID!, $version: Int!) { publishArticle(id: $id, version: $version) { ${ARTICLE} } }`;
const ARCHIVE = `mutation ($id: ID!, $version: Int!) { archiveArticle(id: $id, version: $version) { ${ARTICLE} } }`;
const GET = `query ($id: ID!) { article(id: $id) { ${ARTICLE} } }`;
const HIT = `rank matchedBy titleHighlight bodyHighlight article { id title }`;
const SEARCH = `query ($query: String!, $first: Int) { searchArticles(query: $query, first: $first) { ${HIT} } }`;
const OPEN = `mutation ($input: OpenTicketInput!) { openTicket(input: $input) { id } }`;
const SUGGESTED = `query ($id: ID!) { ticket(id: $id) { suggestedArticles { ${HIT} } linkedArticles { solvedIt article { id } } } }`;
const LINK = `mutation ($ticketId: ID!, $articleId: ID!, $solvedIt: Boolean) {
  linkArticleToTicket(ticketId: $ticketId, articleId: $articleId, solvedIt: $solvedIt) { solvedIt article { id solvedCount } }
}`;

interface Article {
  id: string;
  title: string;
  status: string;
  currentVersion: number;
  solvedCount: number;
  version: number;
  category: { id: string; name: string } | null;
  versions: { number: number; title: string; body: string }[];
}
interface Hit {
  rank: number;
  matchedBy: string;
  titleHighlight: string;
  bodyHighlight: string;
  article: { id: string; title: string };
}

describe('knowledge base through the gateway', () => {
  let platform: TestPlatform;
  let probe: EventProbe;
  let admin: string;
  let agent: string;
  let reader: string;
  let queueId: string;
  let customerId: string;
  const send = gatewayOf(() => platform);

  const create = async (input: Record<string, unknown>, token = agent) =>
    dataOf(await send<{ createArticle: Article }>(token, CREATE, { input })).createArticle;
  const refOf = (article: { id: string; version: number }) => ({ id: article.id, version: article.version });
  const publish = async (article: { id: string; version: number }) =>
    dataOf(await send<{ publishArticle: Article }>(agent, PUBLISH, refOf(article))).publishArticle;
  const published = async (title: string, body: string) => publish(await create({ title, body }));
  const search = async (query: string, token = agent) =>
    dataOf(await send<{ searchArticles: Hit[] }>(token, SEARCH, { query })).searchArticles;
  const openTicket = async (subject: string, description: string | null = null) =>
    dataOf(
      await send<{ openTicket: { id: string } }>(agent, OPEN, {
        input: { customerId, subject, description },
      }),
    ).openTicket.id;

  beforeAll(async () => {
    platform = await startPlatform();
    probe = await EventProbe.start(['crm.service.article.v1']);
    admin = await tokenFor();
    queueId = await createKnownTeam(platform, admin);
    agent = await tokenFor({
      ...DEMO_ADMIN,
      userId: randomUUID(),
      roles: ['SUPPORT_AGENT'],
      teamId: queueId,
    });
    reader = await tokenFor({ ...DEMO_ADMIN, userId: randomUUID(), roles: ['SALES_REP'], teamId: null });
    customerId = await createKnownCustomer(platform, admin, 'Knowledge GmbH');
  });
  afterAll(async () => {
    await probe?.stop();
    await platform?.stop();
  });

  it('writes a draft in a category, publishes it and archives it, naming invalid moves', async () => {
    const category = dataOf(
      await send<{ createArticleCategory: { id: string } }>(agent, CREATE_CATEGORY, {
        name: `Billing ${randomUUID()}`,
      }),
    ).createArticleCategory;
    const draft = await create({
      title: ' Invoices explained ',
      body: 'Each invoice lists…',
      categoryId: category.id,
    });
    expect(draft).toMatchObject({
      title: 'Invoices explained',
      status: 'DRAFT',
      currentVersion: 1,
      version: 1,
    });
    expect(draft.category?.id).toBe(category.id);

    const archiveDraft = await send(agent, ARCHIVE, { id: draft.id, version: draft.version });
    expect(problemOf(archiveDraft)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(problemOf(archiveDraft).message).toMatch(/cannot move from DRAFT to ARCHIVED/);

    const drafted = await eventOn(probe, 'crm.service.article.drafted', draft.id);
    expect(drafted.data).toMatchObject({ title: 'Invoices explained', categoryId: category.id });
    const live = await publish(draft);
    expect(live).toMatchObject({ status: 'PUBLISHED', version: 2 });
    const again = await send(agent, PUBLISH, { id: live.id, version: live.version });
    expect(problemOf(again).message).toMatch(/cannot move from PUBLISHED to PUBLISHED/);

    const event = await eventOn(probe, 'crm.service.article.published', draft.id);
    expect(event.data).toMatchObject({ articleId: draft.id, versionNumber: 1, categoryId: category.id });

    const archived = dataOf(
      await send<{ archiveArticle: Article }>(agent, ARCHIVE, refOf(live)),
    ).archiveArticle;
    expect(archived.status).toBe('ARCHIVED');
    await eventOn(probe, 'crm.service.article.archived', draft.id);
    const edit = await send(agent, UPDATE, {
      id: archived.id,
      version: archived.version,
      input: { body: 'x' },
    });
    expect(problemOf(edit)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(problemOf(await send(agent, PUBLISH, refOf(archived))).message).toMatch(
      /from ARCHIVED to PUBLISHED; ARCHIVED is final/,
    );
  });

  it('edits a draft in place and keeps every edit of a published article as a new version', async () => {
    const draft = await create({ title: 'VPN setup', body: 'First try' });
    const edited = dataOf(
      await send<{ updateArticle: Article }>(agent, UPDATE, {
        id: draft.id,
        version: 1,
        input: { body: 'Draft two' },
      }),
    ).updateArticle;
    expect(edited.currentVersion).toBe(1);
    expect(edited.versions).toEqual([{ number: 1, title: 'VPN setup', body: 'Draft two' }]);

    const live = await publish(edited);
    const second = dataOf(
      await send<{ updateArticle: Article }>(agent, UPDATE, {
        ...live,
        input: { body: 'Use the new client' },
      }),
    ).updateArticle;
    expect(second.currentVersion).toBe(2);
    expect(second.versions.map((version) => [version.number, version.body])).toEqual([
      [2, 'Use the new client'],
      [1, 'Draft two'],
    ]);
    const revised = await eventOn(probe, 'crm.service.article.revised', draft.id, (event) =>
      Boolean((event.data as { newVersion?: boolean }).newVersion),
    );
    expect(revised.data).toMatchObject({ versionNumber: 2, status: 'PUBLISHED' });

    const stale = await send(agent, UPDATE, {
      id: draft.id,
      version: live.version,
      input: { title: 'Late' },
    });
    expect(problemOf(stale).code).toBe('CONFLICT');
  });

  it('reports bad input with its field path', async () => {
    expect(problemOf(await send(agent, CREATE, { input: { title: '  ', body: 'b' } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.title',
    });
    expect(
      problemOf(await send(agent, CREATE, { input: { title: 't', body: 'b', categoryId: 'nope' } })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.categoryId' });
    expect(problemOf(await send(agent, CREATE_CATEGORY, { name: '' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.name',
    });
    expect(problemOf(await send(agent, SEARCH, { query: '   ' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'query',
    });
    expect(problemOf(await send(agent, SEARCH, { query: 'x', first: 500 }))).toMatchObject({
      field: 'first',
    });
    const draft = await create({ title: 'Null title', body: 'b' });
    expect(
      problemOf(await send(agent, UPDATE, { id: draft.id, version: 1, input: { title: null } })),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.title',
    });
  });

  it('ranks the better full-text match first, with highlights, and hides drafts from readers', async () => {
    const marker = randomUUID().slice(0, 8);
    const weak = await published(
      `Account settings ${marker}`,
      'You can also reset a password from the admin console.',
    );
    const strong = await published(
      `Reset your password ${marker}`,
      'To reset your password, open Settings and choose Reset password. The reset link expires after one hour.',
    );
    await create({ title: `Reset password draft ${marker}`, body: 'Reset password, unpublished.' });
    const hits = (await search(`reset password ${marker}`, reader)).map((hit) => hit.article.id);
    expect(hits).toEqual([strong.id, weak.id]);
    const [best] = await search(`reset password ${marker}`);
    expect(best).toMatchObject({ matchedBy: 'FULL_TEXT' });
    expect(best.titleHighlight).toContain('<mark>Reset</mark>');
    expect(best.bodyHighlight).toContain('<mark>password</mark>');
  });

  it('finds Chinese text by the fallback (character pairs), where the parser sees one word', async () => {
    const refund = await published('退款流程说明', '客户申请退款后，财务在三个工作日内处理退款。');
    await published('发票开具', '发票在付款后开具。');
    const hits = await search('退款');
    expect(hits.map((hit) => hit.article.id)).toEqual([refund.id]);
    expect(hits[0].matchedBy).toBe('TRIGRAM');
    expect(hits[0].titleHighlight).toBe('<mark>退款</mark>流程说明');
    expect(hits[0].bodyHighlight).toContain('申请<mark>退款</mark>');
    // A misspelt English word falls back to trigram similarity.
    const typo = await published('Printer troubleshooting', 'When the printer jams, open tray two.');
    expect((await search('printr troubleshoting')).map((hit) => hit.article.id)).toContain(typo.id);
  });

  it('suggests published articles for a ticket from its subject and description', async () => {
    const marker = `zq${randomUUID().slice(0, 6)}`;
    const vpn = await published(
      `VPN keeps disconnecting ${marker}`,
      'Reinstall the VPN client and renew the certificate.',
    );
    await published(`Expense reports ${marker}`, 'Submit receipts within 30 days.');
    const ticketId = await openTicket(`My VPN disconnects ${marker}`, 'The certificate seems expired.');
    const { ticket } = dataOf(
      await send<{ ticket: { suggestedArticles: Hit[] } }>(agent, SUGGESTED, { id: ticketId }),
    );
    expect(ticket.suggestedArticles[0].article.id).toBe(vpn.id);
    const chinese = await published(`账户退款 ${marker}`, '退款会在三个工作日内到账。');
    const chineseTicket = await openTicket('申请退款', '订单已经取消');
    const suggested = dataOf(
      await send<{ ticket: { suggestedArticles: Hit[] } }>(agent, SUGGESTED, { id: chineseTicket }),
    );
    expect(suggested.ticket.suggestedArticles.map((hit) => hit.article.id)).toContain(chinese.id);
  });

  it('links articles to ticket resolutions and counts the tickets each solved', async () => {
    const article = await published('Reset the sync token', 'Settings → Sync → Reset token.');
    const [first, second] = [await openTicket('Sync broken'), await openTicket('Sync broken again')];
    type Linked = { linkArticleToTicket: { solvedIt: boolean; article: { solvedCount: number } } };
    const link = async (ticketId: string, solvedIt?: boolean) =>
      dataOf(await send<Linked>(agent, LINK, { ticketId, articleId: article.id, solvedIt }))
        .linkArticleToTicket;
    expect((await link(first)).article.solvedCount).toBe(1);
    expect((await link(first)).article.solvedCount).toBe(1);
    expect((await link(second)).article.solvedCount).toBe(2);
    expect(await link(second, false)).toMatchObject({ solvedIt: false, article: { solvedCount: 1 } });
    const { ticket } = dataOf(
      await send<{ ticket: { linkedArticles: { solvedIt: boolean; article: { id: string } }[] } }>(
        agent,
        SUGGESTED,
        {
          id: first,
        },
      ),
    );
    expect(ticket.linkedArticles).toEqual([{ solvedIt: true, article: { id: article.id } }]);
    const linked = await eventOn(probe, 'crm.service.article.linked_to_ticket', article.id);
    expect(linked.data).toMatchObject({ ticketId: first, customerId, solvedIt: true });

    const draft = await create({ title: 'Not yet', body: 'Draft' });
    const refused = await send(agent, LINK, { ticketId: first, articleId: draft.id });
    expect(problemOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'articleId' });
    const denied = await send(reader, LINK, { ticketId: first, articleId: article.id });
    expect(problemOf(denied).code).toBe('FORBIDDEN');
  });

  it('lets readers read published articles but not drafts, and not write', async () => {
    const draft = await create({ title: 'Secret draft', body: 'WIP' });
    expect(problemOf(await send(reader, GET, { id: draft.id })).code).toBe('NOT_FOUND');
    const live = await publish(draft);
    expect(dataOf(await send<{ article: Article }>(reader, GET, { id: live.id })).article.status).toBe(
      'PUBLISHED',
    );
    expect(problemOf(await send(reader, CREATE, { input: { title: 't', body: 'b' } })).code).toBe(
      'FORBIDDEN',
    );
  });
});
