import type { TSESTree } from '@typescript-eslint/utils';

/** The name of a property's key (`Query`, `'Query'`), or undefined for a computed one. */
export function keyName(property: TSESTree.Property): string | undefined {
  if (property.computed) return undefined;
  if (property.key.type === 'Identifier') return property.key.name;
  if (property.key.type === 'Literal' && typeof property.key.value === 'string') return property.key.value;
  return undefined;
}

const unwrap = (node: TSESTree.Node): TSESTree.Node =>
  node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression' ? unwrap(node.expression) : node;

/** The object literals a file declares at its top level (`export const saleResolvers = { … }`). */
function topLevelObjects(program: TSESTree.Program): TSESTree.ObjectExpression[] {
  const objects: TSESTree.ObjectExpression[] = [];
  for (const statement of program.body) {
    const declaration =
      statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration'
        ? statement.declaration
        : statement;
    if (!declaration) continue;
    const inits =
      declaration.type === 'VariableDeclaration'
        ? declaration.declarations.flatMap((declarator) => (declarator.init ? [declarator.init] : []))
        : [declaration];
    for (const init of inits) {
      const value = unwrap(init);
      if (value.type === 'ObjectExpression') objects.push(value);
    }
  }
  return objects;
}

/** Calls `visit` for each `Type: { field: … }` of the file's resolver maps. */
export function forEachResolverType(
  program: TSESTree.Program,
  visit: (typeName: string, fields: TSESTree.ObjectExpression, property: TSESTree.Property) => void,
): void {
  for (const map of topLevelObjects(program))
    for (const property of map.properties) {
      if (property.type !== 'Property') continue;
      const name = keyName(property);
      const value = unwrap(property.value);
      if (name && value.type === 'ObjectExpression') visit(name, value, property);
    }
}
