export * from './services';
export * from './config-error';
export * from './parse-env';
export * from './infrastructure-config';
export * from './service-config';
export * from './gateway-config';
export * from './mail-config';
