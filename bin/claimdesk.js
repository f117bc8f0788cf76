#!/usr/bin/env node
// Runs the claimdesk CLI from its TypeScript source through tsx, so `npx claimdesk` works
// right after `npm ci` with no separate build step for the command line.
'use strict';
const path = require('node:path');
const { register } = require('tsx/cjs/api');

register();
require(path.join(__dirname, '..', 'src', 'main', 'cli', 'index.ts'));
