// ---------------------------------------------------------------------------------------------
// Runtime Desk worker runtime. Everything below is the same in every generated worker; only RULE
// above changes. It mirrors, line for line, Runtime Desk's C++ RuleEngine, TemplateRenderer and
// NotificationPlanner (src/rules), and a differential test holds the HTTP calls of both equal,
// byte for byte. Uses only ES2021, console and the context: no imports (`jf worker` strips them).
// ---------------------------------------------------------------------------------------------

type RuleField = 'change_type' | 'cluster' | 'namespace' | 'workload' | 'image' | 'registry' | 'build_owner' | 'deployed_by';
type RuleRisk = 'malicious' | 'integrity_violation' | 'untrusted_registry' | 'critical_applicable_cves';

interface RuleNode {
    all?: RuleNode[];
    any?: RuleNode[];
    kind?: 'match' | 'risk' | 'severity_at_least' | 'vulnerabilities_at_least';
    field?: RuleField;
    op?: 'matches' | 'in' | 'not_in';
    pattern?: string;
    values?: string[];
    risk?: RuleRisk;
    severity?: 'Critical' | 'High' | 'Medium' | 'Low';
    count?: number;
}

type PersonRole = 'build_owner' | 'deployed_by';

interface RuleChannelSpec {
    id: string;
    type: 'slack' | 'webhook' | 'email' | 'teams' | 'pagerduty' | 'splunk';
    url_secret?: string;
    signing_secret?: string;
    base_url?: string;
    api_key_secret?: string;
    routing_key_secret?: string;
    token_secret?: string;
    from?: { email: string; name?: string };
    to?: string[];
    to_people?: PersonRole[];
    fallback?: string;
    mention?: PersonRole[];
    severity?: 'critical' | 'error' | 'warning' | 'info';
    sourcetype?: string;
    index?: string;
}

// What the people directory says about a Build Owner or Deployed By (PEOPLE, or the Access API).
interface DirectoryEntry {
    email: string;
    slack_id: string;
}

interface RuleSpec {
    schema: string;
    version: number;
    id: string;
    name: string;
    description: string;
    event: { application: string; action: string };
    criteria: RuleNode;
    message: { title: string; text: string };
    channels: RuleChannelSpec[];
    cooldown_seconds: number;
    dedupe_key: string;
}

interface ImageView {
    name: string;
    tag: string;
    registry: string;
    repository_path: string;
    digest: string;
    architecture: string;
    deployed_by: string;
    build_owner: string;
    build_name: string;
    build_number: string;
    build_repository: string;
    risks: string[];
    bySeverity: number[]; // Unknown, Low, Medium, High, Critical
    total: number;
}

interface EventView {
    changeType: string;
    workloadName: string;
    namespace: string;
    cluster: string;
    nodes: string[];
    workloadRisks: string[];
    vulnerabilitiesCount: unknown;
    images: ImageView[];
}

interface Token {
    kind: 'text' | 'value' | 'start' | 'end';
    text: string; // text, or the fallback of a value
    name: string;
}

interface RenderContext {
    event: EventView;
    now: number;
    image: number;
}

interface PlannedCall {
    channel: string;
    method: string;
    url: string;
    headers: Record<string, string>;
    body: string;
    secrets: string[]; // values to keep out of logs
}

const SEVERITY_NAMES = ['Unknown', 'Low', 'Medium', 'High', 'Critical'];
const RISK_DISPLAY: Record<RuleRisk, string> = {
    malicious: 'Malicious package',
    integrity_violation: 'Integrity violation',
    untrusted_registry: 'Untrusted registry',
    critical_applicable_cves: 'Critical applicable CVEs',
};

// ---- JSON values as the C++ side reads them (EventView, JsText) ----

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field(value: unknown, key: string): unknown {
    return isObject(value) && Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}

function arrayOf(value: unknown): unknown[] {
    return Array.isArray(value) ? value : [];
}

function textOf(value: unknown): string {
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return String(value);
    if (typeof value === 'boolean') return value ? 'true' : 'false';
    return '';
}

function stringsOf(value: unknown): string[] {
    return arrayOf(value).filter((item): item is string => typeof item === 'string');
}

function isAsciiSpace(unit: number): boolean {
    return unit === 32 || (unit >= 9 && unit <= 13);
}

