/** The domain services of the platform and their default ports (DESIGN §7). */
export const SERVICE_PORTS = {
  identity: 4001,
  customer: 4002,
  sales: 4003,
  service: 4004,
  marketing: 4005,
  analytics: 4006,
  notification: 4007,
} as const;

export type ServiceName = keyof typeof SERVICE_PORTS;

export const SERVICE_NAMES = Object.keys(SERVICE_PORTS) as ServiceName[];

export const GATEWAY_PORT = 4000;

export function isServiceName(name: string): name is ServiceName {
  return name in SERVICE_PORTS;
}

/** The login role that owns a service's schema (DESIGN §5). */
export function databaseRoleOf(service: ServiceName): string {
  return `crm_${service}`;
}
