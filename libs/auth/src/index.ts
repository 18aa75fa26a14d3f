export * from './caller';
export * from './access-token';
