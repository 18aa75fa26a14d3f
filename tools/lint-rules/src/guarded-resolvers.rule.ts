import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ESLintUtils, type TSESTree } from '@typescript-eslint/utils';
import tseslint from 'typescript-eslint';
import { forEachResolverType, keyName } from './resolver-ast';
import { readEntities } from './subgraph-schema';

/**
 * In the spirit of Twenty's "resolvers should be guarded" rule: every resolver a caller reaches
 * without passing another check is wrapped by `guard`/`guardReference` from @crm/permissions
 * (DESIGN §6). In `apps/<app>/src/resolvers/*.resolvers.ts`, that is every root field (a public one
 * says so: `guard(PUBLIC, …)`), every `__resolveReference`, and every field contributed to another
 * subgraph's entity (the gateway reaches those through `_entities`, which skips the root fields).
 * An entity of this subgraph that has resolved fields needs a guarded `__resolveReference` in one of
 * the app's resolver files. Entities come from the app's `schema/*.graphql` (`@key`); who owns each
 * one is the rule's `entityOwners` option.
 */

type Options = [{ entityOwners: Record<string, string> }];
type MessageIds =
  'unguardedRoot' | 'unguardedReference' | 'unguardedContributed' | 'missingReference' | 'noOwner';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);
const REFERENCE = '__resolveReference';

type Declarations = Map<string, TSESTree.Node>;

/** Top-level `const x = …` and `function x() {}` of the file, by name: where a resolver may come from. */
function declarationsOf(program: TSESTree.Program): Declarations {
  const declarations: Declarations = new Map();
  for (const statement of program.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (declaration?.type === 'FunctionDeclaration' && declaration.id)
      declarations.set(declaration.id.name, declaration);
    if (declaration?.type === 'VariableDeclaration')
      for (const declarator of declaration.declarations)
        if (declarator.id.type === 'Identifier' && declarator.init)
          declarations.set(declarator.id.name, declarator.init);
  }
  return declarations;
}

/** The expressions a function returns: its expression body or every `return` of its block. */
function returnedExpressions(fn: TSESTree.FunctionLike): TSESTree.Node[] {
  if (fn.body?.type !== 'BlockStatement') return fn.body ? [fn.body] : [];
  const returned: TSESTree.Node[] = [];
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    const current = node as TSESTree.Node;
    if (typeof current.type !== 'string') return;
    if (current.type.startsWith('Function') || current.type === 'ArrowFunctionExpression') return;
    if (current.type === 'ReturnStatement') returned.push(current.argument ?? current);
    for (const [key, value] of Object.entries(current)) if (key !== 'parent') walk(value);
  };
  fn.body.body.forEach(walk);
  return returned;
}

/**
 * Whether `node` is a call of `wrapper`, directly, through a top-level constant, or through a
 * top-level helper of this file that only ever returns such a call (`documentsOf('orders')`).
 */
