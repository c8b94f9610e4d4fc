// A JFrog-shaped HTTPS platform that is NOT Runtime Desk's demo platform: an independent
// implementation in Node.js that serves a deterministic estate and exercises every CONFLICT
// variant of docs/jfrog-api.md 3 from page to page. Used by tst_otherplatform.
//
//   node server.mjs --cert C --key K --token T --tags N --expected OUT.json
// prints "listening <port>" once ready; writes the tags it serves to OUT.json.
import https from 'node:https';
import fs from 'node:fs';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, value, i, all) => {
    if (value.startsWith('--')) pairs.push([value.slice(2), all[i + 1]]);
    return pairs;
}, []));
const token = args.token;
const total = Number(args.tags || 250);

// A small linear congruential generator: the estate is the same on every run.
let seed = 12345;
const rand = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
const registries = ['docker.io', 'acme.jfrog.io', 'ghcr.io'];
const severities = ['Critical', 'High', 'Medium', 'Low'];
const tags = [];
for (let i = 0; i < total; i++) {
    // Every sixth row is the previous tag built for its other architecture: same registry, repository
    // path, name and tag, its own digest, as real platforms send multi-architecture tags.
    const sibling = i % 6 === 5 ? tags[tags.length - 1] : null;
    const registry = sibling ? sibling.registry : registries[rand(registries.length)];
    const vulnerabilities = [];
    for (let v = 0; v < rand(4); v++) {
        vulnerabilities.push({ cve_id: `CVE-2025-${1000 + rand(9000)}`, xray_id: `XRAY-${rand(99999)}`,
            severity: severities[rand(4)], cvss_v2: '5.0', cvss_v3: (rand(100) / 10).toFixed(1),
            applicability: rand(2) ? 'applicable' : 'not_applicable',
            components: [{ name: `lib${rand(50)}`, version: `1.${rand(9)}.0`, cid: `npm://lib${i}:${v}` }] });
    }
    const risks = [];
    if (registry === 'docker.io' || registry === 'ghcr.io') risks.push('untrusted_registry');
    if (i % 17 === 0) risks.push('integrity_violation');
    if (i % 41 === 0) risks.push('malicious');
    tags.push({
        name: sibling ? sibling.name : `svc-${Math.floor(i / 3)}`, tag: sibling ? sibling.tag : `v${i % 3}.${i}`,
        architecture: sibling ? (sibling.architecture === 'amd64' ? 'arm64' : 'amd64') : (rand(2) ? 'amd64' : 'arm64'),
        registry, repository_path: sibling ? sibling.repository_path : `team${i % 5}/svc-${Math.floor(i / 3)}`,
        image_digest: Array.from({ length: 64 }, () => '0123456789abcdef'[rand(16)]).join(''),
        runtime_status: ['running', 'stopped', 'unknown'][rand(3)], scan_info: { sca: true }, risks, vulnerabilities,
        malicious_packages: i % 41 === 0 ? [{ xray_id: 'XRAY-198184', components: [{ cid: 'pypi://ecopower:1.3', name: 'ecopower', version: '1.3' }] }] : [],
        workloads: [{ name: `wl-${i}`, namespace: ['production', 'staging'][i % 2], cluster: ['eu-prod', 'us-prod'][i % 2] }],
    });
}

// Page p (0-based) of `limit` rows, in the variant this page uses.
function tagsPage(p, limit) {
    const rows = tags.slice(p * limit, (p + 1) * limit).map((t, i) => {
        const row = structuredClone(t);
        const comp = (c) => (p % 2 ? { component_id: c.cid, name: c.name, version: c.version } : { id: c.cid, name: c.name, version: c.version });
        row.vulnerabilities = row.vulnerabilities.map((v) => ({ ...v, components: v.components.map(comp) }));
        row.malicious_packages = row.malicious_packages.length ? row.malicious_packages.map((m) => ({ ...m, components: m.components.map(comp) }))
            : (p % 3 === 1 ? null : []);
        if (p % 4 === 2 && i % 2 === 0) delete row.image_digest; // older examples have no digest
        return row;
    });
    const more = (p + 1) * limit < tags.length;
    const body = {};
    body[p % 2 ? 'images_tags' : 'image_tags'] = rows;
    body.pagination = { limit, ...(more ? { next_key: p % 3 === 0 ? String(p + 1) : `k-${p + 1}` } : {}) };
    if (p % 2) body.pagination.total_count = tags.length; else body.total_count = tags.length;
    return body;
}

