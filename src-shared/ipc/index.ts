export * from './api';
export * from './contract';
export * from './documents';
export * from './envelope';
export * from './infographic';
