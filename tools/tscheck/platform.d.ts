// The Workers runtime as a worker sees it, written by hand from docs/jfrog-api.md 4.2
// (the jfrog-workers package, v0.18.0) and 4.3 (the AFTER_WORKLOAD_STATE_CHANGE payload).
// The generated worker.ts is type-checked against these declarations, not against anything
// Runtime Desk generates, so a drift between generator and platform shows up here.
// Global on purpose: the platform supplies these types to uploaded code, which has no imports.

// The runtime's console: what a worker logs lands in its execution history.
interface Console {
    log(...data: any[]): void;
    info(...data: any[]): void;
    warn(...data: any[]): void;
    error(...data: any[]): void;
    debug(...data: any[]): void;
}
declare var console: Console;

interface PlatformHttpResponse {
    status: number;
    headers: Record<string, string>;
    data: any;
}

interface PlatformHttpClientError {
    message: string;
    status: number;
}

// Calls the platform itself with an admin token; throws PlatformHttpClientError on status >= 400.
interface PlatformHttpClient {
    get(endpoint: string, headers?: Record<string, string>): Promise<PlatformHttpResponse>;
    post(endpoint: string, requestData?: any, headers?: Record<string, string>): Promise<PlatformHttpResponse>;
    put(endpoint: string, requestData?: any, headers?: Record<string, string>): Promise<PlatformHttpResponse>;
    patch(endpoint: string, requestData?: any, headers?: Record<string, string>): Promise<PlatformHttpResponse>;
    delete(endpoint: string, headers?: Record<string, string>): Promise<PlatformHttpResponse>;
    request(method: string, endpoint: string, headers?: Record<string, string>, data?: any): Promise<PlatformHttpResponse>;
}

// The subset of axios's request config and response the workers use (axios documents more).
interface AxiosRequestConfig {
    url?: string;
    method?: string;
    headers?: Record<string, string>;
    data?: any;
    timeout?: number;
    maxRedirects?: number;
    transformRequest?: Array<(data: any, headers: any) => any>;
    validateStatus?: ((status: number) => boolean) | null;
}

interface AxiosResponse {
    status: number;
    statusText: string;
    headers: Record<string, string>;
    data: any;
}

// context.clients.axios: Pick<AxiosInstance, 'get'|'put'|'post'|'delete'|'head'|'patch'|'request'>.
interface PlatformAxios {
    get(url: string, config?: AxiosRequestConfig): Promise<AxiosResponse>;
    delete(url: string, config?: AxiosRequestConfig): Promise<AxiosResponse>;
    head(url: string, config?: AxiosRequestConfig): Promise<AxiosResponse>;
    post(url: string, data?: any, config?: AxiosRequestConfig): Promise<AxiosResponse>;
    put(url: string, data?: any, config?: AxiosRequestConfig): Promise<AxiosResponse>;
    patch(url: string, data?: any, config?: AxiosRequestConfig): Promise<AxiosResponse>;
    request(config: AxiosRequestConfig): Promise<AxiosResponse>;
}

interface PlatformClients {
    platformHttp: PlatformHttpClient;
    axios: PlatformAxios;
}

interface PlatformSecrets {
    get(secretKey: string): string;
}

interface PlatformProperties {
    get(propertyKey: string): string;
}

// Persists between runs of one worker; not safe under concurrent runs.
interface StateManager {
    get(key: string): string;
    set(key: string, value: any): void;
    has(key: string): boolean;
    delete(key: string): void;
    clear(): void;
    getAll(): Record<string, string>;
}

type PlatformHashAlgorithm = 'sha256' | 'sha512';
type PlatformDigestEncoding = 'hex' | 'base64';

// sha256 or sha512; the key of hmac is a string (docs/jfrog-api.md 4.2).
interface PlatformCrypto {
    hash(algorithm: PlatformHashAlgorithm, data: string, encoding: PlatformDigestEncoding): string;
    hmac(algorithm: PlatformHashAlgorithm, key: string, data: string, encoding: PlatformDigestEncoding): string;
    randomBytes(size: number, encoding: PlatformDigestEncoding): string;
}

interface PlatformContext {
    clients: PlatformClients;
    secrets: PlatformSecrets;
    properties: PlatformProperties;
    baseUrl: string;
    platformToken: string;
    state: StateManager;
    crypto: PlatformCrypto;
    wait(delayMs: number): Promise<void>;
    getRemainingExecutionTime(): number;
}

// docs/jfrog-api.md 4.3, from the workers-sample runtime-alerting types.
interface AfterWorkloadStateChangeRequest {
    change_type: string;
    workload_changed_object: WorkloadChangedObject;
    image_tags_object: ImageTagsObject[];
}

interface WorkloadChangedObject {
    name: string;
    namespace: string;
    cluster: string;
    nodes: string[];
    risks: string[];
    vulnerabilities_count: number;
}

interface ImageTagsObject {
    name: string;
    registry: string;
    repository_path: string;
    architecture: string;
    tag: string;
    sha256: string;
    risks: string[];
    vulnerabilities?: Vulnerability[];
    malicious_packages: any;
    deployed_by: string;
    build_info: BuildInfo;
}

interface Vulnerability {
    package_type: string;
    xray_id: string;
    cve_id: string;
    severity: string;
    cvss_v2: string;
    cvss_v3: string;
    last_fetched: string;
    issue_kind: number;
    applicability: string;
    components: Component[];
}

interface Component {
    component_id: string;
    name: string;
    version: string;
}

interface BuildInfo {
    build_owner: string;
    build_name: string;
    build_number: string;
    build_repository: string;
}
