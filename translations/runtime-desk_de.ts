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
</TS>
