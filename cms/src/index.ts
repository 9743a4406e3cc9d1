export * from './schemas.js';
export * from './client.js';
export * from './registration.js';
export * from './preview.js';
export * from './visitor-address.js';
export * from './safe-url.js';
