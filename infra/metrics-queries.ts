import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parser } from '@prometheus-io/lezer-promql';
import { parse as parseYaml } from 'yaml';

/** One PromQL expression of the dashboard or the alert rules, and where it stands. */
export interface MetricsQuery {
  where: string;
  expr: string;
}

export const DASHBOARD_FILE = path.join(__dirname, 'grafana/crm-dashboard.json');
export const ALERTS_FILE = path.join(__dirname, 'prometheus/alerts.yml');

interface DashboardPanel {
  title?: string;
  targets?: { refId?: string; expr?: string }[];
  panels?: DashboardPanel[];
}

interface Dashboard {
  panels: DashboardPanel[];
  templating?: { list: { name: string; definition?: string }[] };
}

/** Grafana's `label_values(metric, label)` variable query, which is no PromQL. */
const LABEL_VALUES = /^label_values\((\w+)\s*,\s*\w+\)$/;

/** Every panel target of the dashboard, and its variables' queries as the selector they read. */
export function dashboardQueries(file = DASHBOARD_FILE): MetricsQuery[] {
  const dashboard = JSON.parse(readFileSync(file, 'utf8')) as Dashboard;
  const panels = dashboard.panels.flatMap((panel) => [panel, ...(panel.panels ?? [])]);
  const targets = panels.flatMap((panel) =>
    (panel.targets ?? []).map((target) => ({
      where: `panel "${panel.title}" ${target.refId}`,
      expr: target.expr ?? '',
    })),
  );
  const variables = (dashboard.templating?.list ?? []).flatMap((variable) => {
    const selector = LABEL_VALUES.exec(variable.definition ?? '')?.[1];
    return selector ? [{ where: `variable $${variable.name}`, expr: selector }] : [];
  });
  return [...targets, ...variables];
}

interface AlertRules {
  groups: { name: string; rules: { alert?: string; record?: string; expr: string }[] }[];
}

/** Every rule's expression in the alert rules file. */
export function alertQueries(file = ALERTS_FILE): MetricsQuery[] {
  const { groups } = parseYaml(readFileSync(file, 'utf8')) as AlertRules;
  return groups.flatMap((group) =>
    group.rules.map((rule) => ({ where: `rule ${rule.alert ?? rule.record}`, expr: rule.expr })),
  );
}

/** Grafana's variables stand for a duration in a range ([$__rate_interval]) or for a string ("$service"). */
const withoutGrafanaVariables = (expr: string) =>
  expr.replace(/\[\$(\{\w+\}|\w+)\]/g, '[5m]').replace(/\$(\{\w+\}|\w+)/g, 'x');

/**
 * The metric names a PromQL expression selects, read with Prometheus' own grammar (the parser
 * of its web UI): the name of each vector selector, never a function, label or keyword. Throws
 * on an expression that does not parse.
 */
export function metricNamesOf(expr: string): string[] {
  const source = withoutGrafanaVariables(expr);
  const tree = parser.parse(source);
  const names = new Set<string>();
  const cursor = tree.cursor();
  do {
    if (cursor.type.isError) {
      throw new Error(
        `PromQL does not parse at ${cursor.from}: ${source.slice(cursor.from, cursor.from + 40)}`,
      );
    }
    if (cursor.name === 'Identifier' && cursor.node.parent?.name === 'VectorSelector') {
      names.add(source.slice(cursor.from, cursor.to));
    }
  } while (cursor.next());
  return [...names];
}
