export * from './api';
export * from './contract';
export * from './envelope';
