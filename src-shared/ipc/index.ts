export * from './contract';
export * from './envelope';
