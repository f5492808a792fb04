// Three cloud functions share this feature; each table lives beside its actions, so a function's bundle
// holds only its own (cloud/functions/<name>/index.ts imports the file, not this index).
export { crmFunction } from './actions';
export { statsFunction } from './stats';
export { exportFunction } from './export';
