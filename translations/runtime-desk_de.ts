<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>not a valid URL</source>
        <translation>keine gültige URL</translation>
    </message>
    <message>
        <source>http is refused: a channel endpoint must use https</source>
        <translation>http wird abgelehnt: Ein Kanal-Endpunkt muss https verwenden</translation>
    </message>
    <message>
        <source>the scheme &quot;%1&quot; is refused: a channel endpoint must use https</source>
        <translation>das Schema &quot;%1&quot; wird abgelehnt: Ein Kanal-Endpunkt muss https verwenden</translation>
    </message>
    <message>
        <source>a user name or password in the URL is refused (the host is what follows the &quot;@&quot;)</source>
        <translation>ein Benutzername oder Passwort in der URL wird abgelehnt (der Host ist, was auf das &quot;@&quot; folgt)</translation>
    </message>
    <message>
        <source>the URL has no host</source>
        <translation>die URL hat keinen Host</translation>
    </message>
    <message>
        <source>%1 looks like an IP address but is not a valid one</source>
        <translation>%1 sieht wie eine IP-Adresse aus, ist aber keine gültige</translation>
    </message>
    <message>
        <source>%1 names this machine; refused unless loopback is allowed</source>
        <translation>%1 bezeichnet diesen Rechner; abgelehnt, sofern Loopback nicht erlaubt ist</translation>
    </message>
    <message>
        <source>%1 names a cloud metadata service</source>
        <translation>%1 bezeichnet einen Cloud-Metadatendienst</translation>
    </message>
    <message>
        <source>%1 is a loopback address (this machine); refused unless loopback is allowed</source>
        <translation>%1 ist eine Loopback-Adresse (dieser Rechner); abgelehnt, sofern Loopback nicht erlaubt ist</translation>
    </message>
    <message>
        <source>%1 is a private network address</source>
        <translation>%1 ist eine private Netzwerkadresse</translation>
    </message>
    <message>
        <source>%1 is a link-local address</source>
        <translation>%1 ist eine Link-Local-Adresse</translation>
    </message>
    <message>
        <source>%1 is in the carrier-grade NAT range 100.64.0.0/10</source>
        <translation>%1 liegt im Carrier-Grade-NAT-Bereich 100.64.0.0/10</translation>
    </message>
    <message>
        <source>%1 is a cloud metadata service address</source>
        <translation>%1 ist die Adresse eines Cloud-Metadatendienstes</translation>
    </message>
    <message>
        <source>%1 is a multicast address</source>
        <translation>%1 ist eine Multicast-Adresse</translation>
    </message>
    <message>
        <source>%1 is the broadcast address</source>
        <translation>%1 ist die Broadcast-Adresse</translation>
    </message>
    <message>
        <source>%1 is an unspecified (&quot;this network&quot;) address</source>
        <translation>%1 ist eine unspezifizierte Adresse (&quot;dieses Netzwerk&quot;)</translation>
    </message>
    <message>
        <source>%1 is a reserved or special-purpose address</source>
        <translation>%1 ist eine reservierte Adresse oder eine Adresse für besondere Zwecke</translation>
    </message>
    <message>
        <source>%1 is an IPv4 address written as IPv6 (mapped or compatible)</source>
        <translation>%1 ist eine als IPv6 geschriebene IPv4-Adresse (mapped oder compatible)</translation>
    </message>
    <message>
        <source>%1 is a Teredo address, whose IPv4 address cannot be checked</source>
        <translation>%1 ist eine Teredo-Adresse, deren IPv4-Adresse nicht geprüft werden kann</translation>
    </message>
</context>
<context>
    <name>AlarmHarness</name>
    <message>
        <source>the simulation has no rule %1</source>
        <translation>die Simulation hat keine Regel %1</translation>
    </message>
    <message>
        <source>save the rule before saving a case for it</source>
        <translation>speichern Sie die Regel, bevor Sie einen Fall dafür speichern</translation>
    </message>
    <message>
        <source>the case could not be saved: %1</source>
        <translation>der Fall konnte nicht gespeichert werden: %1</translation>
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
        <source>the compressed response could not be decompressed: it is corrupt, or inflates beyond the safety limit</source>
        <translation>die komprimierte Antwort konnte nicht entpackt werden: Sie ist beschädigt oder wächst entpackt über die Sicherheitsgrenze</translation>
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
        <translation>%1 ist hinzugekommen</translation>
    </message>
    <message>
        <source>%1 gained the risk %2</source>
        <translation>%1 hat das Risiko %2 erhalten</translation>
    </message>
    <message>
        <source>%1 lost the risk %2</source>
        <translation>%1 hat das Risiko %2 verloren</translation>
    </message>
    <message>
        <source>%1 has a new critical applicable %2</source>
        <translation>%1 hat eine neue kritische, zutreffende %2</translation>
    </message>
    <message>
        <source>%1 runs a new digest</source>
        <translation>%1 führt einen neuen Digest aus</translation>
    </message>
    <message>
        <source>%1 integrity is now %2</source>
        <translation>die Integrität von %1 ist jetzt %2</translation>
    </message>
    <message>
        <source>%1 runs in other workloads</source>
        <translation>%1 läuft in weiteren Workloads</translation>
    </message>
    <message>
        <source>%1 changed (vulnerabilities or details)</source>
        <translation>%1 hat sich geändert (Schwachstellen oder Details)</translation>
    </message>
    <message numerus="yes">
        <source>a backtest needs two synced generations; the cache has %n</source>
        <translation>
            <numerusform>ein Rückblick-Test braucht zwei synchronisierte Generationen; der Cache enthält %n</numerusform>
            <numerusform>ein Rückblick-Test braucht zwei synchronisierte Generationen; der Cache enthält %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stopped running here</source>
        <translation>%1 läuft hier nicht mehr</translation>
    </message>
    <message>
        <source>stopped after %1 events</source>
        <translation>nach %1 Ereignissen angehalten</translation>
    </message>
    <message>
        <source>%1 (saw %2)</source>
        <translation>%1 (gesehen: %2)</translation>
    </message>
    <message>
        <source>the cache could not be read: %1</source>
        <translation>der Cache konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>BacktestPanel</name>
    <message>
        <source>Replay the synced changes</source>
        <translation>Synchronisierte Änderungen erneut abspielen</translation>
    </message>
    <message>
        <source>Choose a rule to see the alarms it would have raised on the changes between the synced inventories (up to four are kept).</source>
        <translation>Wählen Sie eine Regel, um die Alarme zu sehen, die sie bei den Änderungen zwischen den synchronisierten Beständen ausgelöst hätte (bis zu vier werden aufbewahrt).</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>would notify: %1</source>
        <translation>würde benachrichtigen: %1</translation>
    </message>
</context>
<context>
    <name>CardPreview</name>
    <message>
        <source>Teams channel post (Adaptive Card)</source>
        <translation>Teams-Kanalbeitrag (Adaptive Card)</translation>
    </message>
    <message>
        <source>PagerDuty incident</source>
        <translation>PagerDuty-Vorfall</translation>
    </message>
    <message>
        <source>Splunk event</source>
        <translation>Splunk-Ereignis</translation>
    </message>
</context>
<context>
    <name>CaseRunner</name>
    <message>
        <source>case %1: %2</source>
        <translation>Fall %1: %2</translation>
    </message>
    <message>
        <source>%1 (saw %2)</source>
        <translation>%1 (gesehen: %2)</translation>
    </message>
    <message>
        <source>expected the rule to fire; it does not: %1</source>
        <translation>erwartet, dass die Regel auslöst; sie löst nicht aus: %1</translation>
    </message>
    <message>
        <source>no condition failed</source>
        <translation>keine Bedingung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>expected the rule to stay quiet; it fires: %1</source>
        <translation>erwartet, dass die Regel ruhig bleibt; sie löst aus: %1</translation>
    </message>
    <message>
        <source>an empty group holds</source>
        <translation>eine leere Gruppe gilt</translation>
    </message>
    <message>
        <source>expected channels %1, it sends to %2</source>
        <translation>Kanäle %1 erwartet, sie sendet an %2</translation>
    </message>
    <message>
        <source>expected %1 in the messages, but no channel sends</source>
        <translation>%1 in den Nachrichten erwartet, aber kein Kanal sendet</translation>
    </message>
    <message>
        <source>the %1 message does not contain %2</source>
        <translation>die Nachricht %1 enthält %2 nicht</translation>
    </message>
    <message>
        <source>the golden cases could not be read: %1</source>
        <translation>die Referenzfälle konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>rule %1 does not read: %2</source>
        <translation>Regel %1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>no rule %1</source>
        <translation>keine Regel %1</translation>
    </message>
</context>
<context>
    <name>ChannelCard</name>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>Webhook (Standard Webhooks)</source>
        <translation>Webhook (Standard Webhooks)</translation>
    </message>
    <message>
        <source>E-mail (SendGrid v3 API)</source>
        <translation>E-Mail (SendGrid v3 API)</translation>
    </message>
    <message>
        <source>The channel&apos;s id: names it in plans and logs</source>
        <translation>Die ID des Kanals: benennt ihn in Plänen und Protokollen</translation>
    </message>
    <message>
        <source>Remove the channel</source>
        <translation>Kanal entfernen</translation>
    </message>
    <message>
        <source>The secret&apos;s name on the platform (context.secrets.get)</source>
        <translation>Name des Geheimnisses auf der Plattform (context.secrets.get)</translation>
    </message>
    <message>
        <source>stored: type to replace</source>
        <translation>gespeichert: zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>value (kept in the keychain)</source>
        <translation>Wert (im Schlüsselbund aufbewahrt)</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Microsoft Teams (workflow)</source>
        <translation>Microsoft Teams (Workflow)</translation>
    </message>
    <message>
        <source>PagerDuty (Events API v2)</source>
        <translation>PagerDuty (Events API v2)</translation>
    </message>
    <message>
        <source>Splunk (HTTP Event Collector)</source>
        <translation>Splunk (HTTP Event Collector)</translation>
    </message>
</context>
<context>
    <name>ChannelFields</name>
    <message>
        <source>Mail API</source>
        <translation>Mail-API</translation>
    </message>
    <message>
        <source>Events API</source>
        <translation>Events-API</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Collector</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>sender address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>sender name</source>
        <translation>Absendername</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>addresses or {{image.build_owner}}@example.com, separated by commas</source>
        <translation>Adressen oder {{image.build_owner}}@example.com, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Erwähnen</translation>
    </message>
    <message>
        <source>And</source>
        <translation>Und</translation>
    </message>
    <message>
        <source>Build Owner</source>
        <translation>Build-Verantwortlicher</translation>
    </message>
    <message>
        <source>Deployed By</source>
        <translation>Bereitgestellt von</translation>
    </message>
    <message>
        <source>as @name when the People directory knows their Slack member ID</source>
        <translation>als @Name, wenn das Personenverzeichnis die Slack-Mitglieds-ID kennt</translation>
    </message>
    <message>
        <source>at the address the People directory gives</source>
        <translation>an die Adresse aus dem Personenverzeichnis</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Ersatz</translation>
    </message>
    <message>
        <source>address for a person nobody resolved (empty: skip them)</source>
        <translation>Adresse für eine nicht aufgelöste Person (leer: auslassen)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Sourcetype</source>
        <translation>Sourcetype</translation>
    </message>
    <message>
        <source>index (token default)</source>
        <translation>Index (Standard des Tokens)</translation>
    </message>
</context>
<context>
    <name>ChannelList</name>
    <message>
        <source>Notifications go out in this order when the rule fires.</source>
        <translation>Benachrichtigungen werden in dieser Reihenfolge versendet, wenn die Regel auslöst.</translation>
    </message>
    <message>
        <source>+ Slack</source>
        <translation>+ Slack</translation>
    </message>
    <message>
        <source>+ Webhook</source>
        <translation>+ Webhook</translation>
    </message>
    <message>
        <source>+ E-mail</source>
        <translation>+ E-Mail</translation>
    </message>
    <message>
        <source>No channel yet: the rule would fire and tell no one.</source>
        <translation>Noch kein Kanal: Die Regel würde auslösen und niemanden benachrichtigen.</translation>
    </message>
    <message>
        <source>Noise control</source>
        <translation>Rauschunterdrückung</translation>
    </message>
    <message>
        <source>Cooldown (seconds)</source>
        <translation>Abklingzeit (Sekunden)</translation>
    </message>
    <message>
        <source>Dedupe key</source>
        <translation>Deduplizierungsschlüssel</translation>
    </message>
    <message>
        <source>Events with the same dedupe key notify at most once per cooldown; 0 notifies on every event.</source>
        <translation>Ereignisse mit demselben Deduplizierungsschlüssel benachrichtigen höchstens einmal pro Abklingzeit; 0 benachrichtigt bei jedem Ereignis.</translation>
    </message>
    <message>
        <source>+ Teams</source>
        <translation>+ Teams</translation>
    </message>
    <message>
        <source>+ PagerDuty</source>
        <translation>+ PagerDuty</translation>
    </message>
    <message>
        <source>+ Splunk</source>
        <translation>+ Splunk</translation>
    </message>
</context>
<context>
    <name>ChecklistButton</name>
    <message>
        <source>Nothing to choose from yet.</source>
        <translation>Noch nichts zur Auswahl.</translation>
    </message>
</context>
<context>
    <name>ColumnTitles</name>
    <message>
        <source>Image / tag</source>
        <translation>Image / Tag</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Vulns</source>
        <translation>Schw.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Arch</source>
        <translation>Arch</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>Workloads</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Repository path</source>
        <translation>Repository-Pfad</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
</context>
<context>
    <name>ConditionEditor</name>
    <message>
        <source>glob, e.g. prod-*</source>
        <translation>Glob, z. B. prod-*</translation>
    </message>
    <message>
        <source>values, separated by commas</source>
        <translation>Werte, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppieren</translation>
    </message>
    <message>
        <source>Put this condition in a group of its own</source>
        <translation>Diese Bedingung in eine eigene Gruppe setzen</translation>
    </message>
    <message>
        <source>Group this condition with the next one</source>
        <translation>Diese Bedingung mit der nächsten gruppieren</translation>
    </message>
    <message>
        <source>Remove the condition</source>
        <translation>Bedingung entfernen</translation>
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
    <message>
        <source>Owner trail</source>
        <translation>Owner-Trail</translation>
    </message>
    <message>
        <source>Repository %1. %2</source>
        <translation>Repository %1. %2</translation>
    </message>
    <message>
        <source>Keep an owner trail…</source>
        <translation>Owner-Trail führen…</translation>
    </message>
