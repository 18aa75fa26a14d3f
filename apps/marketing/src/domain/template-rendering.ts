import Handlebars from 'handlebars';
import { badUserInput } from '@crm/errors';

/** A template part compiled once; `html` parts escape what they insert, text parts do not. */
export type CompiledPart = (variables: Record<string, unknown>) => string;

/** Variables every message has, filled in at send time. */
export const BUILT_IN_VARIABLES = ['customerName', 'unsubscribeUrl'] as const;

const engine = Handlebars.create();

/**
 * Compiles a template part (Handlebars: `{{customerName}}`, `{{#if vip}}…{{/if}}`). Strict: a
 * variable the template uses but the send does not give is an error, never an empty gap.
 */
export function compileTemplatePart(source: string, field: string, { html = false } = {}): CompiledPart {
  try {
    engine.precompile(source, { strict: true });
  } catch (error) {
    throw badUserInput(field, `is not a valid template: ${firstLine(error)}`);
  }
  return engine.compile(source, { strict: true, noEscape: !html });
}

/** The variables a template part uses, in order of first use (for the preview and the docs). */
export function variablesOf(source: string): string[] {
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const candidate = node as { type?: string; original?: unknown; parts?: unknown[] };
    if (candidate.type === 'PathExpression' && typeof candidate.original === 'string') {
      const root = String(candidate.parts?.[0] ?? candidate.original);
      if (root && root !== 'this' && !(root in engine.helpers)) names.add(root);
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(engine.parse(source));
  return [...names];
}

/** Renders a part, naming the first missing variable as `variablesField.<name>`. */
export function renderPart(
  part: CompiledPart,
  variables: Record<string, unknown>,
  variablesField: string,
): string {
  try {
    return part(variables);
  } catch (error) {
    const missing = /"([^"]+)" not defined/.exec(firstLine(error))?.[1];
    if (missing) throw badUserInput(`${variablesField}.${missing}`, 'is used by the template but not given');
    throw badUserInput(variablesField, `cannot fill the template: ${firstLine(error)}`);
  }
}

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0];
