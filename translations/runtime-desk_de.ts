<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http is refused: a channel endpoint must use https</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scheme &quot;%1&quot; is refused: a channel endpoint must use https</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user name or password in the URL is refused (the host is what follows the &quot;@&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL has no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like an IP address but is not a valid one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names this machine; refused unless loopback is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names a cloud metadata service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a loopback address (this machine); refused unless loopback is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a private network address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link-local address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the carrier-grade NAT range 100.64.0.0/10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a cloud metadata service address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a multicast address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the broadcast address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an unspecified (&quot;this network&quot;) address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a reserved or special-purpose address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an IPv4 address written as IPv6 (mapped or compatible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Teredo address, whose IPv4 address cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlarmHarness</name>
    <message>
        <source>the simulation has no rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the rule before saving a case for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>too many redirects</source>
        <translation>zu viele Weiterleitungen</translation>
    </message>
    <message>
        <source>redirect to another origin refused</source>
        <translation>Weiterleitung zu einem anderen Ursprung abgelehnt</translation>
    </message>
    <message>
        <source>certificate refused: %1</source>
        <translation>Zertifikat abgelehnt: %1</translation>
    </message>
    <message>
        <source>rate limited; the platform asks to wait %1 s</source>
        <translation>Anfragen gedrosselt; die Plattform bittet, %1 s zu warten</translation>
    </message>
    <message>
        <source>the platform could not be reached</source>
        <translation>die Plattform ist nicht erreichbar</translation>
    </message>
    <message>
        <source>the platform did not answer in time</source>
        <translation>die Plattform hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>the platform&apos;s certificate was refused</source>
        <translation>das Zertifikat der Plattform wurde abgelehnt</translation>
    </message>
    <message>
        <source>token rejected</source>
        <translation>Token abgelehnt</translation>
    </message>
    <message>
        <source>the token lacks the permission for this</source>
        <translation>dem Token fehlt die Berechtigung dafür</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>rate limited by the platform</source>
        <translation>von der Plattform gedrosselt</translation>
    </message>
    <message>
        <source>the platform failed</source>
        <translation>Fehler auf der Plattform</translation>
    </message>
    <message>
        <source>the platform refused the request</source>
        <translation>die Plattform hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>the platform sent a response we cannot read</source>
        <translation>die Plattform hat eine unlesbare Antwort gesendet</translation>
    </message>
    <message>
        <source>the response is larger than allowed</source>
        <translation>die Antwort ist größer als erlaubt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the compressed response inflates beyond the safety limit</source>
        <translation>die komprimierte Antwort wächst entpackt über die Sicherheitsgrenze</translation>
    </message>
</context>
<context>
    <name>AsOfBanner</name>
    <message>
        <source>The last sync returned far fewer tags than the cache holds, so the cache was kept. Showing the inventory as of %1.</source>
        <translation>Die letzte Synchronisierung lieferte weit weniger Tags als der Cache enthält; der Cache wurde behalten. Angezeigt wird der Bestand vom %1.</translation>
    </message>
    <message>
        <source>Offline. Showing the inventory as of %1.</source>
        <translation>Offline. Angezeigt wird der Bestand vom %1.</translation>
    </message>
    <message>
        <source>The last sync failed. Showing the inventory as of %1.</source>
        <translation>Die letzte Synchronisierung ist fehlgeschlagen. Angezeigt wird der Bestand vom %1.</translation>
    </message>
    <message>
        <source>Use the new inventory</source>
        <translation>Neuen Bestand übernehmen</translation>
    </message>
    <message>
        <source>Keep the cache</source>
        <translation>Cache behalten</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>Backtest</name>
    <message>
        <source>%1 appeared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gained the risk %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lost the risk %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a new critical applicable %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs a new digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 integrity is now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs in other workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed (vulnerabilities or details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>a backtest needs two synced generations; the cache has %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stopped running here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped after %1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (saw %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cache could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseRunner</name>
    <message>
        <source>case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (saw %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the rule to fire; it does not: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no condition failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the rule to stay quiet; it fires: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty group holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected channels %1, it sends to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 in the messages, but no channel sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 message does not contain %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the golden cases could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 does not read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelCard</name>
    <message>
        <source>Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook (Standard Webhooks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail (SendGrid v3 API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel&apos;s id: names it in plans and logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addresses or {{image.build_owner}}@example.com, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret&apos;s name on the platform (context.secrets.get)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored: type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value (kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelList</name>
    <message>
        <source>Notifications go out in this order when the rule fires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channel yet: the rule would fire and tell no one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooldown (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedupe key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events with the same dedupe key notify at most once per cooldown; 0 notifies on every event.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistButton</name>
    <message>
        <source>Nothing to choose from yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnTitles</name>
    <message>
        <source>Image / tag</source>
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
        <source>Arch</source>
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
        <source>Repository path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionEditor</name>
    <message>
        <source>glob, e.g. prod-*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this condition in a group of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group this condition with the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the condition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionController</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connected to %1 (token from JFROG_ACCESS_TOKEN)</source>
        <translation>Verbunden mit %1 (Token aus JFROG_ACCESS_TOKEN)</translation>
    </message>
    <message>
        <source>Enter the access token for %1</source>
        <translation>Geben Sie das Zugriffstoken für %1 ein</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Connected to the built-in demo platform at %1</source>
        <translation>Verbunden mit der eingebauten Demo-Plattform unter %1</translation>
    </message>
    <message>
        <source>Enter an access token</source>
        <translation>Geben Sie ein Zugriffstoken ein</translation>
    </message>
    <message>
        <source>Checking the token with %1…</source>
        <translation>Token wird bei %1 geprüft…</translation>
    </message>
    <message>
        <source>Connected to %1; the token is in the keychain</source>
        <translation>Verbunden mit %1; das Token liegt im Schlüsselbund</translation>
    </message>
    <message>
        <source>Connected to %1; no keychain, so the token is kept for this session only</source>
        <translation>Verbunden mit %1; kein Schlüsselbund, daher gilt das Token nur für diese Sitzung</translation>
    </message>
    <message>
        <source>Checking the token…</source>
        <translation>Token wird geprüft…</translation>
    </message>
    <message>
        <source>The token is valid for %1</source>
        <translation>Das Token ist gültig für %1</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Runtime Desk reads the Live Assessment inventory of one JFrog platform over HTTPS. The token is kept in the system keychain, never in a file.</source>
        <translation>Runtime Desk liest den Live-Assessment-Bestand einer JFrog-Plattform über HTTPS. Das Token liegt im Schlüsselbund des Systems, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Platform URL</source>
        <translation>Plattform-URL</translation>
    </message>
    <message>
        <source>CA certificates (PEM), for a platform with its own certificate authority</source>
        <translation>CA-Zertifikate (PEM) für eine Plattform mit eigener Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>/path/to/ca.pem (optional)</source>
        <translation>/pfad/zu/ca.pem (optional)</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>(stored)</source>
        <translation>(gespeichert)</translation>
    </message>
    <message>
        <source>Paste an access token</source>
        <translation>Zugriffstoken einfügen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Check token</source>
        <translation>Token prüfen</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>No system keychain is available: the token is kept for this session only and you will be asked again next time.</source>
        <translation>Kein Schlüsselbund verfügbar: Das Token gilt nur für diese Sitzung, beim nächsten Start werden Sie erneut gefragt.</translation>
    </message>
</context>
<context>
    <name>ContactMail</name>
    <message>
        <source>malicious package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untrusted registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical applicable CVEs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image tag %1 in our clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image tag %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime Desk shows an image tag whose build you own running in our clusters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime Desk shows an image tag you deployed running in our clusters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not provided by the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: %1 (%2); running %3, expected %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerabilities: %1 (%2 critical and applicable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build: %1 #%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workloads (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ... and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could you take a look? Thank you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriteriaNodeEditor</name>
    <message>
        <source>Fire when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing yet: fires on every change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the group&apos;s conditions back in the enclosing group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the group and its conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryClassifier</name>
    <message>
        <source>no Retry-After given</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>retry after %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>delivered (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the endpoint answered %1, a redirect; redirects are not followed: update the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack refused the message as malformed (400 invalid_payload)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack does not know the user this webhook posts as (400 user_not_found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the endpoint refused the request as malformed (400)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the endpoint refused the credentials (401): check the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack prohibits posting to this channel (403 action_prohibited): a workspace admin restricted it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the endpoint forbids this request (403)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Slack channel of this webhook no longer exists (404 channel_not_found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing answers at this URL (404): the webhook was removed or the URL is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Slack channel is archived (410 channel_is_archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the endpoint is gone for good (410): update or remove this channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limited (429); %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gateway in front of the endpoint failed (502)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the endpoint is unavailable (503); %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gateway in front of the endpoint timed out (504)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the endpoint refused the request (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack failed internally (500 rollup_error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the endpoint failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected answer (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host %1 does not resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled before an answer came</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeployPanel</name>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailField</name>
    <message>
        <source>not provided by the platform</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailTables</name>
    <message>
        <source>Vulnerabilities (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malicious (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workloads (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not provided by the platform: it reports vulnerabilities only for images from trusted registries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vulnerabilities reported for this tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No malicious packages reported for this tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xray ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tag runs in no workload the platform reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cluster: the tag runs in no workload the platform reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dispatcher</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not a URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (resolving the host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resolves to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection before answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network is unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (after one retry)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventFactory</name>
    <message>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrusted registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New critical applicable CVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cache holds no inventory yet: sync first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cached image tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names %2 cached image tags; give registry/repository_path/name:tag or the digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image tag is no longer in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs in no workload in the cached inventory, and the event is about a workload: pick a running tag, or edit an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not run in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs in %2 workloads; the event is about the first, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a workload is written CLUSTER/NAMESPACE/NAME, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cached workload %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cached image tag runs in %1: image_tags_object is empty and the change only touches the workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cache has no workloads-listing row for %1: its nodes are unknown, its risks are its images&apos; and its vulnerability count their sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a stand-in, not a real CVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change_type &quot;workload&quot; is the only value the documentation shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventShape</name>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than the limit of %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries, more than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event is %1 bytes, more than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON nests deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter   risk:integrity  ns:prod  owner:alice  !registry:docker.io  nginx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the text and the chips (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1  (column %2; the list shows the last valid filter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <source>Malicious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrusted registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical applicable CVEs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster: %1 ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace: %1 ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low or higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium or higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High or higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterParser</name>
    <message>
        <source>The filter is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filter has at most %1 terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;!&quot; must be followed by a term, as in !registry:docker.io.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty quotes match nothing; remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1:&quot; needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty value between commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 values per key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key &quot;%1:&quot;. Did you mean &quot;%2:&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key &quot;%1:&quot;. Keys: %2. Put text that contains a colon in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quote is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a space after a closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a risk: use malicious, integrity, untrusted or critical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a runtime status: use running, stopped or unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1:&quot; takes yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;severity:&quot; takes one level, as in severity:&gt;=high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a severity: use critical, high, medium or low, optionally after &gt;=, &gt;, &lt;=, &lt; or =.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingController</name>
    <message>
        <source>The inventory is empty: sync first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted needs a date, as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status set to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added; it goes to the ticket as a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That note belongs to another finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Jira or GitHub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket queued; sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket queued in the outbox: set up %1 on the Connection page to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingPanel</name>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the evidence into…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneratedCodeView</name>
    <message>
        <source>worker.ts for %1 · %L2 characters · generated, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the rule&apos;s problems to generate its worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as jf worker project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker.ts, manifest.json, types.ts, worker.spec.ts, package.json, tsconfig.json and README.md, in a folder named after the worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the worker project into…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageList</name>
    <message>
        <source>Nothing synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a platform and press Sync (Ctrl+R). The inventory is kept on this machine, so it opens instantly next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image tag matches this filter and these chips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageListRow</name>
    <message>
        <source>%L1 of %L2 tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>riskiest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since the last sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagesController</name>
    <message>
        <source>A view needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view &quot;%1&quot; could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the view &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no view &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 10 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync is running; %1 applies to the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1 from the platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image tag %1 in the inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 names %n image tags; opened the first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cleared the filter to show %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagesToolbar</name>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 images · %L2 of %L3 tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 images · %L2 tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform reports no time per tag: the period is what the sync asks the platform for. Choosing one syncs again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns ▾</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityCard</name>
    <message>
        <source>INTEGRITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not provided by the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: the running image is the one built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy digests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime digest (running now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected digest (Artifactory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= the digests are equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≠ the digests differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Runtime Desk</source>
        <translation>Runtime Desk</translation>
    </message>
</context>
<context>
    <name>NoteList</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · edited %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note (Markdown)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationPlanner</name>
    <message>
        <source>channel %1 is skipped: the secret %2 is not set</source>
        <translation>Kanal %1 wird übersprungen: Das Geheimnis %2 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>channel %1 is skipped: the signing key %2 has %3 bytes, fewer than the %4 Standard Webhooks needs</source>
        <translation>Kanal %1 wird übersprungen: Der Signaturschlüssel %2 hat %3 Bytes, weniger als die %4, die Standard Webhooks verlangt</translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message numerus="yes">
        <source>Waiting to send, %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <source>not provided by the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a mail that names the image, tag, digest, risks and workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything by this owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything by this deployer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformWorkerList</name>
    <message>
        <source>On the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the platform&apos;s workers again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not made by Runtime Desk: click to view its code (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by Runtime Desk: click to open its rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · Runtime Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileLoader</name>
    <message>
        <source>no platform URL: give --url or set JFROG_URL</source>
        <translation>keine Plattform-URL: --url angeben oder JFROG_URL setzen</translation>
    </message>
    <message>
        <source>not a valid URL: %1</source>
        <translation>keine gültige URL: %1</translation>
    </message>
    <message>
        <source>the platform URL must use https: %1</source>
        <translation>die Plattform-URL muss https verwenden: %1</translation>
    </message>
    <message>
        <source>the platform URL must not carry credentials, a query or a fragment</source>
        <translation>die Plattform-URL darf keine Zugangsdaten, keine Abfrage und kein Fragment enthalten</translation>
    </message>
    <message>
        <source>cannot read the CA file %1</source>
        <translation>die CA-Datei %1 ist nicht lesbar</translation>
    </message>
    <message>
        <source>no PEM certificate in %1</source>
        <translation>kein PEM-Zertifikat in %1</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>not provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not provided by the platform</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskChip</name>
    <message>
        <source>Malicious</source>
        <translation>Schadcode</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>Untrusted</source>
        <translation>Nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Critical CVE</source>
        <translation>Kritische CVE</translation>
    </message>
    <message>
        <source>Crit. CVE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleEditorController</name>
    <message>
        <source>Cached: %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rule does not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s) to fix first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always (an empty &quot;all of&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never (an empty &quot;any of&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fires on an AFTER_WORKLOAD_STATE_CHANGE event when %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the template has an error: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>// The worker is generated once the rule is valid. First problem:
// %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is kept for this session only (no keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the worker project to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerabilities at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is one of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is none of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrusted registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malicious package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical applicable CVEs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleEditorHeader</name>
    <message>
        <source>Rule name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or update the worker %1 on the platform (saves first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy and enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the worker from the platform; the rule stays here as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this rule?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” and its secrets in the keychain will be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleEditorPane</name>
    <message>
        <source>Worker %1 · AFTER_WORKLOAD_STATE_CHANGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the rule is for (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Fires on the sample “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Does not fire on the sample “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleEngine</name>
    <message numerus="yes">
        <source>… %n more</source>
        <translation><numerusform>… %n weiterer</numerusform><numerusform>… %n weitere</numerusform></translation>
    </message>
    <message>
        <source>change type</source>
        <translation>Änderungsart</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <source>an image&apos;s name</source>
        <translation>der Name eines Images</translation>
    </message>
    <message>
        <source>an image&apos;s registry</source>
        <translation>die Registry eines Images</translation>
    </message>
    <message>
        <source>an image&apos;s build owner</source>
        <translation>der Build-Verantwortliche eines Images</translation>
    </message>
    <message>
        <source>an image&apos;s deployer</source>
        <translation>wer ein Image bereitgestellt hat</translation>
    </message>
    <message>
        <source>no images</source>
        <translation>keine Images</translation>
    </message>
    <message>
        <source>no risks</source>
        <translation>keine Risiken</translation>
    </message>
    <message>
        <source>no vulnerabilities</source>
        <translation>keine Schwachstellen</translation>
    </message>
    <message>
        <source>%1 matches %2</source>
        <translation>%1 passt auf %2</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation>%1 ist eines von %2</translation>
    </message>
    <message>
        <source>%1 is none of %2</source>
        <translation>%1 ist keines von %2</translation>
    </message>
    <message>
        <source>the workload or an image has the risk %1</source>
        <translation>der Workload oder ein Image hat das Risiko %1</translation>
    </message>
    <message>
        <source>a vulnerability is %1 or worse</source>
        <translation>eine Schwachstelle ist %1 oder schlimmer</translation>
    </message>
    <message numerus="yes">
        <source>at least %n vulnerabilities</source>
        <translation><numerusform>mindestens %n Schwachstelle</numerusform><numerusform>mindestens %n Schwachstellen</numerusform></translation>
    </message>
</context>
<context>
    <name>RuleJson</name>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>not a rule: expected a JSON object</source>
        <translation>keine Regel: JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>version: %1 is newer than this Runtime Desk understands (%2)</source>
        <translation>version: %1 ist neuer, als dieses Runtime Desk versteht (%2)</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation>&quot;%1&quot; erwartet</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>%1 erwartet</translation>
    </message>
    <message>
        <source>expected 32 lower-case hexadecimal digits</source>
        <translation>32 kleingeschriebene Hexadezimalziffern erwartet</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>only {&quot;application&quot;: &quot;runtime&quot;, &quot;action&quot;: &quot;AFTER_WORKLOAD_STATE_CHANGE&quot;} is supported</source>
        <translation>nur {&quot;application&quot;: &quot;runtime&quot;, &quot;action&quot;: &quot;AFTER_WORKLOAD_STATE_CHANGE&quot;} wird unterstützt</translation>
    </message>
    <message>
        <source>%1 conditions, more than the limit of %2</source>
        <translation>%1 Bedingungen, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <source>expected an object {&quot;title&quot;, &quot;text&quot;}</source>
        <translation>Objekt {&quot;title&quot;, &quot;text&quot;} erwartet</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <source>%1 entries, more than the limit of %2</source>
        <translation>%1 Einträge, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the id of channels[%2]</source>
        <translation>&quot;%1&quot; ist bereits die ID von channels[%2]</translation>
    </message>
    <message>
        <source>expected a group {&quot;all&quot;: […]} or {&quot;any&quot;: […]} or a condition {&quot;kind&quot;: …}</source>
        <translation>Gruppe {&quot;all&quot;: […]} oder {&quot;any&quot;: […]} oder Bedingung {&quot;kind&quot;: …} erwartet</translation>
    </message>
    <message>
        <source>expected a group {&quot;all&quot;: […]} or {&quot;any&quot;: […]}</source>
        <translation>Gruppe {&quot;all&quot;: […]} oder {&quot;any&quot;: […]} erwartet</translation>
    </message>
    <message>
        <source>a group has &quot;all&quot; or &quot;any&quot;, not both</source>
        <translation>eine Gruppe hat &quot;all&quot; oder &quot;any&quot;, nicht beides</translation>
    </message>
    <message>
        <source>groups nest deeper than the limit of %1</source>
        <translation>Gruppen sind tiefer verschachtelt als die Grenze von %1</translation>
    </message>
    <message>
        <source>an &quot;any&quot; group needs at least one entry</source>
        <translation>eine &quot;any&quot;-Gruppe braucht mindestens einen Eintrag</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (use change_type, cluster, namespace, workload, image, registry, build_owner or deployed_by)</source>
        <translation>unbekanntes Feld &quot;%1&quot; (change_type, cluster, namespace, workload, image, registry, build_owner oder deployed_by verwenden)</translation>
    </message>
    <message>
        <source>unknown op &quot;%1&quot; (use matches, in or not_in)</source>
        <translation>unbekannter Operator &quot;%1&quot; (matches, in oder not_in verwenden)</translation>
    </message>
    <message>
        <source>unknown risk &quot;%1&quot; (use malicious, integrity_violation, untrusted_registry or critical_applicable_cves)</source>
        <translation>unbekanntes Risiko &quot;%1&quot; (malicious, integrity_violation, untrusted_registry oder critical_applicable_cves verwenden)</translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot; (use Critical, High, Medium or Low)</source>
        <translation>unbekannter Schweregrad &quot;%1&quot; (Critical, High, Medium oder Low verwenden)</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (use match, risk, severity_at_least or vulnerabilities_at_least)</source>
        <translation>unbekannte Art &quot;%1&quot; (match, risk, severity_at_least oder vulnerabilities_at_least verwenden)</translation>
    </message>
    <message>
        <source>more than %1 errors; the rest are not shown</source>
        <translation>mehr als %1 Fehler; die übrigen werden nicht angezeigt</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>%1 code points, more than the limit of %2</source>
        <translation>%1 Codepunkte, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <source>control characters are not allowed</source>
        <translation>Steuerzeichen sind nicht erlaubt</translation>
    </message>
    <message>
        <source>a secret name is a letter and then up to 63 letters, digits or _</source>
        <translation>ein Geheimnisname ist ein Buchstabe, gefolgt von bis zu 63 Buchstaben, Ziffern oder _</translation>
    </message>
    <message>
        <source>expected a whole number from 0 to %1</source>
        <translation>ganze Zahl von 0 bis %1 erwartet</translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation>Array von Zeichenketten erwartet</translation>
    </message>
    <message>
        <source>expected at least one entry</source>
        <translation>mindestens ein Eintrag erwartet</translation>
    </message>
    <message>
        <source>a channel id is 1 to 32 of a-z, 0-9, _ and -</source>
        <translation>eine Kanal-ID besteht aus 1 bis 32 Zeichen aus a-z, 0-9, _ und -</translation>
    </message>
    <message>
        <source>expected https://host[:port][/path] (http only for localhost), without query or user</source>
        <translation>https://host[:port][/pfad] erwartet (http nur für localhost), ohne Abfrage und Benutzer</translation>
    </message>
    <message>
        <source>expected an object {&quot;email&quot;, &quot;name&quot;}</source>
        <translation>Objekt {&quot;email&quot;, &quot;name&quot;} erwartet</translation>
    </message>
    <message>
        <source>not an e-mail address</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>no {{#images}} section in a recipient</source>
        <translation>kein {{#images}}-Abschnitt in einem Empfänger</translation>
    </message>
    <message>
        <source>unknown channel type &quot;%1&quot; (use slack, webhook or email)</source>
        <translation>unbekannter Kanaltyp &quot;%1&quot; (slack, webhook oder email verwenden)</translation>
    </message>
</context>
<context>
    <name>RuleListModel</name>
    <message>
        <source>Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n condition(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleListPane</name>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the guide: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule yet. Start from one of the guide&apos;s templates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleTemplateGallery</name>
    <message>
        <source>Start a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule becomes a JFrog worker on AFTER_WORKLOAD_STATE_CHANGE. The guide&apos;s templates notify Slack, a signed webhook and e-mail with the workload, the image and its risks; change anything before you deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fires on every workload change until you add conditions; no channel yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleTemplates</name>
    <message>
        <source>Deployment status change</source>
        <translation>Änderung des Bereitstellungsstatus</translation>
    </message>
    <message>
        <source>Every change of a workload&apos;s deployment (change_type &quot;workload&quot;: the images, Xray data, integrity or trust changed).</source>
        <translation>Jede Änderung an der Bereitstellung eines Workloads (change_type &quot;workload&quot;: Images, Xray-Daten, Integrität oder Vertrauen haben sich geändert).</translation>
    </message>
    <message>
        <source>Integrity violation</source>
        <translation>Integritätsverletzung</translation>
    </message>
    <message>
        <source>An image runs with binaries that differ from the ones in Artifactory.</source>
        <translation>Ein Image läuft mit Binärdateien, die von denen in Artifactory abweichen.</translation>
    </message>
    <message>
        <source>Untrusted registry</source>
        <translation>Nicht vertrauenswürdige Registry</translation>
    </message>
    <message>
        <source>An image from a registry that is not trusted starts running.</source>
        <translation>Ein Image aus einer nicht vertrauenswürdigen Registry wird gestartet.</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesController</name>
    <message>
        <source>There is no template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a new draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a worker on the platform: remove it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another operation is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy and enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: connect to a platform to see its workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workers on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not made by Runtime Desk: it can only be viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;; its code was changed by hand, so it is not marked as deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleEvents</name>
    <message>
        <source>Documented sample: frontend-service in production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity violation in frontend-image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frontend-image from an untrusted registry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedViewsButton</name>
    <message>
        <source>View: %1%2 ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet. A view keeps the filter, chips, sort and columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Live Assessment</source>
        <translation>Live Assessment</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Simulation</name>
    <message>
        <source>rule %1 is skipped: it does not read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain did not answer (%1): rules plan without their secrets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <source>Runtime Desk</source>
        <translation>Runtime Desk</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>%1: %L2 of %L3 tags · %L4/s</source>
        <translation>%1: %L2 von %L3 Tags · %L4/s</translation>
    </message>
    <message>
        <source>%1: %L2 tags · %L3/s</source>
        <translation>%1: %L2 Tags · %L3/s</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>Sync the inventory from the platform (Ctrl+R)</source>
        <translation>Bestand von der Plattform synchronisieren (Strg+R)</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Connect to a platform first</source>
        <translation>Zuerst mit einer Plattform verbinden</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message numerus="yes">
        <source>Kept the new inventory of %n tag(s)</source>
        <translation><numerusform>Neuer Bestand mit %n Tag übernommen</numerusform><numerusform>Neuer Bestand mit %n Tags übernommen</numerusform></translation>
    </message>
    <message>
        <source>Kept the previous inventory</source>
        <translation>Bisheriger Bestand behalten</translation>
    </message>
</context>
<context>
    <name>SyncJob</name>
    <message>
        <source>Sync cancelled</source>
        <translation>Synchronisierung abgebrochen</translation>
    </message>
    <message>
        <source>Cannot write the cache: %1</source>
        <translation>Der Cache kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the platform repeated a page cursor (next_key); stopped to avoid a loop</source>
        <translation>die Plattform hat einen Seitencursor (next_key) wiederholt; abgebrochen, um eine Endlosschleife zu vermeiden</translation>
    </message>
    <message>
        <source>the platform sent more than %1 pages</source>
        <translation>die Plattform hat mehr als %1 Seiten gesendet</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n tag(s)</source>
        <translation><numerusform>%n Tag synchronisiert</numerusform><numerusform>%n Tags synchronisiert</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) refused as malformed</source>
        <translation><numerusform>; %n fehlerhafte Zeile abgelehnt</numerusform><numerusform>; %n fehlerhafte Zeilen abgelehnt</numerusform></translation>
    </message>
</context>
<context>
    <name>TagDetailController</name>
    <message>
        <source>Synced %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tag is not in the current inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail from the platform, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform offers no image-tag detail; showing the data synced %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not answer (%1); showing the data synced %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runtime digest: %1
expected digest: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagDetailHeader</name>
    <message>
        <source>No risk reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical applicable CVEs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagDetailPane</name>
    <message>
        <source>No image tag open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a tag, or move with ↑ ↓ → and press Enter, to see who built and deployed it. / filters, Esc clears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrusted registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the platform for this tag&apos;s detail…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Title (Slack header, mail subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a placeholder ({{#images}} … {{/images}} repeats for every image):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The rule fires on this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ The rule does not fire on this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (saw %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message>
        <source>unclosed {{ at code point %1</source>
        <translation>nicht geschlossenes {{ bei Codepunkt %1</translation>
    </message>
    <message>
        <source>unknown section {{%1}} at code point %2 (the only section is {{#images}} … {{/images}})</source>
        <translation>unbekannter Abschnitt {{%1}} bei Codepunkt %2 (der einzige Abschnitt ist {{#images}} … {{/images}})</translation>
    </message>
    <message>
        <source>{{#images}} inside {{#images}} at code point %1</source>
        <translation>{{#images}} innerhalb von {{#images}} bei Codepunkt %1</translation>
    </message>
    <message>
        <source>{{/images}} without {{#images}} at code point %1</source>
        <translation>{{/images}} ohne {{#images}} bei Codepunkt %1</translation>
    </message>
    <message>
        <source>unknown placeholder {{%1}} at code point %2</source>
        <translation>unbekannter Platzhalter {{%1}} bei Codepunkt %2</translation>
    </message>
    <message>
        <source>{{#images}} is not closed by {{/images}}</source>
        <translation>{{#images}} wird nicht durch {{/images}} geschlossen</translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <source>File a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jira</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tracker is not set up yet: the ticket waits in the outbox until it is (Connection page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackerSettings</name>
    <message>
        <source>Issue trackers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where &quot;File ticket&quot; sends findings. Tokens are kept in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jira</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project key, e.g. SEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner/repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for an API token; empty for a personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path/to/ca.pem (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackerSettingsController</name>
    <message>
        <source>Choose Jira or GitHub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set up; waiting tickets go out now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Give the %1 token to send tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused the token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 token forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriageStatusRow</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkerDeployJob</name>
    <message>
        <source>Generate worker.ts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the runtime action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the platform&apos;s limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up the worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or update the worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record it in the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform changed, but the rule could not record it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed %1 (created, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed %1 (updated, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled %1: it fires on every workload change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled %1: it stays on the platform and does not fire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not on the platform; the rule is a draft again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from the platform; the rule is a draft again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule is not deployed: deploy it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on the platform: deploy the rule first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled: true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled: false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed (DELETE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored rule does not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 characters, rule revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secret store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform offers no %1 action of %2 (are Workers and Runtime enabled?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker.ts has %L1 characters, more than the platform accepts (%L2); shorten the message template or the lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %L1 characters of code%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, sent as base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the platform (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the worker %1 on the platform was made from another rule (%2); it is left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the worker %1 on the platform was not made by Runtime Desk; it is left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value for the secret(s) %1: set them in the editor or with `rules secret set`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1 (PUT, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1 (POST, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 secret(s) kept as the platform has them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkerGenerator</name>
    <message>
        <source>no Runtime Desk rule in this worker (the RULE markers are missing)</source>
        <translation>keine Runtime-Desk-Regel in diesem Worker (die RULE-Markierungen fehlen)</translation>
    </message>
    <message>
        <source>worker.ts would have %1 characters, more than the platform accepts (%2); shorten the message template or the lists</source>
        <translation>worker.ts hätte %1 Zeichen, mehr als die Plattform annimmt (%2); kürzen Sie die Nachrichtenvorlage oder die Listen</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>das Verzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>a %1 worker, not one of Runtime Desk&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
