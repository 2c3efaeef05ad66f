// node-notifier's place in the shell test: the recording stand-in that the stub 'electron' keeps with its state.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- it stands in for a CommonJS module */
module.exports = require('./stub-electron.cjs').__stub.nodeNotifier;
