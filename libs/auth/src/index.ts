export * from './caller';
export * from './signing-key';
export * from './token-kinds';
export * from './access-token';
export * from './remote-key-set';
export * from './anonymous-caller';
export * from './verified-token-cache';
export * from './bootstrap-admin';
