// Runs a generated worker.ts the way the Workers platform would, against many events, and prints
// every HTTP call it makes. Used by tests/integration/tst_workergenerator (the differential test
// against NotificationPlanner); not shipped.
//
//   node run-worker.mjs --worker worker.ts --events events.json --secrets secrets.json --time SECONDS
//                       [--shared-state] [--status CODE] [--platform-http [--platform-status CODE,...]]
//                       [--users users.json]
//
// The worker is transpiled with the pinned `typescript` and run in a fresh V8 context that has the
// ES2021 built-ins, console and nothing else (no fetch, Buffer, setTimeout, TextEncoder, require),
// with Date.now fixed to --time. Its context.clients.axios records each request exactly as the
// worker built it; context.crypto is node:crypto; context.state is a Map (fresh for every event
// unless --shared-state). With --platform-http (the owner trail's collector writes with it),
// context.clients.platformHttp.put is recorded the same way into platform_calls; without it, as for
// every rule worker, and for every other platformHttp method, a call is an error. Its answers follow
// --platform-status, one code per put in order, the last repeating (default 200): as the real client
// does, a code >= 400 rejects with {message, status}, and 0 rejects with an Error that has no status
// (no response at all). context.clients.platformHttp.get answers GET /access/api/v2/users/{name} from
// --users ({name: {status, body}}; status 0 rejects without a status, >= 400 rejects as above; a name
// not listed is a 404), records each get in platform_calls, and refuses every other path.
// Output: [{message, error, calls: [{method, url, headers: [[name, value]], body_base64}],
// platform_calls: [{method, url, headers, body_base64}], logs: [..], state_keys: [..]}], one entry per
// event; state_keys is what context.state holds after it.
import { createHash, createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import vm from 'node:vm';

const require = createRequire(import.meta.url);
const ts = require('typescript');

function option(name, fallback) {
    const at = process.argv.indexOf(`--${name}`);
    if (at < 0) {
        if (fallback === undefined) throw new Error(`missing --${name}`);
        return fallback;
    }
    return process.argv[at + 1];
}

const source = readFileSync(option('worker'), 'utf8');
const events = JSON.parse(readFileSync(option('events'), 'utf8'));
const secrets = JSON.parse(readFileSync(option('secrets'), 'utf8'));
const nowMs = Number(option('time')) * 1000;
const status = Number(option('status', '200'));
const sharedState = process.argv.includes('--shared-state');
const platformHttp = process.argv.includes('--platform-http');
const platformStatuses = option('platform-status', '200').split(',').map(Number);
const usersFile = option('users', '');
const users = usersFile === '' ? {} : JSON.parse(readFileSync(usersFile, 'utf8'));
let platformCallCount = 0; // across events, so that one list can fail a put of a later event

const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2021 },
}).outputText;

const logs = [];
const sandbox = vm.createContext({
    console: {
        log: (...args) => logs.push(args.join(' ')),
        info: (...args) => logs.push(args.join(' ')),
        warn: (...args) => logs.push(args.join(' ')),
        error: (...args) => logs.push(args.join(' ')),
    },
});
vm.runInContext(`Date.now = () => ${nowMs};`, sandbox);
const load = vm.runInContext(`(function (exports, module) {\n${js}\n})`, sandbox, { filename: 'worker.js' });
const module = { exports: {} };
load(module.exports, module);
const worker = module.exports.default;
if (typeof worker !== 'function') throw new Error('worker.ts has no default export function');

const digestEncodings = ['hex', 'base64'];
const algorithms = ['sha256', 'sha512'];
function checkCrypto(algorithm, encoding) {
    if (!algorithms.includes(algorithm) || !digestEncodings.includes(encoding))
        throw new Error(`crypto: unsupported ${algorithm}/${encoding}`);
}

function platformPut(platformCalls) {
    return async (endpoint, requestData, headers) => {
        if (typeof requestData !== 'string') throw new Error('the worker sent a body that is not a string');
        platformCalls.push({
            method: 'PUT',
            url: endpoint,
            headers: Object.entries(headers ?? {}),
            body_base64: Buffer.from(requestData, 'utf8').toString('base64'),
        });
        const code = platformStatuses[Math.min(platformCallCount++, platformStatuses.length - 1)];
        if (code === 0) throw new Error('socket hang up');
        if (code >= 400) throw Object.assign(new Error(`Request failed with status code ${code}`), { status: code });
        return { status: code, headers: {}, data: {} };
    };
}

