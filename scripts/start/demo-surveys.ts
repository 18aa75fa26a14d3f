import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseInboundMail } from '@crm/mail';
import type { Send } from './demo-client';
import { MAIL_DIR } from './mail-catcher';

/**
 * The demo satisfaction survey: the default survey (for every queue) designed and activated, and a
 * few tickets of the agent's queue resolved, each invitation answered through its token, as a
 * customer would from the mail the local catcher keeps in .cache/mail.
 */

const QUESTIONS = [
  { kind: 'CSAT', prompt: 'How satisfied are you with the help you got?' },
  { kind: 'NPS', prompt: 'How likely are you to recommend us to a friend or colleague?' },
  { kind: 'CHOICE', prompt: 'What helped most?', options: ['Speed', 'Kindness', 'Expertise'] },
  { kind: 'TEXT', prompt: 'Anything we could do better?' },
];

/** CSAT, NPS, choice and comment of each demo answer: CSAT 4 of 6 satisfied (66.7 %), NPS 3 − 1 of 6 (33.3). */
const ANSWERS: [number, number, string, string | null][] = [
  [5, 10, 'Speed', 'Fixed within the hour.'],
  [4, 9, 'Expertise', null],
  [5, 9, 'Kindness', 'Very patient with me.'],
  [3, 7, 'Speed', null],
  [2, 4, 'Expertise', 'Took three mails to understand the problem.'],
  [4, 8, 'Kindness', null],
];

const MOVE = 'mutation ($input: MoveTicketInput!) { moveTicket(input: $input) { id } }';
const ANSWER = `mutation ($token: String!, $answers: [SurveyAnswerInput!]!) { answerSurvey(token: $token, answers: $answers) { recordedAt } }`;

/** The service learns customers and users from events: a write may wait for them (up to 30 s). */
async function retrying<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt > 300 || !/does not exist|is neither an active support agent/.test(String(error)))
        throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** The survey token of the invitation the catcher wrote to .cache/mail for `address`, waiting up to 30 s. */
async function tokenMailedTo(address: string): Promise<string | null> {
  for (let attempt = 0; attempt < 300; attempt++) {
    for (const file of await readdir(MAIL_DIR).catch(() => [])) {
      const mail = await parseInboundMail(await readFile(join(MAIL_DIR, file)));
      const token = mail.to.includes(address) ? /[?&]token=([A-Za-z0-9_-]+)/.exec(mail.text) : null;
      if (token) return token[1];
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}

async function answerWithoutLogin(
  gatewayUrl: string,
  token: string,
  answers: { questionId: string; value: string }[],
) {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: ANSWER, variables: { token, answers } }),
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join('; '));
}

async function resolveDemoTicket(
  send: Send,
  customerId: string,
  queueId: string,
  agentId: string,
  email: string,
) {
  const { openTicket } = (await retrying(() =>
    send('mutation ($input: OpenTicketInput!) { openTicket(input: $input) { id } }', {
      input: { customerId, queueId, subject: 'Cannot export my invoices', requesterEmail: email },
    }),
  )) as { openTicket: { id: string } };
  const ticketId = openTicket.id;
  await retrying(() =>
    send('mutation ($input: AssignTicketInput!) { assignTicket(input: $input) { id } }', {
      input: { ticketId, assigneeId: agentId },
    }),
  );
  await send(MOVE, { input: { ticketId, to: 'IN_PROGRESS' } });
  await send(MOVE, { input: { ticketId, to: 'RESOLVED', resolution: 'Re-ran the export for them' } });
}

/** `agentId`: the demo support agent (alex), whose team's queue the answered tickets are in. */
export async function loadDemoSurveys(
  gatewayUrl: string,
  send: Send,
  agentId: string,
  log: (message: string) => void,
): Promise<void> {
  log('loading demo surveys: the default CSAT/NPS survey, resolved tickets and their answers');
  const { createSurvey } = (await send(
    'mutation ($input: SurveyInput!) { createSurvey(input: $input) { id } }',
    {
      input: { name: 'How did we do?', questions: QUESTIONS },
    },
  )) as { createSurvey: { id: string } };
  await send('mutation ($id: ID!) { activateSurvey(id: $id, version: 1) { id } }', { id: createSurvey.id });
  const { user } = (await send('query ($id: ID!) { user(id: $id) { team { id } } }', { id: agentId })) as {
    user: { team: { id: string } | null } | null;
  };
  const queueId = user?.team?.id;
  if (!queueId) return log('the demo agent is in no support team: the demo survey gets no answers');
  const { customers } = (await send('{ customers(first: 6) { edges { node { id } } } }')) as {
    customers: { edges: { node: { id: string } }[] };
  };
  for (const [index, { node }] of customers.edges.entries()) {
    const [csat, nps, choice, comment] = ANSWERS[index % ANSWERS.length];
    const email = `survey-${index + 1}@customer.demo.crm.example`;
    await resolveDemoTicket(send, node.id, queueId, agentId, email);
    const token = await tokenMailedTo(email);
    if (!token)
      return log('no survey invitation in .cache/mail (is SMTP_HOST set elsewhere?): answers left out');
    await answerWithoutLogin(gatewayUrl, token, [
      { questionId: 'q1', value: String(csat) },
      { questionId: 'q2', value: String(nps) },
      { questionId: 'q3', value: choice },
      ...(comment ? [{ questionId: 'q4', value: comment }] : []),
    ]);
  }
}