</context>
<context>
    <name>ContactMail</name>
    <message>
        <source>malicious package</source>
        <translation>Schadpaket</translation>
    </message>
    <message>
        <source>integrity violation</source>
        <translation>Integritätsverletzung</translation>
    </message>
    <message>
        <source>untrusted registry</source>
        <translation>nicht vertrauenswürdige Registry</translation>
    </message>
    <message>
        <source>critical applicable CVEs</source>
        <translation>kritische zutreffende CVEs</translation>
    </message>
    <message>
        <source>Image tag %1 in our clusters</source>
        <translation>Image-Tag %1 in unseren Clustern</translation>
    </message>
    <message>
        <source>Image tag %1: %2</source>
        <translation>Image-Tag %1: %2</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Hallo,</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Hallo %1,</translation>
    </message>
    <message>
        <source>Runtime Desk shows an image tag whose build you own running in our clusters:</source>
        <translation>Runtime Desk zeigt ein Image-Tag, dessen Build Sie verantworten, das in unseren Clustern läuft:</translation>
    </message>
    <message>
        <source>Runtime Desk shows an image tag you deployed running in our clusters:</source>
        <translation>Runtime Desk zeigt ein von Ihnen bereitgestelltes Image-Tag, das in unseren Clustern läuft:</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Image: %1</translation>
    </message>
    <message>
        <source>Digest: %1</source>
        <translation>Digest: %1</translation>
    </message>
    <message>
        <source>not provided by the platform</source>
        <translation>von der Plattform nicht geliefert</translation>
    </message>
    <message>
        <source>Risks: %1</source>
        <translation>Risiken: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Integrity: %1 (%2); running %3, expected %4</source>
        <translation>Integrität: %1 (%2); läuft %3, erwartet %4</translation>
    </message>
    <message>
        <source>Vulnerabilities: %1 (%2 critical and applicable)</source>
        <translation>Schwachstellen: %1 (%2 kritisch und zutreffend)</translation>
    </message>
    <message>
        <source>Build: %1 #%2 (%3)</source>
        <translation>Build: %1 #%2 (%3)</translation>
    </message>
    <message>
        <source>Workloads (%1):</source>
        <translation>Workloads (%1):</translation>
    </message>
    <message>
        <source>  ... and %1 more</source>
        <translation>  ... und %1 weitere</translation>
    </message>
    <message>
        <source>Could you take a look? Thank you.</source>
        <translation>Könnten Sie sich das ansehen? Vielen Dank.</translation>
    </message>
</context>
<context>
    <name>CriteriaNodeEditor</name>
    <message>
        <source>Fire when</source>
        <translation>Auslösen, wenn</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>all of</source>
        <translation>alle von</translation>
    </message>
    <message>
        <source>any of</source>
        <translation>eine von</translation>
    </message>
    <message>
        <source>needs at least one condition</source>
        <translation>braucht mindestens eine Bedingung</translation>
    </message>
    <message>
        <source>nothing yet: fires on every change</source>
        <translation>noch nichts: löst bei jeder Änderung aus</translation>
    </message>
    <message>
        <source>these hold</source>
        <translation>diese gelten</translation>
    </message>
    <message>
        <source>+ Condition</source>
        <translation>+ Bedingung</translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation>+ Gruppe</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>Gruppierung aufheben</translation>
    </message>
    <message>
        <source>Put the group&apos;s conditions back in the enclosing group</source>
        <translation>Die Bedingungen der Gruppe in die umgebende Gruppe zurücksetzen</translation>
    </message>
    <message>
        <source>Remove the group and its conditions</source>
        <translation>Gruppe samt Bedingungen entfernen</translation>
    </message>
    <message>
        <source>or</source>
        <translation>oder</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
</context>
<context>
    <name>DeliveryClassifier</name>
    <message>
        <source>no Retry-After given</source>
        <translation>kein Retry-After angegeben</translation>
    </message>
    <message numerus="yes">
        <source>retry after %n s</source>
        <translation>
            <numerusform>erneuter Versuch nach %n s</numerusform>
            <numerusform>erneuter Versuch nach %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>delivered (HTTP %1)</source>
        <translation>zugestellt (HTTP %1)</translation>
    </message>
    <message>
        <source>the endpoint answered %1, a redirect; redirects are not followed: update the URL</source>
        <translation>der Endpunkt antwortete %1, eine Weiterleitung; Weiterleitungen werden nicht verfolgt: Aktualisieren Sie die URL</translation>
    </message>
    <message>
        <source>Slack refused the message as malformed (400 invalid_payload)</source>
        <translation>Slack hat die Nachricht als fehlerhaft abgelehnt (400 invalid_payload)</translation>
    </message>
    <message>
        <source>Slack does not know the user this webhook posts as (400 user_not_found)</source>
        <translation>Slack kennt den Benutzer nicht, als der dieser Webhook postet (400 user_not_found)</translation>
    </message>
    <message>
        <source>the endpoint refused the request as malformed (400)</source>
        <translation>der Endpunkt hat die Anfrage als fehlerhaft abgelehnt (400)</translation>
    </message>
    <message>
        <source>the endpoint refused the credentials (401): check the API key</source>
        <translation>der Endpunkt hat die Zugangsdaten abgelehnt (401): Prüfen Sie den API-Schlüssel</translation>
    </message>
    <message>
        <source>Slack prohibits posting to this channel (403 action_prohibited): a workspace admin restricted it</source>
        <translation>Slack verbietet das Posten in diesen Kanal (403 action_prohibited): Ein Workspace-Admin hat ihn eingeschränkt</translation>
    </message>
    <message>
        <source>the endpoint forbids this request (403)</source>
        <translation>der Endpunkt verbietet diese Anfrage (403)</translation>
    </message>
    <message>
        <source>the Slack channel of this webhook no longer exists (404 channel_not_found)</source>
        <translation>der Slack-Kanal dieses Webhooks existiert nicht mehr (404 channel_not_found)</translation>
    </message>
    <message>
        <source>nothing answers at this URL (404): the webhook was removed or the URL is wrong</source>
        <translation>unter dieser URL antwortet nichts (404): Der Webhook wurde entfernt oder die URL ist falsch</translation>
    </message>
    <message>
        <source>the Slack channel is archived (410 channel_is_archived)</source>
        <translation>der Slack-Kanal ist archiviert (410 channel_is_archived)</translation>
    </message>
    <message>
        <source>the endpoint is gone for good (410): update or remove this channel</source>
        <translation>der Endpunkt ist endgültig weg (410): Aktualisieren oder entfernen Sie diesen Kanal</translation>
    </message>
    <message>
        <source>rate limited (429); %1</source>
        <translation>gedrosselt (429); %1</translation>
    </message>
    <message>
        <source>a gateway in front of the endpoint failed (502)</source>
        <translation>ein Gateway vor dem Endpunkt ist fehlgeschlagen (502)</translation>
    </message>
    <message>
        <source>the endpoint is unavailable (503); %1</source>
        <translation>der Endpunkt ist nicht verfügbar (503); %1</translation>
    </message>
    <message>
        <source>a gateway in front of the endpoint timed out (504)</source>
        <translation>bei einem Gateway vor dem Endpunkt ist eine Zeitüberschreitung aufgetreten (504)</translation>
    </message>
    <message>
        <source>the endpoint refused the request (%1)</source>
        <translation>der Endpunkt hat die Anfrage abgelehnt (%1)</translation>
    </message>
    <message>
        <source>Slack failed internally (500 rollup_error)</source>
        <translation>interner Fehler bei Slack (500 rollup_error)</translation>
    </message>
    <message>
        <source>the endpoint failed (%1)</source>
        <translation>Fehler am Endpunkt (%1)</translation>
    </message>
    <message>
        <source>unexpected answer (HTTP %1)</source>
        <translation>unerwartete Antwort (HTTP %1)</translation>
    </message>
    <message>
        <source>no answer within %1</source>
        <translation>keine Antwort innerhalb von %1</translation>
    </message>
    <message>
        <source>the TLS handshake failed: %1</source>
        <translation>der TLS-Handshake ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the host %1 does not resolve</source>
        <translation>der Host %1 lässt sich nicht auflösen</translation>
    </message>
    <message>
        <source>could not connect: %1</source>
        <translation>keine Verbindung möglich: %1</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>nicht gesendet: %1</translation>
    </message>
    <message>
        <source>cancelled before an answer came</source>
        <translation>abgebrochen, bevor eine Antwort kam</translation>
    </message>
    <message>
        <source> (the service says: %1)</source>
        <translation> (der Dienst sagt: %1)</translation>
    </message>
</context>
<context>
    <name>DeliveryLogTable</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Nothing was sent for real yet.</source>
        <translation>Bisher wurde nichts wirklich gesendet.</translation>
    </message>
</context>
<context>
    <name>DeployPanel</name>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Hide steps</source>
        <translation>Schritte ausblenden</translation>
    </message>
    <message>
        <source>Show steps</source>
        <translation>Schritte einblenden</translation>
    </message>
</context>
<context>
    <name>DetailField</name>
    <message>
        <source>not provided by the platform</source>
        <translation>von der Plattform nicht geliefert</translation>
    </message>
</context>
<context>
    <name>DetailTables</name>
    <message>
        <source>Vulnerabilities (%L1)</source>
        <translation>Schwachstellen (%L1)</translation>
    </message>
    <message>
        <source>Malicious (%L1)</source>
        <translation>Schadpakete (%L1)</translation>
    </message>
    <message>
        <source>Workloads (%L1)</source>
        <translation>Workloads (%L1)</translation>
    </message>
    <message>
        <source>Clusters (%L1)</source>
        <translation>Cluster (%L1)</translation>
    </message>
    <message>
        <source>Not provided by the platform: it reports vulnerabilities only for images from trusted registries.</source>
        <translation>Von der Plattform nicht geliefert: Sie meldet Schwachstellen nur für Images aus vertrauenswürdigen Registrys.</translation>
    </message>
    <message>
        <source>No vulnerabilities reported for this tag.</source>
        <translation>Für dieses Tag sind keine Schwachstellen gemeldet.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>CVE</source>
        <translation>CVE</translation>
    </message>
    <message>
        <source>CVSS</source>
        <translation>CVSS</translation>
    </message>
    <message>
        <source>Applicability</source>
        <translation>Anwendbarkeit</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>No malicious packages reported for this tag.</source>
        <translation>Für dieses Tag sind keine Schadpakete gemeldet.</translation>
    </message>
    <message>
        <source>Xray ID</source>
        <translation>Xray ID</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>This tag runs in no workload the platform reports.</source>
        <translation>Dieses Tag läuft in keinem von der Plattform gemeldeten Workload.</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>No cluster: the tag runs in no workload the platform reports.</source>
        <translation>Kein Cluster: Das Tag läuft in keinem von der Plattform gemeldeten Workload.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <source>Deployments (%L1)</source>
        <translation>Deployments (%L1)</translation>
    </message>
    <message>
        <source>The owner trail has no deployment of this digest yet: it records each workload change once the collector runs (Connection page, Owner trail).</source>
        <translation>Der Owner-Trail kennt noch kein Deployment dieses Digests: Er hält jede Workload-Änderung fest, sobald der Collector läuft (Seite Verbindung, Owner-Trail).</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Deployed by</source>
        <translation>Deployed von</translation>
    </message>
    <message>
        <source>As tag</source>
        <translation>Als Tag</translation>
    </message>
</context>
<context>
    <name>Dispatcher</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>(not a URL)</source>
        <translation>(keine URL)</translation>
    </message>
    <message>
        <source>%1 (resolving the host)</source>
        <translation>%1 (Host wird aufgelöst)</translation>
    </message>
    <message>
        <source>%1 resolves to %2</source>
        <translation>%1 wird zu %2 aufgelöst</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <source>the server closed the connection before answering</source>
        <translation>der Server hat die Verbindung vor der Antwort geschlossen</translation>
    </message>
    <message>
        <source>the network is unavailable</source>
        <translation>das Netzwerk ist nicht verfügbar</translation>
    </message>
    <message>
        <source>the proxy failed</source>
        <translation>der Proxy ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation>Netzwerkfehler %1</translation>
    </message>
    <message>
        <source>the certificate was not accepted</source>
        <translation>das Zertifikat wurde nicht akzeptiert</translation>
    </message>
    <message>
        <source> (after one retry)</source>
        <translation> (nach einem erneuten Versuch)</translation>
    </message>
</context>
<context>
    <name>DrillController</name>
    <message numerus="yes">
        <source>The drill failed on %n channel(s)</source>
        <translation>
            <numerusform>Der Probealarm ist auf %n Kanal fehlgeschlagen</numerusform>
            <numerusform>Der Probealarm ist auf %n Kanälen fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>The schedule was not saved: %1</source>
        <translation>Der Zeitplan wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Reading the channels&apos; secrets…</source>
        <translation>Geheimnisse der Kanäle werden gelesen…</translation>
    </message>
    <message>
        <source>Sending the drill through every channel…</source>
        <translation>Probealarm wird über jeden Kanal gesendet…</translation>
    </message>
    <message>
        <source>Looking up the deployed worker…</source>
        <translation>Bereitgestellter Worker wird gesucht…</translation>
    </message>
    <message>
        <source>The deployed worker runs the drill on the platform…</source>
        <translation>Der bereitgestellte Worker führt den Probealarm auf der Plattform aus…</translation>
    </message>
    <message>
        <source>Reading the worker&apos;s execution history…</source>
        <translation>Ausführungsverlauf des Workers wird gelesen…</translation>
    </message>
    <message>
        <source>Starting the drill…</source>
        <translation>Probealarm wird gestartet…</translation>
    </message>
    <message>
        <source>Last drill %1 (%2): %3</source>
        <translation>Letzter Probealarm %1 (%2): %3</translation>
    </message>
    <message>
        <source>through the deployed worker</source>
        <translation>über den bereitgestellten Worker</translation>
    </message>
    <message>
        <source>sent from this desk</source>
        <translation>von diesem Desk gesendet</translation>
    </message>
    <message>
        <source>Drill failed: %1</source>
        <translation>Probealarm fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Drills failed on %n rule(s)</source>
        <translation>
            <numerusform>Probealarm bei %n Regel fehlgeschlagen</numerusform>
            <numerusform>Probealarme bei %n Regeln fehlgeschlagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillPanel</name>
    <message>
        <source>A drill sends a synthetic event marked [DRILL] through every channel of the rule, whatever its criteria and cooldown: through the deployed worker when the rule is on the platform, else from this desk.</source>
        <translation>Ein Probealarm sendet ein synthetisches, mit [DRILL] markiertes Ereignis über jeden Kanal der Regel, unabhängig von Kriterien und Abklingzeit: über den bereitgestellten Worker, wenn die Regel auf der Plattform ist, sonst von diesem Desk aus.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Run drill now</source>
        <translation>Probealarm jetzt ausführen</translation>
    </message>
    <message>
        <source>Scheduled drills run when cron or a systemd timer calls “runtime-desk-cli drill run --due”.</source>
        <translation>Geplante Probealarme laufen, wenn cron oder ein systemd-Timer „runtime-desk-cli drill run --due“ aufruft.</translation>
    </message>
    <message>
        <source>Delivered (HTTP %1)</source>
        <translation>Zugestellt (HTTP %1)</translation>
    </message>
    <message>
        <source>Failed (HTTP %1)</source>
        <translation>Fehlgeschlagen (HTTP %1)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation>Letzter Erfolg: %1</translation>
    </message>
    <message>
        <source>This rule has not been drilled yet.</source>
        <translation>Für diese Regel gab es noch keinen Probealarm.</translation>
    </message>
