'use strict';

// The server is TypeScript compiled by the app's own `tsc` into dist/ (see src/plugins/README.md).
module.exports = require('../../../dist/src/plugins/{{id}}/server/src').default;
