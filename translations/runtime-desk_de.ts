<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiError</name>
    <message>
        <source>too many redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect to another origin refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limited; the platform asks to wait %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform&apos;s certificate was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token lacks the permission for this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limited by the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform sent a response we cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is larger than allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compressed response inflates beyond the safety limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsOfBanner</name>
    <message>
        <source>The last sync returned far fewer tags than the cache holds, so the cache was kept. Showing the inventory as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline. Showing the inventory as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last sync failed. Showing the inventory as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the new inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionController</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 (token from JFROG_ACCESS_TOKEN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the access token for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the built-in demo platform at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the token with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1; the token is in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1; no keychain, so the token is kept for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is valid for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime Desk reads the Live Assessment inventory of one JFrog platform over HTTPS. The token is kept in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates (PEM), for a platform with its own certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path/to/ca.pem (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available: the token is kept for this session only and you will be asked again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagesPage</name>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, digests, people, CVEs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image tag matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing synced yet. Connect to a platform and press Sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Runtime Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationPlanner</name>
    <message>
        <source>channel %1 is skipped: the secret %2 is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel %1 is skipped: the signing key %2 has %3 bytes, fewer than the %4 Standard Webhooks needs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileLoader</name>
    <message>
        <source>no platform URL: give --url or set JFROG_URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform URL must use https: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform URL must not carry credentials, a query or a fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the CA file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PEM certificate in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskChip</name>
    <message>
        <source>Malicious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical CVE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleEngine</name>
    <message numerus="yes">
        <source>… %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>change type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image&apos;s registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image&apos;s build owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image&apos;s deployer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no vulnerabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is none of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workload or an image has the risk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a vulnerability is %1 or worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at least %n vulnerabilities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleJson</name>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a rule: expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version: %1 is newer than this Runtime Desk understands (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 32 lower-case hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only {&quot;application&quot;: &quot;runtime&quot;, &quot;action&quot;: &quot;AFTER_WORKLOAD_STATE_CHANGE&quot;} is supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conditions, more than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object {&quot;title&quot;, &quot;text&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries, more than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the id of channels[%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a group {&quot;all&quot;: […]} or {&quot;any&quot;: […]} or a condition {&quot;kind&quot;: …}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a group {&quot;all&quot;: […]} or {&quot;any&quot;: […]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group has &quot;all&quot; or &quot;any&quot;, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups nest deeper than the limit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an &quot;any&quot; group needs at least one entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (use change_type, cluster, namespace, workload, image, registry, build_owner or deployed_by)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown op &quot;%1&quot; (use matches, in or not_in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown risk &quot;%1&quot; (use malicious, integrity_violation, untrusted_registry or critical_applicable_cves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot; (use Critical, High, Medium or Low)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (use match, risk, severity_at_least or vulnerabilities_at_least)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 errors; the rest are not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 code points, more than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control characters are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a secret name is a letter and then up to 63 letters, digits or _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a channel id is 1 to 32 of a-z, 0-9, _ and -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected https://host[:port][/path] (http only for localhost), without query or user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object {&quot;email&quot;, &quot;name&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no {{#images}} section in a recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown channel type &quot;%1&quot; (use slack, webhook or email)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleTemplates</name>
    <message>
        <source>Deployment status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change of a workload&apos;s deployment (change_type &quot;workload&quot;: the images, Xray data, integrity or trust changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image runs with binaries that differ from the ones in Artifactory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrusted registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image from a registry that is not trusted starts running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Live Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <source>Runtime Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %L2 of %L3 tags · %L4/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %L2 tags · %L3/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync the inventory from the platform (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Connect to a platform first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Kept the new inventory of %n tag(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Kept the previous inventory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncJob</name>
    <message>
        <source>Sync cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform repeated a page cursor (next_key); stopped to avoid a loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform sent more than %1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Synced %n tag(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) refused as malformed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagRowLayout</name>
    <message>
        <source>Image : tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry / repository</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message>
        <source>unclosed {{ at code point %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown section {{%1}} at code point %2 (the only section is {{#images}} … {{/images}})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{#images}} inside {{#images}} at code point %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{/images}} without {{#images}} at code point %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown placeholder {{%1}} at code point %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{#images}} is not closed by {{/images}}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkerGenerator</name>
    <message>
        <source>no Runtime Desk rule in this worker (the RULE markers are missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker.ts would have %1 characters, more than the platform accepts (%2); shorten the message template or the lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