function platformGet(platformCalls) {
    const prefix = '/access/api/v2/users/';
    return async (endpoint, headers) => {
        platformCalls.push({ method: 'GET', url: endpoint, headers: Object.entries(headers ?? {}), body_base64: '' });
        if (typeof endpoint !== 'string' || !endpoint.startsWith(prefix)) throw new Error(`the worker called platformHttp.get ${endpoint}`);
        const name = decodeURIComponent(endpoint.slice(prefix.length));
        const answer = Object.prototype.hasOwnProperty.call(users, name) ? users[name] : { status: 404 };
        if (answer.status === 0) throw new Error('socket hang up');
        if (answer.status >= 400) throw Object.assign(new Error(`Request failed with status code ${answer.status}`), { status: answer.status });
        return { status: answer.status, headers: {}, data: answer.body };
    };
}

function fakeContext(calls, state, platformCalls) {
    const unexpected = (what) => () => { throw new Error(`the worker called ${what}`); };
    const request = async (config) => {
        if (typeof config.data !== 'string') throw new Error('the worker sent a body that is not a string');
        let body = config.data;
        for (const transform of config.transformRequest ?? []) body = transform(body, config.headers);
        if (body !== config.data) throw new Error('transformRequest changed the body');
        calls.push({
            method: config.method,
            url: config.url,
            headers: Object.entries(config.headers ?? {}),
            body_base64: Buffer.from(body, 'utf8').toString('base64'),
            timeout: config.timeout,
            maxRedirects: config.maxRedirects,
        });
        return { status, statusText: '', headers: {}, data: {} };
    };
    return {
        clients: {
            platformHttp: { get: platformGet(platformCalls), post: unexpected('platformHttp'), put: platformHttp ? platformPut(platformCalls) : unexpected('platformHttp'),
                patch: unexpected('platformHttp'), delete: unexpected('platformHttp'), request: unexpected('platformHttp') },
            axios: { request, get: unexpected('axios.get'), post: unexpected('axios.post'), put: unexpected('axios.put'),
                delete: unexpected('axios.delete'), head: unexpected('axios.head'), patch: unexpected('axios.patch') },
        },
        secrets: { get: (key) => (Object.prototype.hasOwnProperty.call(secrets, key) ? secrets[key] : undefined) },
        properties: { get: () => undefined },
        baseUrl: 'https://platform.invalid',
        platformToken: 'token',
        state: {
            get: (key) => state.get(key),
            set: (key, value) => { state.set(key, typeof value === 'string' ? value : JSON.stringify(value)); },
            has: (key) => state.has(key),
            delete: (key) => { state.delete(key); },
            clear: () => state.clear(),
            getAll: () => Object.fromEntries(state),
        },
        crypto: {
            hash: (algorithm, data, encoding) => {
                checkCrypto(algorithm, encoding);
                return createHash(algorithm).update(data, 'utf8').digest(encoding);
            },
            hmac: (algorithm, key, data, encoding) => {
                checkCrypto(algorithm, encoding);
                if (typeof key !== 'string') throw new Error('crypto.hmac: the key must be a string');
                return createHmac(algorithm, key).update(data, 'utf8').digest(encoding);
            },
            randomBytes: unexpected('crypto.randomBytes'),
        },
        wait: async () => undefined,
        getRemainingExecutionTime: () => 6000,
    };
}

const results = [];
const state = new Map();
for (const event of events) {
    if (!sharedState) state.clear();
    const calls = [];
    const platformCalls = [];
    logs.length = 0;
    let message = null;
    let error = null;
    try {
        const result = await worker(fakeContext(calls, state, platformCalls), event);
        message = result.message;
    } catch (e) {
        error = String(e && e.stack ? e.stack : e);
    }
    results.push({ message, error, calls, platform_calls: platformCalls, logs: [...logs], state_keys: [...state.keys()] });
}
process.stdout.write(JSON.stringify(results));
