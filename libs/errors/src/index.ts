export * from './error-code';
export * from './crm-error';
export * from './input-problems';
export * from './unstorable-text';
