import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { KubernetesObject } from './kubernetes-schemas';

/** Every document of a YAML file's text, as plain objects. */
export const parseManifests = (text: string): KubernetesObject[] =>
  parseAllDocuments(text).map((document) => document.toJS() as KubernetesObject);

export function kubectlAvailable(): boolean {
  try {
    execFileSync('kubectl', ['version', '--client'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * The production overlay as `kubectl apply -k` would send it, rendered by kubectl's own kustomize
 * from a copy of infra/k8s whose secret env files are the committed placeholders.
 */
export function renderProductionOverlay(k8sDir: string): KubernetesObject[] {
  const copy = mkdtempSync(path.join(tmpdir(), 'crm-k8s-'));
  try {
    cpSync(k8sDir, copy, { recursive: true });
    const secrets = path.join(copy, 'overlays', 'production', 'secrets');
    for (const example of readdirSync(secrets).filter((file) => file.endsWith('.env.example')))
      cpSync(path.join(secrets, example), path.join(secrets, example.replace(/\.example$/, '')));
    const rendered = execFileSync('kubectl', ['kustomize', path.join(copy, 'overlays', 'production')], {
      encoding: 'utf8',
    });
    return parseManifests(rendered);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