</context>
<context>
    <name>DrillReportModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>DrillRunner</name>
    <message>
        <source>the deployed worker predates drills and would treat the drill as a real event: deploy the rule again</source>
        <translation>der bereitgestellte Worker ist älter als die Probealarme und würde den Probealarm als echtes Ereignis behandeln: Stellen Sie die Regel erneut bereit</translation>
    </message>
    <message>
        <source>delivered (HTTP %1)</source>
        <translation>zugestellt (HTTP %1)</translation>
    </message>
    <message>
        <source>the endpoint answered HTTP %1</source>
        <translation>der Endpunkt antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>the worker made no call on this channel (is its secret set on the platform?)</source>
        <translation>der Worker hat über diesen Kanal keinen Aufruf gemacht (ist sein Geheimnis auf der Plattform gesetzt?)</translation>
    </message>
    <message>
        <source>the rule does not read: %1</source>
        <translation>die Regel ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>no rule %1</source>
        <translation>keine Regel %1</translation>
    </message>
    <message>
        <source>the keychain did not answer: %1</source>
        <translation>der Schlüsselbund hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>no call: the channel has no recipient for this event</source>
        <translation>kein Aufruf: Der Kanal hat für dieses Ereignis keinen Empfänger</translation>
    </message>
    <message>
        <source>nothing was sent</source>
        <translation>nichts wurde gesendet</translation>
    </message>
    <message>
        <source>%1 of %2 channels delivered</source>
        <translation>%1 von %2 Kanälen zugestellt</translation>
    </message>
</context>
<context>
    <name>EmailPreview</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
</context>
<context>
    <name>EventFactory</name>
    <message>
        <source>No change</source>
        <translation>Keine Änderung</translation>
    </message>
    <message>
        <source>Deployment status change</source>
        <translation>Änderung des Bereitstellungsstatus</translation>
    </message>
    <message>
        <source>Integrity violation</source>
        <translation>Integritätsverletzung</translation>
    </message>
    <message>
        <source>Untrusted registry</source>
        <translation>Nicht vertrauenswürdige Registry</translation>
    </message>
    <message>
        <source>New critical applicable CVE</source>
        <translation>Neue kritische zutreffende CVE</translation>
    </message>
    <message>
        <source>cannot read the cache: %1</source>
        <translation>der Cache ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>the cache holds no inventory yet: sync first</source>
        <translation>der Cache enthält noch keinen Bestand: Synchronisieren Sie zuerst</translation>
    </message>
    <message>
        <source>no cached image tag %1</source>
        <translation>kein Image-Tag %1 im Cache</translation>
    </message>
    <message>
        <source>the image tag is no longer in the cache</source>
        <translation>das Image-Tag ist nicht mehr im Cache</translation>
    </message>
    <message>
        <source>%1 runs in no workload in the cached inventory, and the event is about a workload: pick a running tag, or edit an event</source>
        <translation>%1 läuft im Bestand im Cache in keinem Workload, und das Ereignis betrifft einen Workload: Wählen Sie ein laufendes Tag oder bearbeiten Sie ein Ereignis</translation>
    </message>
    <message>
        <source>%1 does not run in %2</source>
        <translation>%1 läuft nicht in %2</translation>
    </message>
    <message>
        <source>%1 runs in %2 workloads; the event is about the first, %3</source>
        <translation>%1 läuft in %2 Workloads; das Ereignis betrifft den ersten, %3</translation>
    </message>
    <message>
        <source>a workload is written CLUSTER/NAMESPACE/NAME, not %1</source>
        <translation>ein Workload wird als CLUSTER/NAMESPACE/NAME geschrieben, nicht %1</translation>
    </message>
    <message>
        <source>no cached workload %1</source>
        <translation>kein Workload %1 im Cache</translation>
    </message>
    <message>
        <source>no cached image tag runs in %1: image_tags_object is empty and the change only touches the workload</source>
        <translation>kein Image-Tag im Cache läuft in %1: image_tags_object ist leer und die Änderung betrifft nur den Workload</translation>
    </message>
    <message>
        <source>the cache has no workloads-listing row for %1: its nodes are unknown, its risks are its images&apos; and its vulnerability count their sum</source>
        <translation>der Cache hat für %1 keine Zeile aus der Workload-Liste: Seine Knoten sind unbekannt, seine Risiken sind die seiner Images und seine Schwachstellenzahl deren Summe</translation>
    </message>
    <message>
        <source>%1 is a stand-in, not a real CVE</source>
        <translation>%1 ist ein Platzhalter, keine echte CVE</translation>
    </message>
    <message>
        <source>change_type &quot;workload&quot; is the only value the documentation shows</source>
        <translation>change_type &quot;workload&quot; ist der einzige Wert, den die Dokumentation zeigt</translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation>%1: %2 in %3</translation>
    </message>
    <message>
        <source>%1 names %2 cached image tags (architectures or digests); give registry/repository_path/name:tag@sha256:DIGEST</source>
        <translation>%1 bezeichnet %2 zwischengespeicherte Image-Tags (Architekturen oder Digests); geben Sie registry/repository_path/name:tag@sha256:DIGEST an</translation>
    </message>
</context>
<context>
    <name>EventJsonEditor</name>
    <message>
        <source>Paste or type an AFTER_WORKLOAD_STATE_CHANGE event</source>
        <translation>AFTER_WORKLOAD_STATE_CHANGE-Ereignis einfügen oder eingeben</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): the event cannot be simulated</source>
        <translation>
            <numerusform>%n Problem: Das Ereignis kann nicht simuliert werden</numerusform>
            <numerusform>%n Probleme: Das Ereignis kann nicht simuliert werden</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ The documented event shape</source>
        <translation>✓ Die dokumentierte Ereignisform</translation>
    </message>
    <message>
        <source>Rebuild from %1</source>
        <translation>Aus %1 neu aufbauen</translation>
    </message>
</context>
<context>
    <name>EventShape</name>
    <message>
        <source>a boolean</source>
        <translation>ein Boolean</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>longer than the limit of %1 characters</source>
        <translation>länger als die Grenze von %1 Zeichen</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>ein Array von Zeichenketten</translation>
    </message>
    <message>
        <source>%1 entries, more than the limit of %2</source>
        <translation>%1 Einträge, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <source>the event is %1 bytes, more than the limit of %2</source>
        <translation>das Ereignis hat %1 Bytes, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <source>the JSON nests deeper than %1 levels</source>
        <translation>das JSON ist tiefer verschachtelt als %1 Ebenen</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>the event must be a JSON object</source>
        <translation>das Ereignis muss ein JSON-Objekt sein</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter   risk:integrity  ns:prod  owner:alice  !registry:docker.io  nginx</source>
        <translation>Filter   risk:integrity  ns:prod  owner:alice  !registry:docker.io  nginx</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the text and the chips (Esc)</source>
        <translation>Text und Chips leeren (Esc)</translation>
    </message>
    <message>
        <source>⚠ %1  (column %2; the list shows the last valid filter)</source>
        <translation>⚠ %1  (Spalte %2; die Liste zeigt den letzten gültigen Filter)</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <source>Malicious</source>
        <translation>Schadcode</translation>
    </message>
    <message>
        <source>Integrity violation</source>
        <translation>Integritätsverletzung</translation>
    </message>
    <message>
        <source>Untrusted registry</source>
        <translation>Nicht vertrauenswürdige Registry</translation>
    </message>
    <message>
        <source>Critical applicable CVEs</source>
        <translation>Kritische anwendbare CVEs</translation>
    </message>
    <message>
        <source>Changed since last sync</source>
        <translation>Seit der letzten Synchronisierung geändert</translation>
    </message>
    <message>
        <source>Cluster ▾</source>
        <translation>Cluster ▾</translation>
    </message>
    <message>
        <source>Cluster: %1 ▾</source>
        <translation>Cluster: %1 ▾</translation>
    </message>
    <message>
        <source>Namespace ▾</source>
        <translation>Namespace ▾</translation>
    </message>
    <message>
        <source>Namespace: %1 ▾</source>
        <translation>Namespace: %1 ▾</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Jeder Schweregrad</translation>
    </message>
    <message>
        <source>Low or higher</source>
        <translation>Niedrig oder höher</translation>
    </message>
    <message>
        <source>Medium or higher</source>
        <translation>Mittel oder höher</translation>
    </message>
    <message>
        <source>High or higher</source>
        <translation>Hoch oder höher</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
</context>
<context>
    <name>FilterParser</name>
    <message>
        <source>The filter is longer than %1 characters.</source>
        <translation>Der Filter ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>A filter has at most %1 terms.</source>
        <translation>Ein Filter hat höchstens %1 Begriffe.</translation>
    </message>
    <message>
        <source>&quot;!&quot; must be followed by a term, as in !registry:docker.io.</source>
        <translation>Auf &quot;!&quot; muss ein Begriff folgen, etwa !registry:docker.io.</translation>
    </message>
    <message>
        <source>Empty quotes match nothing; remove them.</source>
        <translation>Leere Anführungszeichen passen auf nichts; entfernen Sie sie.</translation>
    </message>
    <message>
        <source>A value is longer than %1 characters.</source>
        <translation>Ein Wert ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1:&quot; needs a value.</source>
        <translation>&quot;%1:&quot; braucht einen Wert.</translation>
    </message>
    <message>
        <source>Empty value between commas.</source>
        <translation>Leerer Wert zwischen Kommas.</translation>
    </message>
    <message>
        <source>At most %1 values per key.</source>
        <translation>Höchstens %1 Werte pro Schlüssel.</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1:&quot;. Did you mean &quot;%2:&quot;?</source>
        <translation>Unbekannter Schlüssel &quot;%1:&quot;. Meinten Sie &quot;%2:&quot;?</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1:&quot;. Keys: %2. Put text that contains a colon in quotes.</source>
        <translation>Unbekannter Schlüssel &quot;%1:&quot;. Schlüssel: %2. Setzen Sie Text, der einen Doppelpunkt enthält, in Anführungszeichen.</translation>
    </message>
    <message>
        <source>This quote is not closed.</source>
        <translation>Dieses Anführungszeichen ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>Put a space after a closing quote.</source>
        <translation>Setzen Sie nach einem schließenden Anführungszeichen ein Leerzeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a risk: use malicious, integrity, untrusted or critical.</source>
        <translation>&quot;%1&quot; ist kein Risiko: Verwenden Sie malicious, integrity, untrusted oder critical.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a runtime status: use running, stopped or unknown.</source>
        <translation>&quot;%1&quot; ist kein Laufzeitstatus: Verwenden Sie running, stopped oder unknown.</translation>
    </message>
    <message>
        <source>&quot;%1:&quot; takes yes or no.</source>
        <translation>&quot;%1:&quot; erwartet yes oder no.</translation>
    </message>
    <message>
        <source>&quot;severity:&quot; takes one level, as in severity:&gt;=high.</source>
        <translation>&quot;severity:&quot; erwartet eine Stufe, etwa severity:&gt;=high.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a severity: use critical, high, medium or low, optionally after &gt;=, &gt;, &lt;=, &lt; or =.</source>
        <translation>&quot;%1&quot; ist kein Schweregrad: Verwenden Sie critical, high, medium oder low, optional nach &gt;=, &gt;, &lt;=, &lt; oder =.</translation>
    </message>
</context>
<context>
    <name>FindingController</name>
    <message>
        <source>The inventory is empty: sync first.</source>
        <translation>Der Bestand ist leer: Synchronisieren Sie zuerst.</translation>
    </message>
    <message>
        <source>Unknown status %1.</source>
        <translation>Unbekannter Status %1.</translation>
    </message>
    <message>
        <source>Accepted needs a date, as YYYY-MM-DD.</source>
        <translation>Für „Akzeptiert“ ist ein Datum im Format JJJJ-MM-TT nötig.</translation>
    </message>
    <message>
        <source>Status set to %1.</source>
        <translation>Status auf %1 gesetzt.</translation>
    </message>
    <message>
        <source>Note added; it goes to the ticket as a comment.</source>
        <translation>Notiz hinzugefügt; sie geht als Kommentar an das Ticket.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Notiz hinzugefügt.</translation>
    </message>
    <message>
        <source>No finding.</source>
        <translation>Kein Befund.</translation>
    </message>
    <message>
        <source>That note belongs to another finding.</source>
        <translation>Diese Notiz gehört zu einem anderen Befund.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Notiz gespeichert.</translation>
    </message>
    <message>
        <source>Choose Jira or GitHub.</source>
        <translation>Wählen Sie Jira oder GitHub.</translation>
    </message>
    <message>
        <source>Ticket queued; sending…</source>
        <translation>Ticket eingereiht; wird gesendet…</translation>
    </message>
    <message>
        <source>Ticket queued in the outbox: set up %1 on the Connection page to send it.</source>
        <translation>Ticket im Postausgang eingereiht: Richten Sie %1 auf der Seite „Verbindung“ ein, um es zu senden.</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <source>Evidence written to %1.</source>
        <translation>Beweispaket nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>FindingPanel</name>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>File ticket…</source>
        <translation>Ticket anlegen…</translation>
    </message>
    <message>
        <source>Export evidence…</source>
        <translation>Beweispaket exportieren…</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Export the evidence into…</source>
        <translation>Beweispaket exportieren nach…</translation>
    </message>
</context>
<context>
    <name>GeneratedCodeView</name>
    <message>
        <source>worker.ts for %1 · %L2 characters · generated, read-only</source>
        <translation>worker.ts für %1 · %L2 Zeichen · generiert, schreibgeschützt</translation>
    </message>
    <message>
        <source>Fix the rule&apos;s problems to generate its worker</source>
        <translation>Beheben Sie die Probleme der Regel, um ihren Worker zu erzeugen</translation>
    </message>
    <message>
        <source>Export as jf worker project…</source>
        <translation>Als Projekt für jf worker exportieren…</translation>
    </message>
    <message>
        <source>worker.ts, manifest.json, types.ts, worker.spec.ts, package.json, tsconfig.json and README.md, in a folder named after the worker</source>
        <translation>worker.ts, manifest.json, types.ts, worker.spec.ts, package.json, tsconfig.json und README.md, in einem Ordner mit dem Namen des Workers</translation>
    </message>
    <message>
        <source>Export the worker project into…</source>
        <translation>Worker-Projekt exportieren nach…</translation>
    </message>
