// Runs a generated worker project's worker.spec.ts with a minimal stand-in for jest (describe, it,
// expect().toEqual/toBe), in a fresh V8 context like run-worker.mjs. Exit status 0 when every test
// passed; prints one line per test. Used by tests/integration/tst_workergenerator; not shipped.
//
//   node run-spec.mjs DIR
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

const require = createRequire(import.meta.url);
const ts = require('typescript');
const directory = process.argv[2];

function transpile(file) {
    const source = readFileSync(path.join(directory, file), 'utf8');
    return ts.transpileModule(source, {
        compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2021, esModuleInterop: true },
    }).outputText;
}

function canonical(value) {
    if (Array.isArray(value)) return '[' + value.map(canonical).join(',') + ']';
    if (value !== null && typeof value === 'object') {
        return '{' + Object.keys(value).sort().map((k) => JSON.stringify(k) + ':' + canonical(value[k])).join(',') + '}';
    }
    return JSON.stringify(value) ?? 'undefined';
}

const tests = [];
const sandbox = vm.createContext({
    console: { log() {}, info() {}, warn() {}, error() {} },
    describe: (name, body) => body(),
    it: (name, body) => tests.push({ name, body }),
    expect: (actual) => ({
        toEqual(expected) {
            if (canonical(actual) !== canonical(expected))
                throw new Error(`expected ${canonical(expected).slice(0, 2000)}\n     got ${canonical(actual).slice(0, 2000)}`);
        },
        toBe(expected) {
            if (!Object.is(actual, expected)) throw new Error(`expected ${expected}, got ${actual}`);
        },
    }),
});
const modules = {};
function load(file) {
    const module = { exports: {} };
    const fn = vm.runInContext(`(function (exports, module, require) {\n${transpile(file)}\n})`, sandbox, { filename: file });
    fn(module.exports, module, (id) => {
        if (id === './worker') return modules.worker;
        throw new Error(`the spec requires ${id}`);
    });
    return module.exports;
}
modules.worker = load('worker.ts');
load('worker.spec.ts');

let failed = 0;
for (const test of tests) {
    try {
        await test.body();
        console.log(`ok   ${test.name}`);
    } catch (e) {
        failed++;
        console.log(`FAIL ${test.name}: ${e && e.message ? e.message : e}`);
    }
}
if (tests.length === 0) {
    console.log('FAIL no tests');
    failed = 1;
}
process.exit(failed === 0 ? 0 : 1);
