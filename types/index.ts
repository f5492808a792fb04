export * from './errors';
export * from './shop';
export * from './product';
export * from './validation';
export * from './text';
export * from './functions';
export * from './order';
export * from './catalog';
