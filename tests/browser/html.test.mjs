// Every page of the built site is valid HTML by the Nu Html Checker (vnu-jar, run with the
// machine's Java).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {createRequire} from 'node:module';
import {siteDir, htmlPages} from './harness.mjs';

const require = createRequire(import.meta.url);

test('the Nu Html Checker finds no errors in any page', () => {
  const jar = require('vnu-jar');
  const files = htmlPages().map((page) => `${siteDir}/${page}`);
  assert.ok(files.length > 100, `only ${files.length} pages`);
  let output = '';
  try {
    output = execFileSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files],
                          {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20});
  } catch (error) {
    output = error.stderr || error.stdout || String(error);
  }
  const messages = output.trim() ? JSON.parse(output).messages : [];
  const errors = messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
  assert.deepEqual(errors.map((m) => `${m.url.replace('file:' + siteDir + '/', '')}:${m.lastLine}: ${m.message}`), []);
});
