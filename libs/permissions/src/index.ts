export * from './roles';
export * from './role-grants';
export * from './access';
export * from './guard';
export * from './queue-access';