function cursor(key) {
    if (!key) return 0;
    const n = Number(String(key).replace(/^k-/, ''));
    return Number.isInteger(n) && n > 0 ? n : -1;
}

// `sibling`: the row shares its registry, repository path, name and tag with another (another architecture).
const shared = new Map();
for (const t of tags) {
    const k = `${t.registry}/${t.repository_path}/${t.name}:${t.tag}`;
    shared.set(k, (shared.get(k) || 0) + 1);
}
fs.writeFileSync(args.expected, JSON.stringify(tags.map((t) => ({ registry: t.registry, repository_path: t.repository_path,
    name: t.name, tag: t.tag, architecture: t.architecture, vulnerabilities: t.vulnerabilities.length, risks: t.risks,
    sibling: shared.get(`${t.registry}/${t.repository_path}/${t.name}:${t.tag}`) > 1 })), null, 1));

const server = https.createServer({ cert: fs.readFileSync(args.cert), key: fs.readFileSync(args.key) }, (req, res) => {
    let raw = '';
    req.on('data', (c) => { raw += c; });
    req.on('end', () => {
        const send = (status, body) => { res.writeHead(status, { 'Content-Type': 'application/json' }); res.end(JSON.stringify(body)); };
        if (req.headers.authorization !== `Bearer ${token}`) return send(401, { errors: [{ status: 401, message: 'Bad credentials' }] });
        let body = {};
        try { body = raw ? JSON.parse(raw) : {}; } catch { return send(400, { message: 'malformed body' }); }
        const limit = body.limit ?? 10;
        if (req.method === 'POST' && req.url === '/runtime/api/v1/images/tags') {
            if (!(limit >= 1 && limit <= 100)) return send(400, { message: 'limit should be between 1 and 100' });
            const p = cursor(body.next_key);
            if (p < 0) return send(400, { message: 'bad next_key' });
            return send(200, tagsPage(p, limit));
        }
        if (req.method === 'POST' && req.url === '/runtime/api/v1/workloads') {
            const all = tags.map((t) => ({ ...t.workloads[0], runtime_status: t.runtime_status, nodes: ['n-1'],
                architectures: t.architecture, risks: t.risks, vulnerabilities_count: t.vulnerabilities.length, Processes: [] }));
            if (!(limit >= 1 && limit <= 100)) return send(400, { message: 'limit should be between 1 and 100' });
            const p = cursor(body.next_key);
            if (p < 0) return send(400, { message: 'bad next_key' });
            const workloads = all.slice(p * limit, (p + 1) * limit);
            const more = (p + 1) * limit < all.length;
            // The older examples put total_count at the top level and send last_key-style numeric cursors.
            return send(200, { workloads, pagination: { limit, ...(more ? { next_key: p + 1 } : {}) }, total_count: all.length });
        }
        if (req.method === 'POST' && req.url === '/runtime/api/v1/clusters') {
            return send(200, { clusters: [{ id: 7, name: 'eu-prod', provider: 'kubernetes', nodes_count: 3 },
                { id: '8', name: 'us-prod', provider: 'kubernetes', nodes_count: 2 }], pagination: { limit }, total_count: 2 });
        }
        // Only the trailing-slash form exists here: the client must fall back to it.
        const cluster = req.url.match(/^\/runtime\/api\/v1\/clusters\/(\d+)\/$/);
        if (req.method === 'GET' && cluster) {
            return send(200, { cluster: { id: Number(cluster[1]), name: cluster[1] === '7' ? 'eu-prod' : 'us-prod',
                provider: 'kubernetes', nodes: [{ id: 1, name: 'n-1', status: 'running_with_sensors' }] } });
        }
        return send(404, { error: 'not found' });
    });
});
server.listen(0, '127.0.0.1', () => { console.log(`listening ${server.address().port}`); });