function asciiTrim(text: string): string {
    let begin = 0;
    let end = text.length;
    while (begin < end && isAsciiSpace(text.charCodeAt(begin))) begin++;
    while (end > begin && isAsciiSpace(text.charCodeAt(end - 1))) end--;
    return text.slice(begin, end);
}

function asciiLower(text: string): string {
    return text.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
}

function singleLine(text: string): string {
    return text.replace(/[\u0000-\u001f\u007f]/g, ' ');
}

function clip(text: string, max: number): string {
    const points = Array.from(text);
    return points.length <= max ? text : points.slice(0, max - 1).join('') + '\u2026';
}

function utf8Length(text: string): number {
    let bytes = 0;
    for (const point of Array.from(text)) {
        const cp = point.codePointAt(0) ?? 0;
        bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
    return bytes;
}

// Object keys sorted by UTF-16 code units, no spaces: how both sides name an event.
function canonical(value: unknown): string {
    if (Array.isArray(value)) return '[' + value.map(canonical).join(',') + ']';
    if (isObject(value)) {
        const keys = Object.keys(value).sort();
        return '{' + keys.map((key) => JSON.stringify(key) + ':' + canonical(value[key])).join(',') + '}';
    }
    const text = JSON.stringify(value);
    return text === undefined ? 'null' : text;
}

// ---- the event (EventView) ----

function classifyRisk(raw: string): RuleRisk | undefined {
    const s = asciiLower(asciiTrim(raw));
    if (s.startsWith('malicious')) return 'malicious';
    if (s.startsWith('untrusted')) return 'untrusted_registry';
    if (s.includes('integrity')) return 'integrity_violation';
    if (s.startsWith('critical') && s.includes('applicable')) return 'critical_applicable_cves';
    return undefined;
}

function classifySeverity(raw: string): number {
    const s = asciiLower(asciiTrim(raw));
    if (s === 'critical') return 4;
    if (s === 'high') return 3;
    if (s === 'medium') return 2;
    if (s === 'low') return 1;
    return 0;
}

function viewOf(data: unknown): EventView {
    const workload = field(data, 'workload_changed_object');
    const images: ImageView[] = [];
    for (const entry of arrayOf(field(data, 'image_tags_object'))) {
        if (!isObject(entry)) continue;
        const build = field(entry, 'build_info');
        const image: ImageView = {
            name: textOf(field(entry, 'name')),
            tag: textOf(field(entry, 'tag')),
            registry: textOf(field(entry, 'registry')),
            repository_path: textOf(field(entry, 'repository_path')),
            digest: textOf(field(entry, 'sha256')),
            architecture: textOf(field(entry, 'architecture')),
            deployed_by: textOf(field(entry, 'deployed_by')),
            build_owner: textOf(field(build, 'build_owner')),
            build_name: textOf(field(build, 'build_name')),
            build_number: textOf(field(build, 'build_number')),
            build_repository: textOf(field(build, 'build_repository')),
            risks: stringsOf(field(entry, 'risks')),
            bySeverity: [0, 0, 0, 0, 0],
            total: 0,
        };
        for (const vulnerability of arrayOf(field(entry, 'vulnerabilities'))) {
            if (!isObject(vulnerability)) continue;
            image.bySeverity[classifySeverity(textOf(field(vulnerability, 'severity')))]++;
            image.total++;
        }
        images.push(image);
    }
    return {
        changeType: textOf(field(data, 'change_type')),
        workloadName: textOf(field(workload, 'name')),
        namespace: textOf(field(workload, 'namespace')),
        cluster: textOf(field(workload, 'cluster')),
        nodes: arrayOf(field(workload, 'nodes')).map(textOf).filter((node) => node !== ''),
        workloadRisks: stringsOf(field(workload, 'risks')),
        vulnerabilitiesCount: field(workload, 'vulnerabilities_count'),
        images,
    };
}

function appendNew(list: string[], items: string[]): void {
    for (const item of items) {
        if (!list.includes(item)) list.push(item);
    }
}

function allRisks(event: EventView): string[] {
    const risks: string[] = [];
    appendNew(risks, event.workloadRisks);
    for (const image of event.images) appendNew(risks, image.risks);
    return risks;
}

function riskDisplay(raw: string[]): string {
    const shown: string[] = [];
    for (const spelling of raw) {
        const risk = classifyRisk(spelling);
        const name = risk === undefined ? spelling : RISK_DISPLAY[risk];
        if (name !== '' && !shown.includes(name)) shown.push(name);
    }
    return shown.join(', ');
}

function integrityLine(raw: string[]): string {
    return raw.some((spelling) => classifyRisk(spelling) === 'integrity_violation')
        ? 'Integrity violation' : 'No integrity violation reported';
}

function vulnerabilitySummary(bySeverity: number[], total: number): string {
    if (total === 0) return '';
    const parts: string[] = [];
    for (let s = 4; s >= 0; s--) {
        if (bySeverity[s] > 0) parts.push(`${bySeverity[s]} ${SEVERITY_NAMES[s]}`);
    }
    return `${total} (${parts.join(', ')})`;
}

// ---- criteria (RuleEngine, Glob) ----

function globMatch(pattern: string, text: string): boolean {
    const p = Array.from(pattern);
    const t = Array.from(text);
    let pi = 0;
    let ti = 0;
    let starAt = -1;
    let starText = 0;
    while (ti < t.length) {
        if (pi < p.length && p[pi] === '*') {
            starAt = pi++;
            starText = ti;
        } else if (pi < p.length && (p[pi] === '?' || p[pi] === t[ti])) {
            pi++;
            ti++;
        } else if (starAt >= 0) {
            pi = starAt + 1;
            ti = ++starText;
        } else {
            return false;
        }
    }
    while (pi < p.length && p[pi] === '*') pi++;
    return pi === p.length;
}

function valuesOf(name: RuleField | undefined, event: EventView): string[] {
    switch (name) {
        case 'change_type': return [event.changeType];
        case 'cluster': return [event.cluster];
        case 'namespace': return [event.namespace];
        case 'workload': return [event.workloadName];
        case 'image': return event.images.map((image) => image.name);
        case 'registry': return event.images.map((image) => image.registry);
        case 'build_owner': return event.images.map((image) => image.build_owner);
        case 'deployed_by': return event.images.map((image) => image.deployed_by);
        default: return [];
    }
}

function holds(condition: RuleNode, event: EventView): boolean {
    switch (condition.kind) {
        case 'match': {
            const patterns = condition.op === 'matches' ? [condition.pattern ?? ''] : condition.values ?? [];
            return valuesOf(condition.field, event).some((value) => {
                const listed = patterns.some((pattern) => globMatch(pattern, value));
                return condition.op === 'not_in' ? !listed : listed;
            });
        }
        case 'risk':
            return allRisks(event).some((raw) => classifyRisk(raw) === condition.risk);
        case 'severity_at_least': {
            let worst = -1;
            for (const image of event.images) {
                for (let s = 4; s >= 0; s--) {
                    if (image.bySeverity[s] > 0) {
                        worst = Math.max(worst, s);
                        break;
                    }
                }
            }
            return worst > 0 && worst >= SEVERITY_NAMES.indexOf(condition.severity ?? 'Critical');
        }
        case 'vulnerabilities_at_least': {
            const fromImages = event.images.reduce((sum, image) => sum + image.total, 0);
            const raw = event.vulnerabilitiesCount;
            return Math.max(typeof raw === 'number' ? raw : 0, fromImages) >= (condition.count ?? 0);
        }
        default:
            return false;
    }
}

function evaluate(node: RuleNode, event: EventView, path: string, log: string[]): boolean {
    const children = node.all ?? node.any;
    if (children === undefined) {
        const passed = holds(node, event);
        log.push(`${path}: ${passed ? 'passed' : 'failed'}`);
        return passed;
    }
    const all = node.all !== undefined;
    let result = all;
    children.forEach((child, i) => {
        const passed = evaluate(child, event, `${path}.${all ? 'all' : 'any'}[${i}]`, log);
        result = all ? result && passed : result || passed;
    });
    return result;
}

// ---- message templates (TemplateRenderer) ----

function parseTemplate(text: string): Token[] {
    const tokens: Token[] = [];
    let i = 0;
    while (i < text.length) {
        const open = text.indexOf('{{', i);
        if (open < 0) {
            tokens.push({ kind: 'text', text: text.slice(i), name: '' });
            break;
        }
        if (open > i) tokens.push({ kind: 'text', text: text.slice(i, open), name: '' });
        const close = text.indexOf('}}', open + 2);
        if (close < 0) throw new Error('invalid template');
        const inner = text.slice(open + 2, close);
        const bar = inner.indexOf('|');
        const name = asciiTrim(bar < 0 ? inner : inner.slice(0, bar));
        const fallback = bar < 0 ? '' : asciiTrim(inner.slice(bar + 1));
        i = close + 2;
        if (name.startsWith('#') || name.startsWith('/')) {
            tokens.push({ kind: name.startsWith('#') ? 'start' : 'end', text: '', name: 'images' });
            if (i < text.length && text[i] === '\n') i++;
            continue;
        }
        tokens.push({ kind: 'value', text: fallback, name });
    }
    return tokens;
}

function isoTime(now: number): string {
    return new Date(now * 1000).toISOString().slice(0, 19) + 'Z';
}

function imageValue(image: ImageView, name: string): string {
    switch (name) {
        case 'name': return image.name;
        case 'tag': return image.tag;
        case 'registry': return image.registry;
        case 'repository_path': return image.repository_path;
        case 'digest': return image.digest;
        case 'architecture': return image.architecture;
        case 'deployed_by': return image.deployed_by;
        case 'build_owner': return image.build_owner;
        case 'build_name': return image.build_name;
        case 'build_number': return image.build_number;
        case 'build_repository': return image.build_repository;
        case 'risks': return riskDisplay(image.risks);
        case 'vulnerabilities': return vulnerabilitySummary(image.bySeverity, image.total);
        case 'integrity': return integrityLine(image.risks);
        default: return '';
    }
}

function lookup(name: string, context: RenderContext, image: ImageView | undefined): string {
    const event = context.event;
    if (name.startsWith('image.')) return image === undefined ? '' : imageValue(image, name.slice(6));
    switch (name) {
        case 'rule.name': return RULE.name;
        case 'rule.id': return RULE.id;
        case 'change_type': return event.changeType;
        case 'time': return isoTime(context.now);
        case 'workload.name': return event.workloadName;
        case 'workload.namespace': return event.namespace;
        case 'workload.cluster': return event.cluster;
        case 'workload.nodes': return event.nodes.join(', ');
        case 'workload.risks': return riskDisplay(event.workloadRisks);
        case 'workload.vulnerabilities_count': return textOf(event.vulnerabilitiesCount);
        case 'risks': return riskDisplay(allRisks(event));
        case 'vulnerabilities': {
            const bySeverity = [0, 0, 0, 0, 0];
            let total = 0;
            for (const each of event.images) {
                each.bySeverity.forEach((count, s) => { bySeverity[s] += count; });
                total += each.total;
            }
            return vulnerabilitySummary(bySeverity, total);
        }
        default: return '';
    }
}

function slackEscape(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function render(tokens: Token[], context: RenderContext, slack: boolean): string {
    let out = '';
    const current: ImageView | undefined = context.event.images[context.image];
    const put = (token: Token, image: ImageView | undefined): void => {
        if (token.kind === 'text') {
            out += token.text;
            return;
        }
        const value = lookup(token.name, context, image);
        out += value === '' ? token.text : slack ? slackEscape(value) : value;
    };
    for (let i = 0; i < tokens.length; i++) {
        if (tokens[i].kind !== 'start') {
            put(tokens[i], current);
            continue;
        }
        let end = i + 1;
        while (end < tokens.length && tokens[end].kind !== 'end') end++;
        for (const image of context.event.images) {
            for (let j = i + 1; j < end; j++) put(tokens[j], image);
        }
        i = end;
    }
    return out;
}

// ---- the calls (NotificationPlanner) ----

function isPlausibleEmail(address: string): boolean {
    if (address.length < 3 || address.length > 254) return false;
    const at = address.indexOf('@');
    if (at < 1 || at > 64 || address.indexOf('@', at + 1) >= 0) return false;
    const domain = address.slice(at + 1);
    if (domain === '' || !domain.includes('.') || domain.startsWith('.') || domain.endsWith('.')) return false;
    for (let i = 0; i < address.length; i++) {
        const unit = address.charCodeAt(i);
        if (unit <= 0x20 || unit >= 0x7f || '"(),:;<>[\\]'.includes(address[i])) return false;
    }
    return true;
}

// ---- people (the directory: PEOPLE, then the platform's Access API) ----

function personOf(image: ImageView, role: PersonRole): string {
    return role === 'build_owner' ? image.build_owner : image.deployed_by;
}

function isSlackMemberId(id: string): boolean {
    return /^[UW][A-Z0-9]{2,20}$/.test(id);
}

function addressOf(name: string, people: Map<string, DirectoryEntry>): string {
    const known = people.get(name)?.email ?? '';
    if (isPlausibleEmail(known)) return known;
    // Some build owners are their e-mail address already.
    return isPlausibleEmail(name) ? name : '';
}

function peopleToResolve(event: EventView): string[] {
    const roles: PersonRole[] = [];
    for (const channel of RULE.channels) {
        let used = (channel.type === 'email' ? channel.to_people : channel.mention) ?? [];
        // PagerDuty's custom_details carries both people's addresses.
        if (channel.type === 'pagerduty') used = ['build_owner', 'deployed_by'];
        for (const role of used) {
            if (!roles.includes(role)) roles.push(role);
        }
    }
    const names: string[] = [];
    for (const image of event.images) {
        for (const role of roles) {
            const name = personOf(image, role);
            if (name !== '' && !names.includes(name)) names.push(name);
        }
    }
    return names;
}

// A rejected promise (the platform answers >= 400 that way) and a non-2xx answer both leave the
// name unresolved (docs/jfrog-api.md 3.9).
async function platformUser(context: PlatformContext, name: string): Promise<DirectoryEntry | undefined> {
    try {
        const response = await context.clients.platformHttp.get('/access/api/v2/users/' + encodeURIComponent(name));
        if (response.status < 200 || response.status >= 300) return undefined;
        let data: unknown = response.data;
        if (typeof data === 'string') data = JSON.parse(data);
        const email = field(data, 'email');
        return typeof email === 'string' && email !== '' ? { email, slack_id: '' } : undefined;
    } catch (error: unknown) {
        return undefined;
    }
}

async function directory(context: PlatformContext, event: EventView): Promise<Map<string, DirectoryEntry>> {
    const people = new Map<string, DirectoryEntry>();
    const asked: string[] = [];
    for (const name of peopleToResolve(event)) {
        if (Object.prototype.hasOwnProperty.call(PEOPLE, name)) people.set(name, PEOPLE[name]);
        else asked.push(name);
    }
    const answers = await Promise.all(asked.map((name) => platformUser(context, name)));
    asked.forEach((name, i) => {
        const answer = answers[i];
        if (answer !== undefined) people.set(name, answer);
    });
    if (asked.length > 0) console.log(`people: ${answers.filter((a) => a !== undefined).length} of ${asked.length} resolved by the platform`);
    return people;
}

function mentionLine(channel: RuleChannelSpec, event: EventView, people: Map<string, DirectoryEntry>): string {
    const parts: string[] = [];
    for (const role of channel.mention ?? []) {
        const ids: string[] = [];
        for (const image of event.images) {
            const id = people.get(personOf(image, role))?.slack_id ?? '';
            if (isSlackMemberId(id) && !ids.includes(id)) ids.push(id);
        }
        if (ids.length === 0) continue;
        parts.push((role === 'build_owner' ? 'Build owner: ' : 'Deployed by: ') + ids.map((id) => `<@${id}>`).join(', '));
    }
    return parts.join(' \u00b7 ');
}

function recipients(channel: RuleChannelSpec, event: EventView, now: number, people: Map<string, DirectoryEntry>): string[] {
    const out: string[] = [];
    const seen: string[] = [];
    const add = (address: string): void => {
        const folded = asciiLower(address);
        if (out.length < 1000 && isPlausibleEmail(address) && !seen.includes(folded)) {
            out.push(address);
            seen.push(folded);
        }
    };
    for (const entry of channel.to ?? []) {
        if (!entry.includes('{{')) {
            add(entry);
            continue;
        }
        const tokens = parseTemplate(entry);
        const perImage = tokens.some((token) => token.name.startsWith('image.'));
        const rounds = perImage ? event.images.length : 1;
        for (let i = 0; i < rounds; i++) {
            const context: RenderContext = { event, now, image: i };
            // An address with an empty part (an image without a build owner) is nobody's address.
            const complete = tokens.every((token) => token.kind !== 'value' || token.text !== ''
                || render([token], context, false) !== '');
            if (complete) add(render(tokens, context, false));
        }
    }
    for (const image of event.images) {
        for (const role of channel.to_people ?? []) {
            const name = personOf(image, role);
            if (name === '') continue;
            const address = addressOf(name, people);
            add(address === '' ? channel.fallback ?? '' : address);
        }
    }
    return out;
}

function sha256Hex(context: PlatformContext, text: string): string {
    return asciiLower(context.crypto.hash('sha256', text, 'hex'));
}

// The rule's dedupe key rendered for this event (NotificationPlanner::dedupeValue).
function dedupeValue(event: EventView, now: number): string {
    return render(parseTemplate(RULE.dedupe_key), { event, now, image: 0 }, false);
}

function cooldownKey(context: PlatformContext, event: EventView, now: number): string {
    const key = dedupeValue(event, now);
    return 'rd-cooldown-' + sha256Hex(context, RULE.id + '\n' + key).slice(0, 32);
}

function secretOf(context: PlatformContext, name: string | undefined): string {
    if (name === undefined || name === '') return '';
    try {
        const value: unknown = context.secrets.get(name);
        return typeof value === 'string' ? value : '';
    } catch (error: unknown) {
        return '';
    }
}

function riskList(raw: string[]): Array<{ raw: string; risk: RuleRisk | null }> {
    return raw.map((spelling) => ({ raw: spelling, risk: classifyRisk(spelling) ?? null }));
}

function firedEvent(event: EventView, title: string, text: string, now: number, drill: boolean): unknown {
    const raw = event.vulnerabilitiesCount;
    return {
        type: 'runtime_desk.rule.fired',
        timestamp: isoTime(now),
        ...(drill ? { drill: true } : {}),
        data: {
            rule: { id: RULE.id, name: RULE.name },
            title,
            text,
            change_type: event.changeType,
            workload: {
                name: event.workloadName,
                namespace: event.namespace,
                cluster: event.cluster,
                nodes: event.nodes,
                risks: riskList(event.workloadRisks),
                vulnerabilities_count: typeof raw === 'number' ? raw : null,
            },
            images: event.images.map((image) => ({
                name: image.name,
                tag: image.tag,
                registry: image.registry,
                repository_path: image.repository_path,
                sha256: image.digest,
                architecture: image.architecture,
                deployed_by: image.deployed_by,
                build_owner: image.build_owner,
                build_name: image.build_name,
                build_number: image.build_number,
                build_repository: image.build_repository,
                risks: riskList(image.risks),
                vulnerabilities: {
                    total: image.total,
                    critical: image.bySeverity[4],
                    high: image.bySeverity[3],
                    medium: image.bySeverity[2],
                    low: image.bySeverity[1],
                    unknown: image.bySeverity[0],
                },
            })),
        },
    };
}

// Microsoft Teams workflow: a message with one Adaptive Card attachment.
function teamsBody(event: EventView, title: string, text: string): string {
    const body: unknown[] = [{ type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true }];
    if (text !== '') body.push({ type: 'TextBlock', text, wrap: true });
    const facts: Array<{ title: string; value: string }> = [];
    const fact = (name: string, value: string): void => { facts.push({ title: name, value: value === '' ? 'n/a' : value }); };
    fact('Workload', event.workloadName);
    fact('Namespace', event.namespace);
    fact('Cluster', event.cluster);
    for (const image of event.images) {
        fact('Image', `${image.name}:${image.tag}`);
        fact('Integrity', integrityLine(image.risks));
        fact('Build owner', image.build_owner);
        fact('Deployed by', image.deployed_by);
        fact('Risks', riskDisplay(image.risks));
    }
    body.push({ type: 'FactSet', facts });
    return JSON.stringify({
        type: 'message',
        attachments: [{
            contentType: 'application/vnd.microsoft.card.adaptive',
            contentUrl: null,
            content: { $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', type: 'AdaptiveCard', version: '1.4', body },
        }],
    });
}

// PagerDuty Events API v2: one alert per dedupe key.
function pagerDutyBody(context: PlatformContext, channel: RuleChannelSpec, event: EventView, title: string,
    routingKey: string, now: number, people: Map<string, DirectoryEntry>): string {
    const key = dedupeValue(event, now);
    let dedup = RULE.id + ':' + key;
    if (dedup.length > 255) dedup = RULE.id + ':' + sha256Hex(context, key);
    const source = event.workloadName === '' ? 'runtime-desk' : `${event.cluster}/${event.namespace}/${event.workloadName}`;
    return JSON.stringify({
        routing_key: routingKey,
        event_action: 'trigger',
        dedup_key: dedup,
        payload: {
            summary: clip(title, 1024),
            source,
            severity: channel.severity ?? 'critical',
            timestamp: isoTime(now),
            component: event.images.length === 0 ? '' : event.images[0].name,
            group: event.cluster,
            class: event.changeType,
            custom_details: {
                rule: RULE.name,
                workload: { name: event.workloadName, namespace: event.namespace, cluster: event.cluster },
                images: event.images.map((image) => ({
                    image: `${image.name}:${image.tag}`,
                    digest: image.digest,
                    build_owner: image.build_owner,
                    build_owner_email: people.get(image.build_owner)?.email ?? '',
                    deployed_by: image.deployed_by,
                    deployed_by_email: people.get(image.deployed_by)?.email ?? '',
                    integrity: integrityLine(image.risks),
                    risks: riskDisplay(image.risks),
                })),
                risks: riskDisplay(allRisks(event)),
            },
        },
        client: 'Runtime Desk',
    });
}

// Splunk HTTP Event Collector: the webhook's fired event as the event data.
function splunkBody(channel: RuleChannelSpec, event: EventView, title: string, text: string, now: number,
    drill: boolean): string {
    const envelope: Record<string, unknown> = { time: now, source: 'runtime-desk', sourcetype: channel.sourcetype ?? '' };
    if ((channel.index ?? '') !== '') envelope.index = channel.index;
    envelope.event = firedEvent(event, title, text, now, drill);
    return JSON.stringify(envelope);
}

// A fire drill (NotificationPlanner::isDrill): the boolean true at the event's top level.
function isDrill(data: unknown): boolean {
    return field(data, 'runtime_desk_drill') === true;
}

function plan(context: PlatformContext, data: unknown, event: EventView, now: number,
    people: Map<string, DirectoryEntry>): PlannedCall[] {
    const renderContext: RenderContext = { event, now, image: 0 };
    const titleTokens = parseTemplate(RULE.message.title);
    const textTokens = parseTemplate(RULE.message.text);
    let titlePlain = singleLine(render(titleTokens, renderContext, false));
    let titleSlack = singleLine(render(titleTokens, renderContext, true));
    if (titlePlain === '') {
        titlePlain = singleLine(RULE.name);
        titleSlack = slackEscape(titlePlain);
    }
    if (isDrill(data)) { // every channel's title, subject or header comes from these two
        titlePlain = '[DRILL] ' + titlePlain;
        titleSlack = '[DRILL] ' + titleSlack;
    }
    const textPlain = render(textTokens, renderContext, false);
    const textSlack = render(textTokens, renderContext, true);
    const calls: PlannedCall[] = [];
    for (const channel of RULE.channels) {
        if (channel.type === 'slack') {
            const url = secretOf(context, channel.url_secret);
            if (url === '') continue;
            const blocks: unknown[] = [{ type: 'header', text: { type: 'plain_text', text: clip(titlePlain, 150), emoji: true } }];
            if (textSlack !== '') blocks.push({ type: 'section', text: { type: 'mrkdwn', text: clip(textSlack, 3000) } });
            const mentions = mentionLine(channel, event, people);
            if (mentions !== '') blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: mentions }] });
            calls.push({
                channel: channel.id, method: 'POST', url,
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ text: titleSlack, blocks }),
                secrets: [url],
            });
        } else if (channel.type === 'webhook') {
            const url = secretOf(context, channel.url_secret);
            const key = secretOf(context, channel.signing_secret);
            if (url === '' || utf8Length(key) < 24) continue;
            const id = 'msg_' + sha256Hex(context, RULE.id + '\n' + canonical(data)).slice(0, 32);
            const body = JSON.stringify(firedEvent(event, titlePlain, textPlain, now, isDrill(data)));
            const signature = context.crypto.hmac('sha256', key, `${id}.${now}.${body}`, 'base64');
            calls.push({
                channel: channel.id, method: 'POST', url,
                headers: {
                    'content-type': 'application/json',
                    'webhook-id': id,
                    'webhook-timestamp': String(now),
                    'webhook-signature': 'v1,' + signature,
                },
                body,
                secrets: [url, key],
            });
        } else if (channel.type === 'teams') {
            const url = secretOf(context, channel.url_secret);
            if (url === '') continue;
            calls.push({
                channel: channel.id, method: 'POST', url,
                headers: { 'content-type': 'application/json' },
                body: teamsBody(event, titlePlain, textPlain),
                secrets: [url],
            });
        } else if (channel.type === 'pagerduty') {
            const key = secretOf(context, channel.routing_key_secret);
            if (key === '') continue;
            calls.push({
                channel: channel.id, method: 'POST', url: (channel.base_url ?? '') + '/v2/enqueue',
                headers: { 'content-type': 'application/json' },
                body: pagerDutyBody(context, channel, event, titlePlain, key, now, people),
                secrets: [key],
            });
        } else if (channel.type === 'splunk') {
            const key = secretOf(context, channel.token_secret);
            if (key === '') continue;
            calls.push({
                channel: channel.id, method: 'POST', url: (channel.base_url ?? '') + '/services/collector/event',
                headers: { authorization: 'Splunk ' + key, 'content-type': 'application/json' },
                body: splunkBody(channel, event, titlePlain, textPlain, now, isDrill(data)),
                secrets: [key],
            });
        } else {
            const key = secretOf(context, channel.api_key_secret);
            const to = recipients(channel, event, now, people);
            if (key === '' || to.length === 0) continue;
            const from: { email: string; name?: string } = { email: channel.from?.email ?? '' };
            if ((channel.from?.name ?? '') !== '') from.name = channel.from?.name;
            calls.push({
                channel: channel.id, method: 'POST', url: (channel.base_url ?? '') + '/v3/mail/send',
                headers: { authorization: 'Bearer ' + key, 'content-type': 'application/json' },
                body: JSON.stringify({
                    personalizations: [{ to: to.map((email) => ({ email })) }],
                    from,
                    subject: titlePlain,
                    content: [{ type: 'text/plain', value: textPlain === '' ? titlePlain : textPlain }],
                }),
                secrets: [key],
            });
        }
    }
    return calls;
}