function isWrappedIn(
  wrapper: string,
  node: TSESTree.Node,
  declarations: Declarations,
  seen = new Set<string>(),
): boolean {
  if (node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression')
    return isWrappedIn(wrapper, node.expression, declarations, seen);
  if (node.type === 'Identifier') {
    const declared = declarations.get(node.name);
    if (!declared || seen.has(node.name)) return false;
    return isWrappedIn(wrapper, declared, declarations, new Set(seen).add(node.name));
  }
  if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier') return false;
  if (node.callee.name === wrapper) return true;
  const helper = declarations.get(node.callee.name);
  if (!helper || seen.has(node.callee.name)) return false;
  if (
    helper.type !== 'FunctionDeclaration' &&
    helper.type !== 'ArrowFunctionExpression' &&
    helper.type !== 'FunctionExpression'
  )
    return false;
  const returned = returnedExpressions(helper);
  const inner = new Set(seen).add(node.callee.name);
  return (
    returned.length > 0 &&
    returned.every((expression) => isWrappedIn(wrapper, expression, declarations, inner))
  );
}

interface ResolverFile {
  mtimeMs: number;
  referencedTypes: Set<string>;
}
const resolverFiles = new Map<string, ResolverFile>();

/** The types a resolver file gives a `__resolveReference`, re-parsed only when the file changed. */
function typesWithReference(path: string): Set<string> {
  const { mtimeMs } = statSync(path);
  const cached = resolverFiles.get(path);
  if (cached?.mtimeMs === mtimeMs) return cached.referencedTypes;
  const program = tseslint.parser.parseForESLint(readFileSync(path, 'utf8')).ast as TSESTree.Program;
  const referencedTypes = new Set<string>();
  forEachResolverType(program, (typeName, fields) => {
    if (fields.properties.some((p) => p.type === 'Property' && keyName(p) === REFERENCE))
      referencedTypes.add(typeName);
  });
  resolverFiles.set(path, { mtimeMs, referencedTypes });
  return referencedTypes;
}

function hasReferenceResolverInApp(resolversDir: string, typeName: string): boolean {
  return readdirSync(resolversDir)
    .filter((file) => file.endsWith('.resolvers.ts'))
    .some((file) => typesWithReference(join(resolversDir, file)).has(typeName));
}

const createRule = ESLintUtils.RuleCreator(
  (name) => `https://github.com/crm-platform/crm/blob/main/tools/lint-rules/src/${name}.rule.ts`,
);

export const guardedResolvers = createRule<Options, MessageIds>({
  name: 'guarded-resolvers',
  meta: {
    type: 'problem',
    docs: { description: 'Every resolver a caller can reach is wrapped by guard/guardReference' },
    schema: [
      {
        type: 'object',
        properties: { entityOwners: { type: 'object', additionalProperties: { type: 'string' } } },
        required: ['entityOwners'],
        additionalProperties: false,
      },
    ],
    messages: {
      unguardedRoot:
        '{{type}}.{{field}} must be wrapped in guard(permission, resolver); a field anyone may call says so with guard(PUBLIC, …)',
      unguardedReference:
        '{{type}}.__resolveReference must be wrapped in guardReference(permission, resolver): _entities skips every root field',
      unguardedContributed:
        "{{type}}.{{field}} is contributed to {{owner}}'s entity and reached through _entities: wrap it in guard(permission, resolver)",
      missingReference:
        '{{type}} is an entity of this subgraph with resolved fields: give it __resolveReference: guardReference(…) in one of its resolver files',
      noOwner:
        '{{type}} is an entity (@key) with no declared owner: add it to entityOwners in eslint.config.mjs',
    },
  },
  defaultOptions: [{ entityOwners: {} }],
  create(context, [{ entityOwners }]) {
    const resolversDir = dirname(context.filename);
    const app = basename(dirname(dirname(resolversDir)));
    const entities = readEntities(join(dirname(resolversDir), 'schema'));
    return {
      Program(program) {
        const declarations = declarationsOf(program);
        forEachResolverType(program, (type, fields, typeProperty) => {
          const entity = entities.get(type);
          const owner = entityOwners[type];
          if (!ROOT_TYPES.has(type) && !entity) return;
          if (entity && owner === undefined) {
            context.report({ node: typeProperty.key, messageId: 'noOwner', data: { type } });
            return;
          }
          let resolvesFields = false;
          for (const property of fields.properties) {
            const field = property.type === 'Property' ? keyName(property) : undefined;
            if (property.type !== 'Property' || field === undefined) {
              // A spread or computed key hides which fields it adds: list them one by one.
              if (ROOT_TYPES.has(type))
                context.report({ node: property, messageId: 'unguardedRoot', data: { type, field: '…' } });
              else if (owner !== app)
                context.report({
                  node: property,
                  messageId: 'unguardedContributed',
                  data: { type, field: '…', owner },
                });
              continue;
            }
            if (field === REFERENCE) {
              if (!isWrappedIn('guardReference', property.value, declarations))
                context.report({ node: property, messageId: 'unguardedReference', data: { type } });
              continue;
            }
            if (entity?.keyFields.has(field)) continue;
            resolvesFields = true;
            if (isWrappedIn('guard', property.value, declarations)) continue;
            if (ROOT_TYPES.has(type))
              context.report({ node: property, messageId: 'unguardedRoot', data: { type, field } });
            else if (owner !== app)
              context.report({
                node: property,
                messageId: 'unguardedContributed',
                data: { type, field, owner },
              });
          }
          if (
            owner === app &&
            entity?.resolvable &&
            resolvesFields &&
            !hasReferenceResolverInApp(resolversDir, type)
          )
            context.report({ node: typeProperty.key, messageId: 'missingReference', data: { type } });
        });
      },
    };
  },
});
