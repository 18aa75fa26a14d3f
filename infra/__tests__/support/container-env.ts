import type { KubernetesObject } from './kubernetes-schemas';

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: {
    secretKeyRef?: { name: string; key: string; optional?: boolean };
    configMapKeyRef?: { name: string; key: string };
  };
}

export interface Container {
  name: string;
  image: string;
  ports?: { name?: string; containerPort: number }[];
  env?: EnvVar[];
  envFrom?: { configMapRef?: { name: string } }[];
  readinessProbe?: { httpGet?: { path: string; port: string | number } };
  livenessProbe?: { httpGet?: { path: string; port: string | number } };
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
}

const named = (objects: KubernetesObject[], kind: string, name: string) => {
  const found = objects.find((object) => object.kind === kind && object.metadata.name === name);
  if (!found) throw new Error(`no ${kind} named ${name} in the manifests`);
  return found;
};

const secretValue = (objects: KubernetesObject[], name: string, key: string): string | undefined => {
  const data = (named(objects, 'Secret', name).data ?? {}) as Record<string, string>;
  return data[key] === undefined ? undefined : Buffer.from(data[key], 'base64').toString('utf8');
};

const configValue = (objects: KubernetesObject[], name: string, key: string): string | undefined =>
  ((named(objects, 'ConfigMap', name).data ?? {}) as Record<string, string>)[key];

/**
 * The environment the container gets, as the kubelet builds it: envFrom ConfigMaps first, then
 * env, each reference resolved in `objects`. A reference to a missing key throws, unless optional.
 */
export function resolveContainerEnv(
  container: Container,
  objects: KubernetesObject[],
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const source of container.envFrom ?? [])
    if (source.configMapRef)
      Object.assign(
        env,
        named(objects, 'ConfigMap', source.configMapRef.name).data as Record<string, string>,
      );
  for (const variable of container.env ?? []) {
    const { secretKeyRef, configMapKeyRef } = variable.valueFrom ?? {};
    const value = secretKeyRef
      ? secretValue(objects, secretKeyRef.name, secretKeyRef.key)
      : configMapKeyRef
        ? configValue(objects, configMapKeyRef.name, configMapKeyRef.key)
        : variable.value;
    if (value === undefined && !secretKeyRef?.optional)
      throw new Error(`${container.name}: ${variable.name} names a key that is not there`);
    if (value !== undefined) env[variable.name] = value;
  }
  return env;
}