function withoutSecrets(text: string, secrets: string[]): string {
    return secrets.filter((secret) => secret !== '').reduce((out, secret) => out.split(secret).join('\u2022\u2022\u2022'), text);
}

async function send(context: PlatformContext, call: PlannedCall): Promise<boolean> {
    try {
        const response = await context.clients.axios.request({
            method: call.method,
            url: call.url,
            headers: call.headers,
            data: call.body,
            timeout: 5000,
            maxRedirects: 0, // a redirect is a failure (Standard Webhooks); the URL must be updated
            transformRequest: [(body: unknown) => body], // the signed bytes go out unchanged
            validateStatus: null,
        });
        console.log(`${call.channel}: HTTP ${response.status}`);
        return response.status >= 200 && response.status < 300;
    } catch (error: unknown) {
        const message = error instanceof Error ? error.message : String(error);
        console.error(`${call.channel}: ${withoutSecrets(message, call.secrets)}`);
        return false;
    }
}

export default async (context: PlatformContext, data: AfterWorkloadStateChangeRequest): Promise<{ message: string }> => {
    const raw: unknown = data;
    const event = viewOf(raw);
    const log: string[] = [];
    // A drill goes through every channel whatever the criteria and the cooldown, and leaves no state.
    const drill = isDrill(raw);
    if (!drill && !evaluate(RULE.criteria, event, 'criteria', log)) {
        console.log(`not fired: ${log.slice(0, 50).join('; ')}`);
        return { message: 'not fired' };
    }
    const now = Math.floor(Date.now() / 1000);
    const key = cooldownKey(context, event, now);
    if (!drill && RULE.cooldown_seconds > 0) {
        const last = context.state.has(key) ? String(context.state.get(key)) : '';
        if (/^[0-9]{1,15}$/.test(last) && now - Number(last) < RULE.cooldown_seconds) {
            console.log(`suppressed: cooldown of ${RULE.cooldown_seconds} s`);
            return { message: 'suppressed by cooldown' };
        }
    }
    const calls = plan(context, raw, event, now, await directory(context, event));
    const sent = await Promise.all(calls.map((call) => send(context, call)));
    const delivered = sent.filter((ok) => ok).length;
    if (!drill && RULE.cooldown_seconds > 0 && delivered > 0) context.state.set(key, String(now));
    return { message: `${drill ? 'drill' : 'fired'}: ${delivered} of ${calls.length} notifications delivered` };
};
