export * from './read-model-store.port';
export * from './sqlite/sqlite-read-model-store';
export * from './mongodb/mongo-read-model-store';
export * from './projection';
export * from './projector';
export * from './society/society.view';
export * from './consistency';
