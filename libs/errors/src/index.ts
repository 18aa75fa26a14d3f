export * from './error-code';
export * from './crm-error';