</context>
<context>
    <name>GoldenCaseModel</name>
    <message>
        <source>stays quiet</source>
        <translation>bleibt still</translation>
    </message>
    <message>
        <source>fires</source>
        <translation>löst aus</translation>
    </message>
    <message>
        <source>fires, sends nothing</source>
        <translation>löst aus, sendet nichts</translation>
    </message>
    <message>
        <source>fires, sends to %1</source>
        <translation>löst aus, sendet an %1</translation>
    </message>
</context>
<context>
    <name>GoldenCasePanel</name>
    <message>
        <source>Run again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>✓ passes</source>
        <translation>✓ besteht</translation>
    </message>
    <message>
        <source>✗ fails</source>
        <translation>✗ schlägt fehl</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>; its messages contain “%1”</source>
        <translation>; seine Nachrichten enthalten „%1“</translation>
    </message>
</context>
<context>
    <name>HarnessController</name>
    <message>
        <source>As synced</source>
        <translation>Wie synchronisiert</translation>
    </message>
    <message>
        <source>%1 is no longer in the synced inventory</source>
        <translation>%1 ist nicht mehr im synchronisierten Bestand</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n workload(s)</source>
        <translation>
            <numerusform>%1 · %n Workload</numerusform>
            <numerusform>%1 · %n Workloads</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · runs nowhere</source>
        <translation>%1 · läuft nirgends</translation>
    </message>
    <message>
        <source>The image tag is no longer in the cache</source>
        <translation>Das Image-Tag ist nicht mehr im Cache</translation>
    </message>
    <message>
        <source>No cached image tag %1</source>
        <translation>Kein Image-Tag %1 im Cache</translation>
    </message>
    <message>
        <source>Waiting for the inventory to open %1</source>
        <translation>%1 wird geöffnet, sobald der Bestand geladen ist</translation>
    </message>
    <message>
        <source>Pick an image tag</source>
        <translation>Wählen Sie ein Image-Tag</translation>
    </message>
    <message>
        <source>Pick a workload</source>
        <translation>Wählen Sie einen Workload</translation>
    </message>
    <message>
        <source>Edited event about %1 in %2/%3</source>
        <translation>Bearbeitetes Ereignis zu %1 in %2/%3</translation>
    </message>
    <message>
        <source>Edited event</source>
        <translation>Bearbeitetes Ereignis</translation>
    </message>
    <message>
        <source>Give the case a name</source>
        <translation>Geben Sie dem Fall einen Namen</translation>
    </message>
    <message>
        <source>The case was not saved: %1</source>
        <translation>Der Fall wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved the golden case “%1”: it runs on every save of the rule and before each deploy</source>
        <translation>Referenzfall „%1“ gespeichert: Er läuft bei jedem Speichern der Regel und vor jeder Bereitstellung</translation>
    </message>
    <message>
        <source>The case could not be removed</source>
        <translation>Der Fall konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>Removed the case</source>
        <translation>Fall entfernt</translation>
    </message>
    <message>
        <source>the rule does not read</source>
        <translation>die Regel ist nicht lesbar</translation>
    </message>
    <message>
        <source>No golden cases yet: simulate, then “Save as golden case” on a rule</source>
        <translation>Noch keine Referenzfälle: Simulieren Sie und wählen Sie dann bei einer Regel „Als Referenzfall speichern“</translation>
    </message>
    <message numerus="yes">
        <source>All %n case(s) pass</source>
        <translation>
            <numerusform>%n Fall besteht</numerusform>
            <numerusform>Alle %n Fälle bestehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n case(s) fail: their rules cannot be deployed</source>
        <translation>
            <numerusform>%1 von %n Fall fehlgeschlagen: Die zugehörige Regel kann nicht bereitgestellt werden</numerusform>
            <numerusform>%1 von %n Fällen fehlgeschlagen: Die zugehörigen Regeln können nicht bereitgestellt werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a rule that reads</source>
        <translation>Wählen Sie eine lesbare Regel</translation>
    </message>
    <message>
        <source>Choose a deployed rule</source>
        <translation>Wählen Sie eine bereitgestellte Regel</translation>
    </message>
    <message>
        <source>“%1” is not deployed: deploy it from the Rules page first</source>
        <translation>„%1“ ist nicht bereitgestellt: Stellen Sie die Regel zuerst auf der Seite „Regeln“ bereit</translation>
    </message>
    <message>
        <source>Choose the event first</source>
        <translation>Wählen Sie zuerst das Ereignis</translation>
    </message>
    <message>
        <source>There is no event to simulate</source>
        <translation>Es gibt kein Ereignis zum Simulieren</translation>
    </message>
    <message>
        <source>Wait for the messages being sent before simulating again</source>
        <translation>Warten Sie, bis die Nachrichten gesendet sind, bevor Sie erneut simulieren</translation>
    </message>
    <message>
        <source>No rules yet: make one on the Rules page, then simulate again</source>
        <translation>Noch keine Regeln: Legen Sie auf der Seite „Regeln“ eine an und simulieren Sie dann erneut</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n rule(s) fire</source>
        <translation>
            <numerusform>%1 von %n Regel ausgelöst</numerusform>
            <numerusform>%1 von %n Regeln ausgelöst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) planned</source>
        <translation>
            <numerusform>%n Nachricht geplant</numerusform>
            <numerusform>%n Nachrichten geplant</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was sent</source>
        <translation>nichts wurde gesendet</translation>
    </message>
    <message>
        <source>Nothing to send: no planned message</source>
        <translation>Nichts zu senden: keine geplante Nachricht</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n message(s)…</source>
        <translation>
            <numerusform>%n Nachricht wird gesendet…</numerusform>
            <numerusform>%n Nachrichten werden gesendet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n message(s) delivered</source>
        <translation>
            <numerusform>%1 von %n Nachricht zugestellt</numerusform>
            <numerusform>%1 von %n Nachrichten zugestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n message(s) delivered</source>
        <translation>
            <numerusform>%n Nachricht zugestellt</numerusform>
            <numerusform>Alle %n Nachrichten zugestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 names %2 cached image tags (architectures or digests): pick one in the list</source>
        <translation>%1 bezeichnet %2 zwischengespeicherte Image-Tags (Architekturen oder Digests): wählen Sie einen in der Liste</translation>
    </message>
</context>
<context>
    <name>HarnessPage</name>
    <message>
        <source>Alarm harness</source>
        <translation>Alarm-Prüfstand</translation>
    </message>
    <message>
        <source>Rehearse alarms on real rows. Nothing leaves this machine until “Send for real”.</source>
        <translation>Proben Sie Alarme an echten Zeilen. Nichts verlässt diesen Rechner vor „Wirklich senden“.</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Delivery log (%1)</source>
        <translation>Zustellprotokoll (%1)</translation>
    </message>
    <message>
        <source>Golden cases (%1)</source>
        <translation>Referenzfälle (%1)</translation>
    </message>
    <message>
        <source>Backtest</source>
        <translation>Rückblick-Test</translation>
    </message>
    <message>
        <source>Run on the platform</source>
        <translation>Auf der Plattform ausführen</translation>
    </message>
</context>
<context>
    <name>HarnessSourcePanel</name>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Image tag</source>
        <translation>Image-Tag</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <source>Edit event JSON</source>
        <translation>Ereignis-JSON bearbeiten</translation>
    </message>
    <message>
        <source>Search tags: name, digest, CVE, person…</source>
        <translation>Tags suchen: Name, Digest, CVE, Person…</translation>
    </message>
    <message>
        <source>Search workloads: cluster/namespace/name</source>
        <translation>Workloads suchen: Cluster/Namespace/Name</translation>
    </message>
    <message>
        <source>Nothing synced yet: sync the inventory first.</source>
        <translation>Noch nichts synchronisiert: Synchronisieren Sie zuerst den Bestand.</translation>
    </message>
    <message>
        <source>Nothing matches the search.</source>
        <translation>Nichts passt zur Suche.</translation>
    </message>
    <message numerus="yes">
        <source>The tag runs in %n workload(s); the event is about one</source>
        <translation>
            <numerusform>Das Tag läuft in %n Workload; das Ereignis betrifft einen</numerusform>
            <numerusform>Das Tag läuft in %n Workloads; das Ereignis betrifft einen davon</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Simulate (dry run)</source>
        <translation>Simulieren (Probelauf)</translation>
    </message>
    <message>
        <source>Evaluate every rule, drafts included, and plan their messages; nothing is sent</source>
        <translation>Alle Regeln einschließlich Entwürfen auswerten und ihre Nachrichten planen; nichts wird gesendet</translation>
    </message>
</context>
<context>
    <name>HarnessVariants</name>
    <message>
        <source>Only one synced generation is kept: sync again later to have changes to replay</source>
        <translation>Es wird nur ein synchronisierter Stand aufbewahrt: Synchronisieren Sie später erneut, um Änderungen nachspielen zu können</translation>
    </message>
    <message numerus="yes">
        <source>%Ln alarm(s) over %1 change(s) between %2 syncs</source>
        <translation>
            <numerusform>%Ln Alarm bei %1 Änderung(en) zwischen %2 Synchronisierungen</numerusform>
            <numerusform>%Ln Alarme bei %1 Änderung(en) zwischen %2 Synchronisierungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageList</name>
    <message>
        <source>Nothing synced yet</source>
        <translation>Noch nichts synchronisiert</translation>
    </message>
    <message>
        <source>No image matches</source>
        <translation>Kein Image passt</translation>
    </message>
    <message>
        <source>Connect to a platform and press Sync (Ctrl+R). The inventory is kept on this machine, so it opens instantly next time.</source>
        <translation>Verbinden Sie sich mit einer Plattform und klicken Sie auf „Synchronisieren“ (Strg+R). Der Bestand wird auf diesem Rechner gespeichert und öffnet sich beim nächsten Mal sofort.</translation>
    </message>
    <message>
        <source>No image tag matches this filter and these chips.</source>
        <translation>Kein Image-Tag passt zu diesem Filter und diesen Chips.</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter leeren</translation>
    </message>
</context>
<context>
    <name>ImageListRow</name>
    <message>
        <source>%L1 of %L2 tags</source>
        <translation>%L1 von %L2 Tags</translation>
    </message>
    <message>
        <source>1 tag</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%L1 tags</source>
        <translation>%L1 Tags</translation>
    </message>
    <message>
        <source>riskiest</source>
        <translation>am riskantesten</translation>
    </message>
    <message>
        <source>not provided</source>
        <translation>nicht geliefert</translation>
    </message>
    <message>
        <source>Risks: %1</source>
        <translation>Risiken: %1</translation>
    </message>
    <message>
        <source>Changed since the last sync</source>
        <translation>Seit der letzten Synchronisierung geändert</translation>
    </message>
</context>
<context>
    <name>ImagesController</name>
    <message>
        <source>A view needs a name.</source>
        <translation>Eine Ansicht braucht einen Namen.</translation>
    </message>
    <message>
        <source>The view &quot;%1&quot; could not be saved.</source>
        <translation>Die Ansicht &quot;%1&quot; konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Saved the view &quot;%1&quot;.</source>
        <translation>Ansicht &quot;%1&quot; gespeichert.</translation>
    </message>
    <message>
        <source>There is no view &quot;%1&quot;.</source>
        <translation>Es gibt keine Ansicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Platform default</source>
        <translation>Plattform-Standard</translation>
    </message>
    <message>
        <source>Running now</source>
        <translation>Läuft gerade</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 3 days</source>
        <translation>Letzte 3 Tage</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 10 days</source>
        <translation>Letzte 10 Tage</translation>
    </message>
    <message>
        <source>A sync is running; %1 applies to the next one.</source>
        <translation>Eine Synchronisierung läuft; %1 gilt für die nächste.</translation>
    </message>
    <message>
        <source>Syncing %1 from the platform…</source>
        <translation>%1 wird von der Plattform synchronisiert…</translation>
    </message>
    <message>
        <source>No image tag %1 in the inventory.</source>
        <translation>Kein Image-Tag %1 im Bestand.</translation>
    </message>
    <message>
        <source>Cleared the filter to show %1.</source>
        <translation>Filter geleert, um %1 anzuzeigen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 names %n rows (architectures or digests); opened %2.</source>
        <translation>
            <numerusform>%1 bezeichnet %n Zeile (Architektur oder Digest); %2 geöffnet.</numerusform>
            <numerusform>%1 bezeichnet %n Zeilen (Architekturen oder Digests); %2 geöffnet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImagesToolbar</name>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>%L1 images · %L2 of %L3 tags</source>
        <translation>%L1 Images · %L2 von %L3 Tags</translation>
    </message>
    <message>
        <source>%L1 images · %L2 tags</source>
        <translation>%L1 Images · %L2 Tags</translation>
    </message>
    <message>
        <source>Time period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>The platform reports no time per tag: the period is what the sync asks the platform for. Choosing one syncs again.</source>
        <translation>Die Plattform liefert keine Zeit pro Tag: Der Zeitraum bestimmt, was die Synchronisierung bei der Plattform abfragt. Eine Auswahl synchronisiert erneut.</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Alle zuklappen</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <source>Columns ▾</source>
        <translation>Spalten ▾</translation>
    </message>
</context>
<context>
    <name>IntegrityCard</name>
    <message>
        <source>INTEGRITY</source>
        <translation>INTEGRITÄT</translation>
    </message>
    <message>
        <source>not provided by the platform</source>
        <translation>von der Plattform nicht geliefert</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Verletzung</translation>
    </message>
    <message>
        <source>Verified: the running image is the one built</source>
        <translation>Verifiziert: Das laufende Image ist das gebaute</translation>
    </message>
    <message>
        <source>Copy digests</source>
        <translation>Digests kopieren</translation>
    </message>
    <message>
        <source>Violation type</source>
        <translation>Art der Verletzung</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Runtime digest (running now)</source>
        <translation>Laufzeit-Digest (läuft gerade)</translation>
    </message>
    <message>
        <source>Expected digest (Artifactory)</source>
        <translation>Erwarteter Digest (Artifactory)</translation>
    </message>
    <message>
        <source>= the digests are equal</source>
        <translation>= die Digests sind gleich</translation>
    </message>
    <message>
        <source>≠ the digests differ</source>
        <translation>≠ die Digests unterscheiden sich</translation>
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
        <translation>Notizen</translation>
    </message>
    <message>
        <source> · edited %1</source>
        <translation> · bearbeitet %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Add a note (Markdown)…</source>
        <translation>Notiz hinzufügen (Markdown)…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
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
        <translation>
            <numerusform>Versand ausstehend, %n Eintrag</numerusform>
            <numerusform>Versand ausstehend, %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>OwnerTrailController</name>
    <message>
        <source>Not read yet: every sync reads the trail.</source>
        <translation>Noch nicht gelesen: Jede Synchronisierung liest den Trail.</translation>
    </message>
    <message>
        <source>Last read %1 from %2: %L3 records, the newest recorded %4.</source>
        <translation>Zuletzt gelesen %1 aus %2: %L3 Einträge, der neueste aufgezeichnet %4.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Connect to a platform first</source>
        <translation>Zuerst mit einer Plattform verbinden</translation>
    </message>
    <message>
        <source>%1 exists</source>
        <translation>%1 existiert</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1: unknown (%2)</source>
        <translation>%1: unbekannt (%2)</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>unbekannt (%1)</translation>
    </message>
    <message>
        <source>a worker %1 exists that Runtime Desk did not make</source>
        <translation>es gibt einen Worker %1, den Runtime Desk nicht erstellt hat</translation>
    </message>
    <message>
        <source>deployed and enabled</source>
        <translation>bereitgestellt und aktiviert</translation>
    </message>
    <message>
        <source>deployed, disabled</source>
        <translation>bereitgestellt, deaktiviert</translation>
    </message>
    <message>
        <source>not deployed</source>
        <translation>nicht bereitgestellt</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%L1 ms</source>
        <translation>%L1 ms</translation>
    </message>
