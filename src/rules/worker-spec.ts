// Runtime Desk: a test generated with this worker. The worker runs against the documented
// AFTER_WORKLOAD_STATE_CHANGE sample event (and a quiet variant of it) with stand-in secrets, a fixed
// clock and a fake context, and must make exactly the calls Runtime Desk planned for the rule
// @RULE_NAME@. Run it with `npm install && npm test` (jest, as `jf worker init` projects do).
// This file is not uploaded: `jf worker deploy` sends worker.ts only.
import runWorker from './worker';

interface RecordedCall {
    method: string;
    url: string;
    headers: Record<string, string>;
    body: string;
}

interface SpecCase {
    name: string;
    event: AfterWorkloadStateChangeRequest;
    calls: RecordedCall[];
    message: string;
}

const NOW = @NOW@;

const SECRETS: Record<string, string> = @SECRETS@;

// [kind, key, data, output]: the only inputs the worker may hash or sign, with their results.
const CRYPTO: Array<[string, string, string, string]> = @CRYPTO@;

const CASES: SpecCase[] = @CASES@;

function answer(kind: string, key: string, data: string): string {
    const hit = CRYPTO.find((entry) => entry[0] === kind && entry[1] === key && entry[2] === data);
    if (hit === undefined) throw new Error(`the worker computed an unexpected ${kind}`);
    return hit[3];
}

function unexpected(what: string): never {
    throw new Error(`the worker called ${what}`);
}

function fakeContext(calls: RecordedCall[]): PlatformContext {
    const state = new Map<string, string>();
    const platformCall = (): Promise<PlatformHttpResponse> => unexpected('the platform');
    const axiosCall = (): Promise<AxiosResponse> => unexpected('an axios shortcut');
    return {
        clients: {
            platformHttp: {
                // Nobody is a platform user here: the spec's plan resolves no one either.
                get: (endpoint: string): Promise<PlatformHttpResponse> => (endpoint.startsWith('/access/api/v2/users/')
                    ? Promise.reject({ message: 'Request failed with status code 404', status: 404 })
                    : unexpected('the platform')),
                post: platformCall, put: platformCall,
                patch: platformCall, delete: platformCall, request: platformCall,
            },
            axios: {
                get: axiosCall, delete: axiosCall, head: axiosCall, post: axiosCall, put: axiosCall, patch: axiosCall,
                request: async (config: AxiosRequestConfig): Promise<AxiosResponse> => {
                    calls.push({
                        method: String(config.method),
                        url: String(config.url),
                        headers: { ...(config.headers ?? {}) },
                        body: String(config.data),
                    });
                    return { status: 200, statusText: 'OK', headers: {}, data: {} };
                },
            },
        },
        secrets: { get: (key: string): string => SECRETS[key] ?? '' },
        properties: { get: (): string => '' },
        baseUrl: 'https://example.invalid',
        platformToken: 'spec-token',
        state: {
            get: (key: string): string => state.get(key) ?? '',
            set: (key: string, value: unknown): void => { state.set(key, typeof value === 'string' ? value : JSON.stringify(value)); },
            has: (key: string): boolean => state.has(key),
            delete: (key: string): void => { state.delete(key); },
            clear: (): void => state.clear(),
            getAll: (): Record<string, string> => Object.fromEntries(state),
        },
        crypto: {
            hash: (algorithm: string, data: string, encoding: string): string =>
                algorithm === 'sha256' && encoding === 'hex' ? answer('hash', '', data) : unexpected(`crypto.hash(${algorithm}, ${encoding})`),
            hmac: (algorithm: string, key: string, data: string, encoding: string): string =>
                algorithm === 'sha256' && encoding === 'base64' ? answer('hmac', key, data) : unexpected(`crypto.hmac(${algorithm}, ${encoding})`),
            randomBytes: (): string => unexpected('crypto.randomBytes'),
        },
        wait: async (): Promise<void> => undefined,
        getRemainingExecutionTime: (): number => 5000,
    };
}

describe(`Runtime Desk worker ${@RULE_NAME@}`, () => {
    for (const testCase of CASES) {
        it(`makes the planned calls for ${testCase.name}`, async () => {
            const calls: RecordedCall[] = [];
            const realNow = Date.now;
            Date.now = (): number => NOW * 1000;
            try {
                const result = await runWorker(fakeContext(calls), testCase.event);
                expect(calls).toEqual(testCase.calls);
                expect(result.message).toBe(testCase.message);
            } finally {
                Date.now = realNow;
            }
        });
    }
});
