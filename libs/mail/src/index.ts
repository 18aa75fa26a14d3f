export * from './mail-refusal';
export * from './message-id';
export * from './inbound-mail';
export * from './mail-listener';
export * from './mail-sender';
export * from './mail-catcher';
