'use strict';

// The server is TypeScript compiled by the app's own `tsc` into dist/ (see STACK-NOTES).
module.exports = require('../../../dist/src/plugins/engagement/server/src').default;