</context>
<context>
    <name>OwnerTrailDialog</name>
    <message>
        <source>Keep an owner trail on the platform</source>
        <translation>Einen Owner-Trail auf der Plattform führen</translation>
    </message>
    <message>
        <source>The platform names Build Owner and Deployed By only in its workload events. The collector worker %1 writes them, for every image of each event, into a generic repository; every sync reads what is new.</source>
        <translation>Die Plattform nennt Build Owner und Deployed By nur in ihren Workload-Ereignissen. Der Collector-Worker %1 schreibt sie für jedes Image jedes Ereignisses in ein generisches Repository; jede Synchronisierung liest, was neu ist.</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Owner trail repository</source>
        <translation>Repository des Owner-Trails</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Einrichten</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>Status prüfen</translation>
    </message>
    <message>
        <source>Remove the collector</source>
        <translation>Collector entfernen</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Collector</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>Zuletzt gelesen</translation>
    </message>
    <message>
        <source>The collector&apos;s recent runs</source>
        <translation>Die letzten Läufe des Collectors</translation>
    </message>
    <message>
        <source>No runs yet: the collector runs when a workload changes.</source>
        <translation>Noch keine Läufe: Der Collector läuft, wenn sich eine Workload ändert.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Triggered by</source>
        <translation>Ausgelöst von</translation>
    </message>
</context>
<context>
    <name>OwnerTrailJob</name>
    <message>
        <source>Find the repository %1</source>
        <translation>Repository %1 suchen</translation>
    </message>
    <message>
        <source>Create it (local, generic)</source>
        <translation>Anlegen (lokal, generisch)</translation>
    </message>
    <message>
        <source>Read the Workers options</source>
        <translation>Workers-Optionen lesen</translation>
    </message>
    <message>
        <source>Look for the collector %1</source>
        <translation>Collector %1 suchen</translation>
    </message>
    <message>
        <source>Deploy and enable the collector</source>
        <translation>Collector bereitstellen und aktivieren</translation>
    </message>
    <message>
        <source>it exists</source>
        <translation>existiert bereits</translation>
    </message>
    <message>
        <source>Read the collector&apos;s recent runs</source>
        <translation>Die letzten Läufe des Collectors lesen</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>there is no collector on the platform</source>
        <translation>auf der Plattform gibt es keinen Collector</translation>
    </message>
    <message>
        <source>There is no collector to remove; the trail&apos;s repository and records are unchanged</source>
        <translation>Es gibt keinen Collector zu entfernen; Repository und Einträge des Trails bleiben unverändert</translation>
    </message>
    <message>
        <source>the worker %1 was not made by Runtime Desk; it is left as it is</source>
        <translation>der Worker %1 stammt nicht von Runtime Desk; er bleibt, wie er ist</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>The collector is removed; the trail&apos;s repository and its records stay as history</source>
        <translation>Der Collector ist entfernt; Repository und Einträge des Trails bleiben als Verlauf erhalten</translation>
    </message>
    <message>
        <source>%1 is a %2 repository; the trail needs a generic one</source>
        <translation>%1 ist ein %2-Repository; der Trail braucht ein generisches</translation>
    </message>
    <message>
        <source>%1 exists (%2, %3)</source>
        <translation>%1 existiert (%2, %3)</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>Runtime Desk owner trail: who deployed and built each running image</source>
        <translation>Owner-Trail von Runtime Desk: wer jedes laufende Image bereitgestellt und gebaut hat</translation>
    </message>
    <message>
        <source>the token may not create repositories (%1: an admin permission). An administrator can create it: Administration &gt; Repositories &gt; Create a Repository &gt; Local &gt; Generic, key %2; or PUT /artifactory/api/repositories/%2 with {&quot;key&quot;:&quot;%2&quot;,&quot;rclass&quot;:&quot;local&quot;,&quot;packageType&quot;:&quot;generic&quot;}. Then run the setup again.</source>
        <translation>das Token darf keine Repositories anlegen (%1: ein Administratorrecht). Ein Administrator kann es anlegen: Administration &gt; Repositories &gt; Create a Repository &gt; Local &gt; Generic, Schlüssel %2; oder PUT /artifactory/api/repositories/%2 mit {&quot;key&quot;:&quot;%2&quot;,&quot;rclass&quot;:&quot;local&quot;,&quot;packageType&quot;:&quot;generic&quot;}. Danach die Einrichtung erneut starten.</translation>
    </message>
    <message>
        <source>created %1 (local, generic)</source>
        <translation>%1 angelegt (lokal, generisch)</translation>
    </message>
    <message>
        <source>source code sent in base64</source>
        <translation>Quellcode wird in Base64 gesendet</translation>
    </message>
    <message>
        <source>source code sent as text</source>
        <translation>Quellcode wird als Text gesendet</translation>
    </message>
    <message>
        <source>not deployed</source>
        <translation>nicht bereitgestellt</translation>
    </message>
    <message>
        <source>%1 is deployed, %2%3</source>
        <translation>%1 ist bereitgestellt, %2%3</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>, but Runtime Desk did not make it</source>
        <translation>, aber nicht von Runtime Desk erstellt</translation>
    </message>
    <message>
        <source>a worker %1 exists that Runtime Desk did not make; it is never overwritten</source>
        <translation>es gibt einen Worker %1, den Runtime Desk nicht erstellt hat; er wird nie überschrieben</translation>
    </message>
    <message>
        <source>Runtime Desk owner trail: records who deployed and built each image into %1</source>
        <translation>Owner-Trail von Runtime Desk: schreibt nach %1, wer jedes Image bereitgestellt und gebaut hat</translation>
    </message>
    <message>
        <source>Runtime Desk collector %1 for %2</source>
        <translation>Runtime-Desk-Collector %1 für %2</translation>
    </message>
    <message>
        <source>the collector is larger than the platform&apos;s limit of %1 characters</source>
        <translation>der Collector ist größer als die Grenze der Plattform von %1 Zeichen</translation>
    </message>
    <message>
        <source>updated %1 (PUT), enabled</source>
        <translation>%1 aktualisiert (PUT), aktiviert</translation>
    </message>
    <message>
        <source>created %1 (POST), enabled</source>
        <translation>%1 angelegt (POST), aktiviert</translation>
    </message>
    <message>
        <source>The owner trail is set up: the collector %1 writes into %2; every sync reads it</source>
        <translation>Der Owner-Trail ist eingerichtet: Der Collector %1 schreibt nach %2; jede Synchronisierung liest ihn</translation>
    </message>
    <message>
        <source>no collector</source>
        <translation>kein Collector</translation>
    </message>
    <message>
        <source>The collector is not deployed</source>
        <translation>Der Collector ist nicht bereitgestellt</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>The collector is deployed and enabled</source>
        <translation>Der Collector ist bereitgestellt und aktiviert</translation>
    </message>
    <message>
        <source>The collector is deployed but disabled</source>
        <translation>Der Collector ist bereitgestellt, aber deaktiviert</translation>
    </message>
</context>
<context>
    <name>OwnerTrailWorker</name>
    <message>
        <source>the repository key must have 1 to 64 characters (it has %1)</source>
        <translation>der Repository-Schlüssel muss 1 bis 64 Zeichen haben (er hat %1)</translation>
    </message>
    <message>
        <source>the repository key %1 has %2; use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>der Repository-Schlüssel %1 enthält %2; erlaubt sind Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;</translation>
    </message>
    <message>
        <source>the repository key cannot be &apos;.&apos; or &apos;..&apos;</source>
        <translation>der Repository-Schlüssel darf nicht &apos;.&apos; oder &apos;..&apos; sein</translation>
    </message>
</context>
<context>
    <name>PeopleController</name>
    <message>
        <source>there is no local database</source>
        <translation>es gibt keine lokale Datenbank</translation>
    </message>
    <message>
        <source>the entry could not be saved: %1</source>
        <translation>der Eintrag konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1; nothing was imported</source>
        <translation>%1; nichts wurde importiert</translation>
    </message>
    <message>
        <source>the entries could not be saved (%1); nothing was imported</source>
        <translation>die Einträge konnten nicht gespeichert werden (%1); nichts wurde importiert</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entries</source>
        <translation>
            <numerusform>%n Eintrag importiert</numerusform>
            <numerusform>%n Einträge importiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleFile</name>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>line %1: text after a closing quote</source>
        <translation>Zeile %1: Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>line %1: a quote inside an unquoted field</source>
        <translation>Zeile %1: Anführungszeichen in einem Feld ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>%1: more than %2 entries</source>
        <translation>%1: mehr als %2 Einträge</translation>
    </message>
    <message>
        <source>line 1: no header row (name,email,slack_id,team)</source>
        <translation>Zeile 1: keine Kopfzeile (name,email,slack_id,team)</translation>
    </message>
    <message>
        <source>line %1: the header has &quot;%2&quot;; the columns are name, email, slack_id, team</source>
        <translation>Zeile %1: Die Kopfzeile enthält &quot;%2&quot;; die Spalten sind name, email, slack_id, team</translation>
    </message>
    <message>
        <source>line %1: the header has no name column</source>
        <translation>Zeile %1: Die Kopfzeile hat keine Spalte name</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1: %2 fields, the header has %3</source>
        <translation>%1: %2 Felder, die Kopfzeile hat %3</translation>
    </message>
    <message>
        <source>not JSON at offset %1: %2</source>
        <translation>kein JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>the JSON is not an array of people</source>
        <translation>das JSON ist kein Array von Personen</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>%1: not an object</source>
        <translation>%1: kein Objekt</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot;; the keys are name, email, slack_id, team</source>
        <translation>%1: unbekannter Schlüssel &quot;%2&quot;; die Schlüssel sind name, email, slack_id, team</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a string</source>
        <translation>%1: &quot;%2&quot; ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
