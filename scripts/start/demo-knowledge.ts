import type { Send } from './demo-client';

/** [category, title, body, final status] of the demo knowledge base, in English and Chinese. */
const ARTICLES = [
  [
    'Account',
    'Reset your password',
    'Open Settings → Security and choose "Reset password". The reset link we mail you expires after one hour; ask for a new one if it did.',
    'PUBLISHED',
  ],
  [
    'Account',
    'Two-factor authentication',
    'Turn on two-factor authentication under Settings → Security. Keep the recovery codes somewhere safe: support cannot bypass 2FA.',
    'PUBLISHED',
  ],
  [
    'Telematics',
    'Telematics box shows no GPS position',
    'Check that the box has a clear view of the sky and that its LED blinks green. If it blinks red, restart it by holding the button for ten seconds.',
    'PUBLISHED',
  ],
  [
    '退款',
    '退款流程说明',
    '客户申请退款后，财务会在三个工作日内审核。审核通过后，退款原路返回，银行卡一般需要五到七个工作日到账。',
    'PUBLISHED',
  ],
  [
    '账单',
    '发票开具',
    '付款完成后，可以在"账单"页面申请开具增值税发票，电子发票会发送到您的邮箱。',
    'PUBLISHED',
  ],
  [
    'Telematics',
    'Firmware 1.x upgrade',
    'Firmware 1.x is no longer supported: use the fleet platform to upgrade.',
    'ARCHIVED',
  ],
  [
    'Account',
    'Single sign-on with your identity provider',
    'Draft: SAML and OpenID Connect setup steps.',
    'DRAFT',
  ],
] as const;

type Created = { createArticle: { id: string; version: number } };

/** Categories and articles in every status, published ones in English and Chinese (解决方案库), one at version 2. */
export async function loadDemoKnowledge(send: Send): Promise<void> {
  const categoryIds = new Map<string, string>();
  for (const name of new Set(ARTICLES.map(([category]) => category))) {
    const created = (await send(
      'mutation ($name: String!) { createArticleCategory(input: { name: $name }) { id } }',
      {
        name,
      },
    )) as { createArticleCategory: { id: string } };
    categoryIds.set(name, created.createArticleCategory.id);
  }
  for (const [category, title, body, status] of ARTICLES) {
    const { createArticle } = (await send(
      'mutation ($input: CreateArticleInput!) { createArticle(input: $input) { id version } }',
      { input: { title, body, categoryId: categoryIds.get(category) } },
    )) as Created;
    if (status === 'DRAFT') continue;
    await send('mutation ($id: ID!) { publishArticle(id: $id, version: 1) { id } }', {
      id: createArticle.id,
    });
    if (title === 'Reset your password')
      await send(
        'mutation ($id: ID!, $body: String!) { updateArticle(id: $id, version: 2, input: { body: $body }) { id } }',
        {
          id: createArticle.id,
          body: `${body} Administrators can also send a reset link from the user list.`,
        },
      );
    if (status === 'ARCHIVED')
      await send('mutation ($id: ID!) { archiveArticle(id: $id, version: 2) { id } }', {
        id: createArticle.id,
      });
  }
}
