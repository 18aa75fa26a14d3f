import { z } from 'zod';
import {
  GATEWAY_PORT,
  parseEnv,
  SERVICE_NAMES,
  SERVICE_PORTS,
  type Env,
  type ServiceName,
} from '@crm/config';

/** Where `npm start` runs each app: `GATEWAY_PORT` and `<SERVICE>_PORT` (e.g. `SALES_PORT`), else DESIGN §7. */
export interface StartPorts {
  gateway: number;
  services: Record<ServiceName, number>;
}

const portVariable = (app: string) => `${app.toUpperCase()}_PORT`;
const port = (fallback: number) => z.coerce.number().int().min(1).max(65_535).default(fallback);

const schema = z.object({
  GATEWAY_PORT: port(GATEWAY_PORT),
  ...Object.fromEntries(
    SERVICE_NAMES.map((service) => [portVariable(service), port(SERVICE_PORTS[service])]),
  ),
});

export function loadStartPorts(env: Env = process.env): StartPorts {
  const parsed = parseEnv(schema, env) as Record<string, number>;
  return {
    gateway: parsed.GATEWAY_PORT,
    services: Object.fromEntries(
      SERVICE_NAMES.map((service) => [service, parsed[portVariable(service)]]),
    ) as Record<ServiceName, number>,
  };
}

/** The environment of one subgraph process: its port and where the gateway publishes its keys. */
export function serviceAddressEnv(service: ServiceName, ports: StartPorts): Record<string, string> {
  return {
    PORT: String(ports.services[service]),
    GATEWAY_JWKS_URL: `http://127.0.0.1:${ports.gateway}/.well-known/jwks.json`,
  };
}

/** The gateway's environment: its port, each subgraph's URL and identity's keys. */
export function gatewayAddressEnv(ports: StartPorts): Record<string, string> {
  return {
    PORT: String(ports.gateway),
    IDENTITY_JWKS_URL: `http://127.0.0.1:${ports.services.identity}/.well-known/jwks.json`,
    ...Object.fromEntries(
      SERVICE_NAMES.map((service) => [
        `${service.toUpperCase()}_URL`,
        `http://127.0.0.1:${ports.services[service]}/graphql`,
      ]),
    ),
  };
}