</context>
<context>
    <name>PeopleListModel</name>
    <message>
        <source>Your entry, saved %1</source>
        <translation>Ihr Eintrag, gespeichert am %1</translation>
    </message>
    <message>
        <source>From the platform&apos;s Access API, %1</source>
        <translation>Aus der Access-API der Plattform, %1</translation>
    </message>
    <message>
        <source>; account %1</source>
        <translation>; Konto %1</translation>
    </message>
    <message>
        <source>; groups: %1</source>
        <translation>; Gruppen: %1</translation>
    </message>
    <message>
        <source>Unresolved (%1): %2</source>
        <translation>Nicht aufgelöst (%1): %2</translation>
    </message>
    <message>
        <source>Unresolved: %1</source>
        <translation>Nicht aufgelöst: %1</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>eigen</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation>nicht aufgelöst</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>%1 people, %2 unresolved</source>
        <translation>%1 Personen, %2 nicht aufgelöst</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>CSV with the header name,email,slack_id,team, or a JSON array of such objects</source>
        <translation>CSV mit der Kopfzeile name,email,slack_id,team oder ein JSON-Array solcher Objekte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Auflösen</translation>
    </message>
    <message>
        <source>Ask the platform&apos;s Access API who each unresolved name is (needs an admin-scoped token)</source>
        <translation>Bei der Access-API der Plattform erfragen, wer hinter jedem nicht aufgelösten Namen steht (erfordert ein Token mit Administratorrechten)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Slack member ID</source>
        <translation>Slack-Mitglieds-ID</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Risky</source>
        <translation>Riskant</translation>
    </message>
    <message>
        <source>No people yet</source>
        <translation>Noch keine Personen</translation>
    </message>
    <message>
        <source>Build Owners and Deployed By appear here after a sync; import your own directory meanwhile.</source>
        <translation>Build Owners und Deployed By erscheinen hier nach einer Synchronisierung; importieren Sie bis dahin Ihr eigenes Verzeichnis.</translation>
    </message>
    <message>
        <source>Tags they built (Build Owner)</source>
        <translation>Von dieser Person gebaute Tags (Build Owner)</translation>
    </message>
    <message>
        <source>Tags they deployed (Deployed By)</source>
        <translation>Von dieser Person bereitgestellte Tags (Deployed By)</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Personen importieren</translation>
    </message>
    <message>
        <source>People (*.csv *.json)</source>
        <translation>Personen (*.csv *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>PeopleResolveJob</name>
    <message>
        <source>the platform refused (%1): reading users needs an admin-scoped token</source>
        <translation>die Plattform hat abgelehnt (%1): Das Lesen von Benutzern erfordert ein Token mit Administratorrechten</translation>
    </message>
    <message>
        <source>not a platform user</source>
        <translation>kein Benutzer der Plattform</translation>
    </message>
    <message>
        <source>the answer could not be kept in the local database</source>
        <translation>die Antwort konnte nicht in der lokalen Datenbank gespeichert werden</translation>
    </message>
    <message numerus="yes">
        <source>%n resolved</source>
        <translation>
            <numerusform>%n aufgelöst</numerusform>
            <numerusform>%n aufgelöst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not platform users</source>
        <translation>
            <numerusform>%n kein Benutzer der Plattform</numerusform>
            <numerusform>%n keine Benutzer der Plattform</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (%1): reading users needs an admin-scoped token</source>
        <translation>
            <numerusform>%n abgelehnt (%1): Das Lesen von Benutzern erfordert ein Token mit Administratorrechten</numerusform>
            <numerusform>%n abgelehnt (%1): Das Lesen von Benutzern erfordert ein Token mit Administratorrechten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (the last: %1)</source>
        <translation>
            <numerusform>%n fehlgeschlagen (zuletzt: %1)</numerusform>
            <numerusform>%n fehlgeschlagen (zuletzt: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>every name is already resolved</source>
        <translation>jeder Name ist bereits aufgelöst</translation>
    </message>
</context>
<context>
    <name>PeopleRoster</name>
    <message>
        <source>not asked yet: Resolve asks the platform</source>
        <translation>noch nicht abgefragt: „Auflösen“ fragt die Plattform</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <source>the name is longer than 256 characters</source>
        <translation>der Name ist länger als 256 Zeichen</translation>
    </message>
    <message>
        <source>the name contains control characters</source>
        <translation>der Name enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plausible e-mail address</source>
        <translation>„%1“ ist keine plausible E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Slack member ID (U or W, then 2 to 20 upper-case letters or digits)</source>
        <translation>„%1“ ist keine Slack-Mitglieds-ID (U oder W, dann 2 bis 20 Großbuchstaben oder Ziffern)</translation>
    </message>
    <message>
        <source>the team is longer than 100 characters</source>
        <translation>das Team ist länger als 100 Zeichen</translation>
    </message>
    <message>
        <source>the team contains control characters</source>
        <translation>das Team enthält Steuerzeichen</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <source>not provided by the platform</source>
        <translation>von der Plattform nicht geliefert</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontaktieren</translation>
    </message>
    <message>
        <source>Write a mail that names the image, tag, digest, risks and workloads</source>
        <translation>Eine E-Mail schreiben, die Image, Tag, Digest, Risiken und Workloads nennt</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Everything by this owner</source>
        <translation>Alles von diesem Build-Verantwortlichen</translation>
    </message>
    <message>
        <source>Everything by this deployer</source>
        <translation>Alles, was diese Person bereitgestellt hat</translation>
    </message>
    <message>
        <source>Keep an owner trail…</source>
        <translation>Owner-Trail führen…</translation>
    </message>
    <message>
        <source>A worker on the platform records who deployed and built each image; every sync reads it</source>
        <translation>Ein Worker auf der Plattform hält fest, wer jedes Image bereitgestellt und gebaut hat; jede Synchronisierung liest es</translation>
    </message>
    <message>
        <source>Not in the people directory: Contact leaves the address to you</source>
        <translation>Nicht im Personenverzeichnis: Bei „Kontaktieren“ geben Sie die Adresse selbst an</translation>
    </message>
    <message>
        <source>Mail goes to %1 (people directory)</source>
        <translation>Die E-Mail geht an %1 (Personenverzeichnis)</translation>
    </message>
    <message>
        <source>In the people directory, without an e-mail address</source>
        <translation>Im Personenverzeichnis, ohne E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Add to directory…</source>
        <translation>Zum Verzeichnis hinzufügen…</translation>
    </message>
</context>
<context>
    <name>PersonEditDialog</name>
    <message>
        <source>Directory entry</source>
        <translation>Verzeichniseintrag</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Slack member ID</source>
        <translation>Slack-Mitglieds-ID</translation>
    </message>
    <message>
        <source>U… or W…</source>
        <translation>U… oder W…</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>PlannedCallCard</name>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>channel “%1”</source>
        <translation>Kanal „%1“</translation>
    </message>
    <message>
        <source>planned, not sent</source>
        <translation>geplant, nicht gesendet</translation>
    </message>
    <message>
        <source>queued…</source>
        <translation>eingereiht…</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>wird gesendet…</translation>
    </message>
    <message numerus="yes">
        <source>✓ delivered · HTTP %1 · %2 ms · %n attempt(s)</source>
        <translation>
            <numerusform>✓ zugestellt · HTTP %1 · %2 ms · %n Versuch</numerusform>
            <numerusform>✓ zugestellt · HTTP %1 · %2 ms · %n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>As the recipient sees it</source>
        <translation>So sieht es der Empfänger</translation>
    </message>
    <message>
        <source>The exact request (secrets masked)</source>
        <translation>Die genaue Anfrage (Geheimnisse maskiert)</translation>
    </message>
    <message>
        <source>Microsoft Teams</source>
        <translation>Microsoft Teams</translation>
    </message>
    <message>
        <source>PagerDuty</source>
        <translation>PagerDuty</translation>
    </message>
    <message>
        <source>Splunk</source>
        <translation>Splunk</translation>
    </message>
</context>
<context>
    <name>PlatformRunPanel</name>
    <message>
        <source>Run on the platform</source>
        <translation>Auf der Plattform ausführen</translation>
    </message>
    <message>
        <source>POST the event to /worker/api/v1/test/{key}: the deployed code runs on the platform</source>
        <translation>Sendet das Ereignis per POST an /worker/api/v1/test/{key}: Der bereitgestellte Code läuft auf der Plattform</translation>
    </message>
    <message>
        <source>No rule is deployed: deploy one from the Rules page to run its worker here.</source>
        <translation>Keine Regel ist bereitgestellt: Stellen Sie auf der Seite „Regeln“ eine bereit, um ihren Worker hier auszuführen.</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>Ereignis: %1</translation>
    </message>
    <message>
        <source>Choose the event on the left first.</source>
        <translation>Wählen Sie zuerst links das Ereignis.</translation>
    </message>
    <message>
        <source>Running %1 on the platform (%2)…</source>
        <translation>%1 wird auf der Plattform ausgeführt (%2)…</translation>
    </message>
    <message>
        <source>The worker&apos;s logs</source>
        <translation>Die Logs des Workers</translation>
    </message>
    <message>
        <source>Its result</source>
        <translation>Sein Ergebnis</translation>
    </message>
    <message numerus="yes">
        <source>Execution history (%n test run(s))</source>
        <translation>
            <numerusform>Ausführungsverlauf (%n Testlauf)</numerusform>
            <numerusform>Ausführungsverlauf (%n Testläufe)</numerusform>
        </translation>
    </message>
    <message>
        <source>test run</source>
        <translation>Testlauf</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>%1 ms · %2</source>
        <translation>%1 ms · %2</translation>
    </message>
</context>
<context>
    <name>PlatformTestRun</name>
    <message>
        <source>Not connected: connect to the platform to run its worker</source>
        <translation>Nicht verbunden: Verbinden Sie sich mit der Plattform, um den Worker auszuführen</translation>
    </message>
    <message>
        <source>%1 is not on the platform: deploy the rule first</source>
        <translation>%1 ist nicht auf der Plattform: Stellen Sie zuerst die Regel bereit</translation>
    </message>
    <message>
        <source>%1 ran on the platform%2</source>
        <translation>%1 lief auf der Plattform%2</translation>
    </message>
    <message>
        <source>%1 ran on the platform%2: %3</source>
        <translation>%1 lief auf der Plattform%2: %3</translation>
    </message>
</context>
<context>
    <name>PlatformWorkerList</name>
    <message>
        <source>On the platform</source>
        <translation>Auf der Plattform</translation>
    </message>
    <message>
        <source>List the platform&apos;s workers again</source>
        <translation>Worker der Plattform neu auflisten</translation>
    </message>
    <message>
        <source>Not made by Runtime Desk: click to view its code (read-only)</source>
        <translation>Nicht von Runtime Desk erstellt: Klicken Sie, um den Code anzuzeigen (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Made by Runtime Desk: click to open its rule</source>
        <translation>Von Runtime Desk erstellt: Klicken Sie, um die Regel zu öffnen</translation>
    </message>
    <message>
        <source> · read-only</source>
        <translation> · schreibgeschützt</translation>
    </message>
    <message>
        <source> · Runtime Desk</source>
        <translation> · Runtime Desk</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
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
        <translation>nicht geliefert</translation>
    </message>
    <message>
        <source>not provided by the platform</source>
        <translation>von der Plattform nicht geliefert</translation>
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
        <translation>Nicht vertr.</translation>
    </message>
    <message>
        <source>Critical CVE</source>
        <translation>Kritische CVE</translation>
    </message>
    <message>
        <source>Crit. CVE</source>
        <translation>Krit. CVE</translation>
    </message>
</context>
<context>
    <name>RowCounts</name>
    <message>
        <source>%1 image tags received, %2 stored</source>
        <translation>%1 Image-Tags empfangen, %2 gespeichert</translation>
    </message>
    <message>
        <source>the platform reported %1 image tags; %2 stored</source>
        <translation>die Plattform meldete %1 Image-Tags; %2 gespeichert</translation>
    </message>
    <message>
        <source>the platform reported %1 image tags; %2 received, %3 stored</source>
        <translation>die Plattform meldete %1 Image-Tags; %2 empfangen, %3 gespeichert</translation>
    </message>
</context>
<context>
    <name>RuleEditorController</name>
    <message>
        <source>Cached: %1 in %2</source>
        <translation>Im Cache: %1 in %2</translation>
    </message>
    <message>
        <source>This rule does not read: %1</source>
        <translation>Diese Regel ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>No such rule</source>
        <translation>Regel nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s) to fix first</source>
        <translation>
            <numerusform>Nicht gespeichert: zuerst %n Problem beheben</numerusform>
            <numerusform>Nicht gespeichert: zuerst %n Probleme beheben</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>always (an empty &quot;all of&quot;)</source>
        <translation>immer (ein leeres &quot;alle von&quot;)</translation>
    </message>
    <message>
        <source>never (an empty &quot;any of&quot;)</source>
        <translation>nie (ein leeres &quot;eine von&quot;)</translation>
    </message>
    <message>
        <source>all of:</source>
        <translation>alle von:</translation>
    </message>
    <message>
        <source>any of:</source>
        <translation>eine von:</translation>
    </message>
    <message>
        <source>Fires on an AFTER_WORKLOAD_STATE_CHANGE event when %1</source>
        <translation>Löst bei einem AFTER_WORKLOAD_STATE_CHANGE-Ereignis aus, wenn gilt: %1</translation>
    </message>
    <message>
        <source>(the template has an error: %1)</source>
        <translation>(die Vorlage enthält einen Fehler: %1)</translation>
    </message>
    <message>
        <source>// The worker is generated once the rule is valid. First problem:
// %1
</source>
        <translation>// Der Worker wird erzeugt, sobald die Regel gültig ist. Erstes Problem:
// %1
</translation>
    </message>
    <message>
        <source>%1 was not stored: %2</source>
        <translation>%1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>%1 is stored in the keychain</source>
        <translation>%1 ist im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>%1 is kept for this session only (no keychain)</source>
        <translation>%1 gilt nur für diese Sitzung (kein Schlüsselbund)</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Exported the worker project to %1</source>
        <translation>Worker-Projekt nach %1 exportiert</translation>
    </message>
    <message>
        <source>Incoming webhook URL</source>
        <translation>URL des eingehenden Webhooks</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>Endpunkt-URL</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>Mail API key</source>
        <translation>Mail-API-Schlüssel</translation>
    </message>
    <message>
        <source>Field matches</source>
        <translation>Feld passt auf</translation>
    </message>
    <message>
        <source>Has risk</source>
        <translation>Hat Risiko</translation>
    </message>
    <message>
        <source>Severity at least</source>
        <translation>Schweregrad mindestens</translation>
    </message>
    <message>
        <source>Vulnerabilities at least</source>
        <translation>Schwachstellen mindestens</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation>Änderungsart</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <source>Image name</source>
        <translation>Image-Name</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>Build owner</source>
        <translation>Build-Verantwortlicher</translation>
    </message>
    <message>
        <source>Deployed by</source>
        <translation>Bereitgestellt von</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>passt auf</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>ist eines von</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>ist keines von</translation>
    </message>
    <message>
        <source>Integrity violation</source>
        <translation>Integritätsverletzung</translation>
    </message>
    <message>
        <source>Untrusted registry</source>
        <translation>Nicht vertrauenswürdige Registry</translation>
    </message>
    <message>
        <source>Malicious package</source>
        <translation>Schadpaket</translation>
    </message>
    <message>
        <source>Critical applicable CVEs</source>
        <translation>Kritische anwendbare CVEs</translation>
    </message>
    <message>
        <source>The golden cases could not be run</source>
        <translation>Die Referenzfälle konnten nicht ausgeführt werden</translation>
    </message>
    <message numerus="yes">
        <source>%n golden case(s) pass</source>
        <translation>
            <numerusform>%n Referenzfall besteht</numerusform>
            <numerusform>%n Referenzfälle bestehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n golden case(s) fail: the rule cannot be deployed until they pass</source>
        <translation>
            <numerusform>%1 von %n Referenzfall fehlgeschlagen: Die Regel kann erst bereitgestellt werden, wenn er besteht</numerusform>
            <numerusform>%1 von %n Referenzfällen fehlgeschlagen: Die Regel kann erst bereitgestellt werden, wenn sie bestehen</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved; a golden case fails</source>
        <translation>Gespeichert; ein Referenzfall schlägt fehl</translation>
    </message>
    <message>
        <source>Workflow webhook URL</source>
        <translation>Webhook-URL des Workflows</translation>
    </message>
    <message>
        <source>Integration routing key</source>
        <translation>Routing-Schlüssel der Integration</translation>
    </message>
    <message>
        <source>HEC token</source>
        <translation>HEC-Token</translation>
    </message>
</context>
<context>
    <name>RuleEditorHeader</name>
    <message>
        <source>Rule name</source>
        <translation>Regelname</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Redeploy</source>
        <translation>Erneut bereitstellen</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <source>Create or update the worker %1 on the platform (saves first)</source>
        <translation>Worker %1 auf der Plattform erstellen oder aktualisieren (speichert zuerst)</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Deploy and enable</source>
        <translation>Bereitstellen und aktivieren</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Delete the worker from the platform; the rule stays here as a draft</source>
        <translation>Worker von der Plattform löschen; die Regel bleibt hier als Entwurf erhalten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this rule?</source>
        <translation>Diese Regel löschen?</translation>
    </message>
    <message>
        <source>“%1” and its secrets in the keychain will be deleted.</source>
        <translation>„%1“ und die zugehörigen Geheimnisse im Schlüsselbund werden gelöscht.</translation>
    </message>
</context>
<context>
    <name>RuleEditorPane</name>
    <message>
        <source>Worker %1 · AFTER_WORKLOAD_STATE_CHANGE</source>
        <translation>Worker %1 · AFTER_WORKLOAD_STATE_CHANGE</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Channels (%1)</source>
        <translation>Kanäle (%1)</translation>
    </message>
    <message>
        <source>Generated code</source>
        <translation>Generierter Code</translation>
    </message>
    <message>
        <source>What the rule is for (optional)</source>
        <translation>Wofür die Regel gedacht ist (optional)</translation>
    </message>
    <message>
        <source>✓ Fires on the sample “%1”</source>
        <translation>✓ Löst beim Beispiel „%1“ aus</translation>
    </message>
    <message>
        <source>✗ Does not fire on the sample “%1”</source>
        <translation>✗ Löst beim Beispiel „%1“ nicht aus</translation>
    </message>
    <message>
        <source>Drill ✗</source>
        <translation>Probealarm ✗</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Probealarm</translation>
    </message>
</context>
<context>
    <name>RuleEngine</name>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n weiterer</numerusform>
            <numerusform>… %n weitere</numerusform>
        </translation>
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
        <translation>
            <numerusform>mindestens %n Schwachstelle</numerusform>
            <numerusform>mindestens %n Schwachstellen</numerusform>
        </translation>
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
        <source>expected an array of &quot;build_owner&quot; and &quot;deployed_by&quot;</source>
        <translation>erwartet ein Array aus &quot;build_owner&quot; und &quot;deployed_by&quot;</translation>
    </message>
    <message>
        <source>listed twice</source>
        <translation>doppelt aufgeführt</translation>
    </message>
    <message>
        <source>expected &quot;build_owner&quot; or &quot;deployed_by&quot;</source>
        <translation>erwartet &quot;build_owner&quot; oder &quot;deployed_by&quot;</translation>
    </message>
    <message>
        <source>expected critical, error, warning or info</source>
        <translation>erwartet critical, error, warning oder info</translation>
    </message>
    <message>
        <source>1 to 128 of letters, digits and _ : . -</source>
        <translation>1 bis 128 Buchstaben, Ziffern und _ : . -</translation>
    </message>
    <message>
        <source>unknown channel type &quot;%1&quot; (use slack, webhook, email, teams, pagerduty or splunk)</source>
        <translation>unbekannter Kanaltyp „%1“ (slack, webhook, email, teams, pagerduty oder splunk verwenden)</translation>
    </message>
</context>
<context>
    <name>RuleListModel</name>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message numerus="yes">
        <source>%n condition(s)</source>
        <translation>
            <numerusform>%n Bedingung</numerusform>
            <numerusform>%n Bedingungen</numerusform>
        </translation>
    </message>
    <message>
        <source>no channel</source>
        <translation>kein Kanal</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>PagerDuty</source>
        <translation>PagerDuty</translation>
    </message>
    <message>
        <source>Splunk</source>
        <translation>Splunk</translation>
    </message>
</context>
<context>
    <name>RuleListPane</name>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <source>Blank rule</source>
        <translation>Leere Regel</translation>
    </message>
    <message>
        <source>From the guide: %1</source>
        <translation>Aus dem Leitfaden: %1</translation>
    </message>
    <message>
        <source>No rule yet. Start from one of the guide&apos;s templates.</source>
        <translation>Noch keine Regel. Beginnen Sie mit einer der Vorlagen aus dem Leitfaden.</translation>
    </message>
    <message>
        <source>Drill failed</source>
        <translation>Probealarm fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>RuleResultCard</name>
    <message>
        <source>Fires</source>
        <translation>Löst aus</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>Bleibt still</translation>
    </message>
    <message>
        <source>Unsaved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Save as golden case…</source>
        <translation>Als Referenzfall speichern…</translation>
    </message>
    <message numerus="yes">
        <source>Send %n for real</source>
        <translation>
            <numerusform>%n wirklich senden</numerusform>
            <numerusform>%n wirklich senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Send exactly these requests to their endpoints now</source>
        <translation>Genau diese Anfragen jetzt an ihre Endpunkte senden</translation>
    </message>
    <message>
        <source>Why it fires</source>
        <translation>Warum sie auslöst</translation>
    </message>
    <message>
        <source>Why it stays quiet</source>
        <translation>Warum sie still bleibt</translation>
    </message>
    <message>
        <source>saw %1</source>
        <translation>gesehen: %1</translation>
    </message>
    <message>
        <source>No conditions: the rule fires on every event</source>
        <translation>Keine Bedingungen: Die Regel löst bei jedem Ereignis aus</translation>
    </message>
</context>
<context>
    <name>RuleTemplateGallery</name>
    <message>
        <source>Start a rule</source>
        <translation>Regel anlegen</translation>
    </message>
    <message>
        <source>Blank rule</source>
        <translation>Leere Regel</translation>
    </message>
    <message>
        <source>Fires on every workload change until you add conditions; no channel yet.</source>
        <translation>Löst bei jeder Workload-Änderung aus, bis Sie Bedingungen hinzufügen; noch kein Kanal.</translation>
    </message>
    <message>
        <source>A rule becomes a JFrog worker on AFTER_WORKLOAD_STATE_CHANGE. The guide&apos;s templates notify Slack (mentioning the build owner), a signed webhook and e-mail (to the build owner and your team) with the workload, the image, its integrity and its risks; add Teams, PagerDuty or Splunk and change anything before you deploy.</source>
        <translation>Eine Regel wird zu einem JFrog-Worker auf AFTER_WORKLOAD_STATE_CHANGE. Die Vorlagen des Leitfadens benachrichtigen Slack (mit Erwähnung des Build Owners), einen signierten Webhook und E-Mail (an den Build Owner und Ihr Team) mit dem Workload, dem Image, seiner Integrität und seinen Risiken; fügen Sie Teams, PagerDuty oder Splunk hinzu und ändern Sie alles vor dem Deployment.</translation>
    </message>
    <message>
        <source>Team address</source>
        <translation>Team-Adresse</translation>
    </message>
    <message>
        <source>Kept for this profile: the templates mail it and each image&apos;s build owner, and it alone when nobody resolved the owner</source>
        <translation>Für dieses Profil gespeichert: Die Vorlagen schreiben an diese Adresse und an den Build Owner jedes Images, und nur an sie, wenn niemand den Owner aufgelöst hat</translation>
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
        <translation>Neue Regel</translation>
    </message>
</context>
<context>
    <name>RulesController</name>
    <message>
        <source>There is no template %1</source>
        <translation>Es gibt keine Vorlage %1</translation>
    </message>
    <message>
        <source>The rule could not be saved: %1</source>
        <translation>Die Regel konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; as a draft</source>
        <translation>&quot;%1&quot; als Entwurf erstellt</translation>
    </message>
    <message>
        <source>Created a new draft</source>
        <translation>Neuer Entwurf erstellt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a worker on the platform: remove it first</source>
        <translation>&quot;%1&quot; hat einen Worker auf der Plattform: Entfernen Sie ihn zuerst</translation>
    </message>
    <message>
        <source>The rule could not be deleted: %1</source>
        <translation>Die Regel konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;</source>
        <translation>&quot;%1&quot; gelöscht</translation>
    </message>
    <message>
        <source>Another operation is running</source>
        <translation>Ein anderer Vorgang läuft</translation>
    </message>
    <message>
        <source>Deploy and enable</source>
        <translation>Bereitstellen und aktivieren</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Remove from the platform</source>
        <translation>Von der Plattform entfernen</translation>
    </message>
    <message>
        <source>Not connected: connect to a platform to see its workers</source>
        <translation>Nicht verbunden: Verbinden Sie sich mit einer Plattform, um ihre Worker zu sehen</translation>
    </message>
    <message>
        <source>No workers on the platform</source>
        <translation>Keine Worker auf der Plattform</translation>
    </message>
    <message>
        <source>%1 was not made by Runtime Desk: it can only be viewed</source>
        <translation>%1 wurde nicht von Runtime Desk erstellt: Er kann nur angezeigt werden</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;; its code was changed by hand, so it is not marked as deployed</source>
        <translation>&quot;%1&quot; importiert; der Code wurde von Hand geändert, daher ist die Regel nicht als bereitgestellt markiert</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; from %2</source>
        <translation>&quot;%1&quot; aus %2 importiert</translation>
    </message>
    <message>
        <source>The team address is not an e-mail address: %1</source>
        <translation>Die Team-Adresse ist keine E-Mail-Adresse: %1</translation>
    </message>
    <message>
        <source>The team address was not saved</source>
        <translation>Die Team-Adresse wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>New rules from a template mail %1 and the build owner</source>
        <translation>Neue Regeln aus einer Vorlage schreiben an %1 und den Build Owner</translation>
    </message>
</context>
<context>
    <name>SampleEvents</name>
    <message>
        <source>Documented sample: frontend-service in production</source>
        <translation>Dokumentiertes Beispiel: frontend-service in production</translation>
    </message>
    <message>
        <source>Integrity violation in frontend-image</source>
        <translation>Integritätsverletzung in frontend-image</translation>
    </message>
    <message>
        <source>frontend-image from an untrusted registry</source>
        <translation>frontend-image aus einer nicht vertrauenswürdigen Registry</translation>
    </message>
</context>
<context>
    <name>SaveCaseDialog</name>
    <message>
        <source>Save as golden case</source>
        <translation>Als Referenzfall speichern</translation>
    </message>
    <message>
        <source>Rule “%1” %2 on this event. The case expects the same on every save and before each deploy.</source>
        <translation>Regel „%1“ bei diesem Ereignis: %2. Der Fall erwartet dasselbe bei jedem Speichern und vor jeder Bereitstellung.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Texts every message must contain (one a line)</source>
        <translation>Texte, die jede Nachricht enthalten muss (einer pro Zeile)</translation>
    </message>
</context>
<context>
    <name>SavedViewsButton</name>
    <message>
        <source>View: %1%2 ▾</source>
        <translation>Ansicht: %1%2 ▾</translation>
    </message>
    <message>
        <source> (changed)</source>
        <translation> (geändert)</translation>
    </message>
    <message>
        <source>Views ▾</source>
        <translation>Ansichten ▾</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>None yet. A view keeps the filter, chips, sort and columns.</source>
        <translation>Noch keine. Eine Ansicht speichert Filter, Chips, Sortierung und Spalten.</translation>
    </message>
    <message>
        <source>Delete this view</source>
        <translation>Diese Ansicht löschen</translation>
    </message>
    <message>
        <source>Name of this view</source>
        <translation>Name dieser Ansicht</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
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
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Alarm harness</source>
        <translation>Alarm-Prüfstand</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>Simulation</name>
    <message>
        <source>rule %1 is skipped: it does not read (%2)</source>
        <translation>Regel %1 wird übersprungen: nicht lesbar (%2)</translation>
    </message>
    <message>
        <source>the keychain did not answer (%1): rules plan without their secrets</source>
        <translation>der Schlüsselbund hat nicht geantwortet (%1): Regeln planen ohne ihre Geheimnisse</translation>
    </message>
</context>
<context>
    <name>SimulationView</name>
    <message>
        <source>Send all for real</source>
        <translation>Alle wirklich senden</translation>
    </message>
    <message>
        <source>Send the messages of every rule that fires to their real endpoints</source>
        <translation>Die Nachrichten aller auslösenden Regeln an ihre echten Endpunkte senden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Pick an image tag or a workload and a change on the left, then “Simulate”.
Every rule is evaluated, drafts included; you see which fire, why, and the exact messages they would send.</source>
        <translation>Wählen Sie links einen Image-Tag oder einen Workload und eine Änderung, dann „Simulieren“.
Jede Regel wird ausgewertet, Entwürfe eingeschlossen; Sie sehen, welche auslösen, warum, und genau die Nachrichten, die sie senden würden.</translation>
    </message>
</context>
<context>
    <name>SlackPreview</name>
    <message>
        <source>Runtime Desk</source>
        <translation>Runtime Desk</translation>
    </message>
    <message>
        <source>APP</source>
        <translation>APP</translation>
    </message>
    <message>
        <source>Notification: %1</source>
        <translation>Benachrichtigung: %1</translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
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
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>owner trail: %L1 records</source>
        <translation>Owner-Trail: %L1 Einträge</translation>
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
        <translation>Synchronisierung läuft…</translation>
    </message>
    <message numerus="yes">
        <source>Kept the new inventory of %Ln tag(s)</source>
        <translation>
            <numerusform>Neuer Bestand mit %Ln Tag übernommen</numerusform>
            <numerusform>Neuer Bestand mit %Ln Tags übernommen</numerusform>
        </translation>
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
        <source>Synced %Ln tag(s)</source>
        <translation>
            <numerusform>%Ln Tag synchronisiert</numerusform>
            <numerusform>%Ln Tags synchronisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln row(s) refused as malformed</source>
        <translation>
            <numerusform>; %Ln fehlerhafte Zeile abgelehnt</numerusform>
            <numerusform>; %Ln fehlerhafte Zeilen abgelehnt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagDetailController</name>
    <message>
        <source>Synced %1.</source>
        <translation>Synchronisiert %1.</translation>
    </message>
    <message>
        <source>This tag is not in the current inventory.</source>
        <translation>Dieser Tag ist nicht im aktuellen Bestand.</translation>
    </message>
    <message>
        <source>Detail from the platform, %1.</source>
        <translation>Detail von der Plattform, %1.</translation>
    </message>
    <message>
        <source>The platform offers no image-tag detail; showing the data synced %1.</source>
        <translation>Die Plattform bietet kein Image-Tag-Detail; angezeigt werden die Daten, synchronisiert %1.</translation>
    </message>
    <message>
        <source>The platform did not answer (%1); showing the data synced %2.</source>
        <translation>Die Plattform hat nicht geantwortet (%1); angezeigt werden die Daten, synchronisiert %2.</translation>
    </message>
    <message>
        <source>%1 of %2 running</source>
        <translation>%1 von %2 laufen</translation>
    </message>
    <message>
        <source>runtime digest: %1
expected digest: %2</source>
        <translation>Laufzeit-Digest: %1
erwarteter Digest: %2</translation>
    </message>
    <message>
        <source>From the platform</source>
        <translation>Von der Plattform</translation>
    </message>
    <message>
        <source>From the owner trail: recorded %1 from %2/%3/%4</source>
        <translation>Aus dem Owner-Trail: aufgezeichnet %1 aus %2/%3/%4</translation>
    </message>
</context>
<context>
    <name>TagDetailHeader</name>
    <message>
        <source>No risk reported</source>
        <translation>Kein Risiko gemeldet</translation>
    </message>
    <message>
        <source>Changed since last sync</source>
        <translation>Seit der letzten Synchronisierung geändert</translation>
    </message>
    <message>
        <source>Runtime status</source>
        <translation>Laufzeitstatus</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Critical applicable CVEs</source>
        <translation>Kritische zutreffende CVEs</translation>
    </message>
    <message>
        <source>Cloud providers</source>
        <translation>Cloud-Anbieter</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Simulate alarm:</source>
        <translation>Alarm simulieren:</translation>
    </message>
    <message>
        <source>Workload change</source>
        <translation>Workload-Änderung</translation>
    </message>
    <message>
        <source>Which rules fire when a workload running this tag changes its deployment status</source>
        <translation>Welche Regeln auslösen, wenn ein Workload mit diesem Tag seinen Bereitstellungsstatus ändert</translation>
    </message>
    <message>
        <source>The tag runs in no workload</source>
        <translation>Der Tag läuft in keinem Workload</translation>
    </message>
    <message>
        <source>Integrity violation</source>
        <translation>Integritätsverletzung</translation>
    </message>
    <message>
        <source>Which rules fire when a workload running this tag reports an integrity violation</source>
        <translation>Welche Regeln auslösen, wenn ein Workload mit diesem Tag eine Integritätsverletzung meldet</translation>
    </message>
</context>
<context>
    <name>TagDetailPane</name>
    <message>
        <source>No image tag open</source>
        <translation>Kein Image-Tag geöffnet</translation>
    </message>
    <message>
        <source>Click a tag, or move with ↑ ↓ → and press Enter, to see who built and deployed it. / filters, Esc clears.</source>
        <translation>Klicken Sie auf einen Tag oder bewegen Sie sich mit ↑ ↓ → und drücken Sie Enter, um zu sehen, wer ihn gebaut und bereitgestellt hat. / filtert, Esc leert.</translation>
    </message>
    <message>
        <source>Build Owner</source>
        <translation>Build-Verantwortlicher</translation>
    </message>
    <message>
        <source>Deployed By</source>
        <translation>Bereitgestellt von</translation>
    </message>
    <message>
        <source>Build name</source>
        <translation>Build-Name</translation>
    </message>
    <message>
        <source>Build number</source>
        <translation>Build-Nummer</translation>
    </message>
    <message>
        <source>Build repository</source>
        <translation>Build-Repository</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>Registry trust</source>
        <translation>Vertrauen der Registry</translation>
    </message>
    <message>
        <source>Trusted registry</source>
        <translation>Vertrauenswürdige Registry</translation>
    </message>
    <message>
        <source>Untrusted registry</source>
        <translation>Nicht vertrauenswürdige Registry</translation>
    </message>
    <message>
        <source>Asking the platform for this tag&apos;s detail…</source>
        <translation>Die Plattform wird nach dem Detail dieses Tags gefragt…</translation>
    </message>
</context>
<context>
    <name>TagSiblings</name>
    <message numerus="yes">
        <source>Other architectures and digests of this tag (%n)</source>
        <translation>
            <numerusform>Weitere Architekturen und Digests dieses Tags (%n)</numerusform>
            <numerusform>Weitere Architekturen und Digests dieses Tags (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>no digest</source>
        <translation>kein Digest</translation>
    </message>
    <message>
        <source>%1 · other digest %2</source>
        <translation>%1 · anderer Digest %2</translation>
    </message>
    <message>
        <source>no architecture</source>
        <translation>keine Architektur</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Open the %1 row, digest %2</source>
        <translation>Die Zeile %1 öffnen, Digest %2</translation>
    </message>
    <message>
        <source>The platform sent no digest for this row.</source>
        <translation>Die Plattform hat für diese Zeile keinen Digest gesendet.</translation>
    </message>
    <message>
        <source>Risks: %1</source>
        <translation>Risiken: %1</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Title (Slack header, mail subject)</source>
        <translation>Titel (Slack-Kopfzeile, Mail-Betreff)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Insert a placeholder ({{#images}} … {{/images}} repeats for every image):</source>
        <translation>Platzhalter einfügen ({{#images}} … {{/images}} wiederholt sich für jedes Image):</translation>
    </message>
    <message>
        <source>Preview on</source>
        <translation>Vorschau für</translation>
    </message>
    <message>
        <source>✓ The rule fires on this event</source>
        <translation>✓ Die Regel löst bei diesem Ereignis aus</translation>
    </message>
    <message>
        <source>✗ The rule does not fire on this event</source>
        <translation>✗ Die Regel löst bei diesem Ereignis nicht aus</translation>
    </message>
    <message>
        <source> (saw %1)</source>
        <translation> (gesehen: %1)</translation>
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
        <translation>Ticket anlegen</translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation>Tracker</translation>
    </message>
    <message>
        <source>Jira</source>
        <translation>Jira</translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <source>This tracker is not set up yet: the ticket waits in the outbox until it is (Connection page).</source>
        <translation>Dieser Tracker ist noch nicht eingerichtet: Das Ticket wartet im Postausgang, bis er es ist (Seite Verbindung).</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description (Markdown)</source>
        <translation>Beschreibung (Markdown)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
</context>
<context>
    <name>TrackerSettings</name>
    <message>
        <source>Issue trackers</source>
        <translation>Issue-Tracker</translation>
    </message>
    <message>
        <source>Where &quot;File ticket&quot; sends findings. Tokens are kept in the system keychain, never in a file.</source>
        <translation>Wohin „Ticket anlegen“ Befunde sendet. Tokens liegen im Schlüsselbund des Systems, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Jira</source>
        <translation>Jira</translation>
    </message>
    <message>
        <source>Project key, e.g. SEC</source>
        <translation>Projektschlüssel, z. B. SEC</translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <source>owner/repository</source>
        <translation>Eigentümer/Repository</translation>
    </message>
    <message>
        <source> — ready</source>
        <translation> — bereit</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Account e-mail</source>
        <translation>Konto-E-Mail</translation>
    </message>
    <message>
        <source>for an API token; empty for a personal access token</source>
        <translation>für ein API-Token; leer für ein persönliches Zugriffstoken</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>/path/to/ca.pem (optional)</source>
        <translation>/path/to/ca.pem (optional)</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>(stored)</source>
        <translation>(gespeichert)</translation>
    </message>
    <message>
        <source>Paste a token</source>
        <translation>Token einfügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Forget token</source>
        <translation>Token vergessen</translation>
    </message>
</context>
<context>
    <name>TrackerSettingsController</name>
    <message>
        <source>Choose Jira or GitHub.</source>
        <translation>Wählen Sie Jira oder GitHub.</translation>
    </message>
    <message>
        <source>%1 is set up; waiting tickets go out now.</source>
        <translation>%1 ist eingerichtet; wartende Tickets werden jetzt gesendet.</translation>
    </message>
    <message>
        <source>Saved. Give the %1 token to send tickets.</source>
        <translation>Gespeichert. Geben Sie das %1-Token an, um Tickets zu senden.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>The keychain refused the token: %1</source>
        <translation>Der Schlüsselbund hat das Token abgelehnt: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>%1 token forgotten.</source>
        <translation>%1-Token vergessen.</translation>
    </message>
</context>
<context>
    <name>TrailReader</name>
    <message>
        <source>the search of %1 went on for more than %2 pages</source>
        <translation>die Suche in %1 lief über mehr als %2 Seiten</translation>
    </message>
    <message>
        <source>the token may not search %1 (%2); an administrator can give its user read permission on that repository</source>
        <translation>das Token darf %1 nicht durchsuchen (%2); ein Administrator kann seinem Benutzer Leserechte auf dieses Repository geben</translation>
    </message>
    <message>
        <source>the token may not read the records in %1 (%2)</source>
        <translation>das Token darf die Einträge in %1 nicht lesen (%2)</translation>
    </message>
    <message>
        <source>The owner trail was not read to the end: %1</source>
        <translation>Der Owner-Trail wurde nicht bis zum Ende gelesen: %1</translation>
    </message>
</context>
<context>
    <name>TriageStatusRow</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>until YYYY-MM-DD</source>
        <translation>bis JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Setzen</translation>
    </message>
</context>
<context>
    <name>WebhookPreview</name>
    <message>
        <source>type %1 · id %2</source>
        <translation>Typ %1 · ID %2</translation>
    </message>
    <message>
        <source>✓ Signed (Standard Webhooks): the receiver can verify it</source>
        <translation>✓ Signiert (Standard Webhooks): Der Empfänger kann die Signatur prüfen</translation>
    </message>
    <message>
        <source>Not signed: the channel has no signing key</source>
        <translation>Nicht signiert: Der Kanal hat keinen Signaturschlüssel</translation>
    </message>
</context>
<context>
    <name>WorkerDeployJob</name>
    <message>
        <source>Generate worker.ts</source>
        <translation>worker.ts generieren</translation>
    </message>
    <message>
        <source>Read the secrets</source>
        <translation>Geheimnisse lesen</translation>
    </message>
    <message>
        <source>Check the runtime action</source>
        <translation>Runtime-Aktion prüfen</translation>
    </message>
    <message>
        <source>Read the platform&apos;s limits</source>
        <translation>Grenzwerte der Plattform lesen</translation>
    </message>
    <message>
        <source>Look up the worker</source>
        <translation>Worker suchen</translation>
    </message>
    <message>
        <source>Create or update the worker</source>
        <translation>Worker erstellen oder aktualisieren</translation>
    </message>
    <message>
        <source>Update the worker</source>
        <translation>Worker aktualisieren</translation>
    </message>
    <message>
        <source>Remove the worker</source>
        <translation>Worker entfernen</translation>
    </message>
    <message>
        <source>Record it in the rule</source>
        <translation>In der Regel vermerken</translation>
    </message>
    <message>
        <source>the platform changed, but the rule could not record it: %1</source>
        <translation>die Plattform wurde geändert, aber die Regel konnte es nicht vermerken: %1</translation>
    </message>
    <message>
        <source>Deployed %1 (created, %2)</source>
        <translation>%1 bereitgestellt (erstellt, %2)</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>Deployed %1 (updated, %2)</source>
        <translation>%1 bereitgestellt (aktualisiert, %2)</translation>
    </message>
    <message>
        <source>Enabled %1: it fires on every workload change</source>
        <translation>%1 aktiviert: Er löst bei jeder Workload-Änderung aus</translation>
    </message>
    <message>
        <source>Disabled %1: it stays on the platform and does not fire</source>
        <translation>%1 deaktiviert: Er bleibt auf der Plattform und löst nicht aus</translation>
    </message>
    <message>
        <source>%1 was not on the platform; the rule is a draft again</source>
        <translation>%1 war nicht auf der Plattform; die Regel ist wieder ein Entwurf</translation>
    </message>
    <message>
        <source>Removed %1 from the platform; the rule is a draft again</source>
        <translation>%1 von der Plattform entfernt; die Regel ist wieder ein Entwurf</translation>
    </message>
    <message>
        <source>the rule is not deployed: deploy it first</source>
        <translation>die Regel ist nicht bereitgestellt: Stellen Sie sie zuerst bereit</translation>
    </message>
    <message>
        <source>%1 is not on the platform: deploy the rule first</source>
        <translation>%1 ist nicht auf der Plattform: Stellen Sie die Regel zuerst bereit</translation>
    </message>
    <message>
        <source>enabled: true</source>
        <translation>enabled: true</translation>
    </message>
    <message>
        <source>enabled: false</source>
        <translation>enabled: false</translation>
    </message>
    <message>
        <source>nothing to remove</source>
        <translation>nichts zu entfernen</translation>
    </message>
    <message>
        <source>%1 removed (DELETE)</source>
        <translation>%1 entfernt (DELETE)</translation>
    </message>
    <message>
        <source>%1 was already gone</source>
        <translation>%1 war bereits entfernt</translation>
    </message>
    <message>
        <source>the stored rule does not read: %1</source>
        <translation>die gespeicherte Regel ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>%L1 characters, rule revision %2</source>
        <translation>%L1 Zeichen, Regelrevision %2</translation>
    </message>
    <message>
        <source>%1 of %2 given</source>
        <translation>%1 von %2 angegeben</translation>
    </message>
    <message>
        <source>%1 of %2 in the keychain</source>
        <translation>%1 von %2 im Schlüsselbund</translation>
    </message>
    <message>
        <source>no secret store</source>
        <translation>kein Geheimnisspeicher</translation>
    </message>
    <message>
        <source>the keychain did not answer: %1</source>
        <translation>der Schlüsselbund hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>the platform offers no %1 action of %2 (are Workers and Runtime enabled?)</source>
        <translation>die Plattform bietet keine Aktion %1 von %2 an (sind Workers und Runtime aktiv?)</translation>
    </message>
    <message>
        <source>%1 (%2) exists</source>
        <translation>%1 (%2) ist vorhanden</translation>
    </message>
    <message>
        <source>worker.ts has %L1 characters, more than the platform accepts (%L2); shorten the message template or the lists</source>
        <translation>worker.ts hat %L1 Zeichen, mehr als die Plattform annimmt (%L2); kürzen Sie die Nachrichtenvorlage oder die Listen</translation>
    </message>
    <message>
        <source>up to %L1 characters of code%2</source>
        <translation>bis zu %L1 Zeichen Code%2</translation>
    </message>
    <message>
        <source>, sent as base64</source>
        <translation>, als base64 gesendet</translation>
    </message>
    <message>
        <source>%1 is on the platform (%2)</source>
        <translation>%1 ist auf der Plattform (%2)</translation>
    </message>
    <message>
        <source>%1 is not on the platform</source>
        <translation>%1 ist nicht auf der Plattform</translation>
    </message>
    <message>
        <source>the worker %1 on the platform was made from another rule (%2); it is left alone</source>
        <translation>der Worker %1 auf der Plattform wurde aus einer anderen Regel erstellt (%2); er bleibt unverändert</translation>
    </message>
    <message>
        <source>the worker %1 on the platform was not made by Runtime Desk; it is left alone</source>
        <translation>der Worker %1 auf der Plattform wurde nicht von Runtime Desk erstellt; er bleibt unverändert</translation>
    </message>
    <message>
        <source>no value for the secret(s) %1: set them in the editor or with `rules secret set`</source>
        <translation>kein Wert für Geheimnis(se) %1: Legen Sie sie im Editor oder mit `rules secret set` fest</translation>
    </message>
    <message>
        <source>updated %1 (PUT, %2)</source>
        <translation>%1 aktualisiert (PUT, %2)</translation>
    </message>
    <message>
        <source>created %1 (POST, %2)</source>
        <translation>%1 erstellt (POST, %2)</translation>
    </message>
    <message>
        <source>; %1 secret(s) kept as the platform has them</source>
        <translation>; %1 Geheimnis(se) wie auf der Plattform vorhanden beibehalten</translation>
    </message>
    <message>
        <source>Run the golden cases</source>
        <translation>Referenzfälle ausführen</translation>
    </message>
    <message>
        <source>Not deployed: %1 of %2 golden case(s) fail: %3</source>
        <translation>Nicht bereitgestellt: Referenzfälle fehlgeschlagen (%1 von %2): %3</translation>
    </message>
    <message>
        <source>Not deployed: %1</source>
        <translation>Nicht bereitgestellt: %1</translation>
    </message>
    <message>
        <source>no golden cases for this rule</source>
        <translation>keine Referenzfälle für diese Regel</translation>
    </message>
    <message numerus="yes">
        <source>%n golden case(s) pass</source>
        <translation>
            <numerusform>%n Referenzfall bestanden</numerusform>
            <numerusform>%n Referenzfälle bestanden</numerusform>
        </translation>
    </message>
    <message>
        <source>no deploy gate: the rule&apos;s golden cases were not run</source>
        <translation>keine Prüfung vor dem Deploy: Die Golden Cases der Regel wurden nicht ausgeführt</translation>
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
        <translation>ein Worker für %1, nicht von Runtime Desk</translation>
    </message>
</context>
</TS>
