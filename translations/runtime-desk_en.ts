<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Backtest</name>
    <message numerus="yes">
        <source>a backtest needs two synced generations; the cache has %n</source>
        <translation>
            <numerusform>a backtest needs two synced generations; the cache has %n</numerusform>
            <numerusform>a backtest needs two synced generations; the cache has %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryClassifier</name>
    <message numerus="yes">
        <source>retry after %n s</source>
        <translation>
            <numerusform>retry after %n s</numerusform>
            <numerusform>retry after %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillController</name>
    <message numerus="yes">
        <source>The drill failed on %n channel(s)</source>
        <translation>
            <numerusform>The drill failed on %n channel</numerusform>
            <numerusform>The drill failed on %n channels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drills failed on %n rule(s)</source>
        <translation>
            <numerusform>Drill failed on %n rule</numerusform>
            <numerusform>Drills failed on %n rules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventJsonEditor</name>
    <message numerus="yes">
        <source>%n problem(s): the event cannot be simulated</source>
        <translation>
            <numerusform>%n problem: the event cannot be simulated</numerusform>
            <numerusform>%n problems: the event cannot be simulated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HarnessController</name>
    <message numerus="yes">
        <source>%1 · %n workload(s)</source>
        <translation>
            <numerusform>%1 · %n workload</numerusform>
            <numerusform>%1 · %n workloads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n case(s) pass</source>
        <translation>
            <numerusform>%n case passes</numerusform>
            <numerusform>All %n cases pass</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n case(s) fail: their rules cannot be deployed</source>
        <translation>
            <numerusform>%1 of %n case fails: its rule cannot be deployed</numerusform>
            <numerusform>%1 of %n cases fail: their rules cannot be deployed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n rule(s) fire</source>
        <translation>
            <numerusform>%1 of %n rule fires</numerusform>
            <numerusform>%1 of %n rules fire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) planned</source>
        <translation>
            <numerusform>%n message planned</numerusform>
            <numerusform>%n messages planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n message(s)…</source>
        <translation>
            <numerusform>Sending %n message…</numerusform>
            <numerusform>Sending %n messages…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n message(s) delivered</source>
        <translation>
            <numerusform>%1 of %n message delivered</numerusform>
            <numerusform>%1 of %n messages delivered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n message(s) delivered</source>
        <translation>
            <numerusform>%n message delivered</numerusform>
            <numerusform>All %n messages delivered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HarnessSourcePanel</name>
    <message numerus="yes">
        <source>The tag runs in %n workload(s); the event is about one</source>
        <translation>
            <numerusform>The tag runs in %n workload; the event is about one</numerusform>
            <numerusform>The tag runs in %n workloads; the event is about one</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HarnessVariants</name>
    <message numerus="yes">
        <source>%Ln alarm(s) over %1 change(s) between %2 syncs</source>
        <translation>
            <numerusform>%Ln alarm over %1 change(s) between %2 syncs</numerusform>
            <numerusform>%Ln alarms over %1 change(s) between %2 syncs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImagesController</name>
    <message numerus="yes">
        <source>%1 names %n rows (architectures or digests); opened %2.</source>
        <translation>
            <numerusform>%1 names %n row (architecture or digest); opened %2.</numerusform>
            <numerusform>%1 names %n rows (architectures or digests); opened %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message numerus="yes">
        <source>Waiting to send, %n item(s)</source>
        <translation>
            <numerusform>Waiting to send, %n item</numerusform>
            <numerusform>Waiting to send, %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnerTrailJob</name>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleController</name>
    <message numerus="yes">
        <source>Imported %n entries</source>
        <translation>
            <numerusform>Imported %n entry</numerusform>
            <numerusform>Imported %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleResolveJob</name>
    <message numerus="yes">
        <source>%n resolved</source>
        <translation>
            <numerusform>%n resolved</numerusform>
            <numerusform>%n resolved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not platform users</source>
        <translation>
            <numerusform>%n not a platform user</numerusform>
            <numerusform>%n not platform users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (%1): reading users needs an admin-scoped token</source>
        <translation>
            <numerusform>%n refused (%1): reading users needs an admin-scoped token</numerusform>
            <numerusform>%n refused (%1): reading users needs an admin-scoped token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (the last: %1)</source>
        <translation>
            <numerusform>%n failed (the last: %1)</numerusform>
            <numerusform>%n failed (the last: %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlannedCallCard</name>
    <message numerus="yes">
        <source>✓ delivered · HTTP %1 · %2 ms · %n attempt(s)</source>
        <translation>
            <numerusform>✓ delivered · HTTP %1 · %2 ms · %n attempt</numerusform>
            <numerusform>✓ delivered · HTTP %1 · %2 ms · %n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlatformRunPanel</name>
    <message numerus="yes">
        <source>Execution history (%n test run(s))</source>
        <translation>
            <numerusform>Execution history (%n test run)</numerusform>
            <numerusform>Execution history (%n test runs)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleEditorController</name>
    <message numerus="yes">
        <source>%n golden case(s) pass</source>
        <translation>
            <numerusform>%n golden case passes</numerusform>
            <numerusform>%n golden cases pass</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n golden case(s) fail: the rule cannot be deployed until they pass</source>
        <translation>
            <numerusform>%1 of %n golden case fails: the rule cannot be deployed until it passes</numerusform>
            <numerusform>%1 of %n golden cases fail: the rule cannot be deployed until they pass</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s) to fix first</source>
        <translation>
            <numerusform>Not saved: %n problem to fix first</numerusform>
            <numerusform>Not saved: %n problems to fix first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleEditorPane</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleEngine</name>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n more</numerusform>
            <numerusform>… %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %n vulnerabilities</source>
        <translation>
            <numerusform>at least %n vulnerability</numerusform>
            <numerusform>at least %n vulnerabilities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleListModel</name>
    <message numerus="yes">
        <source>%n condition(s)</source>
        <translation>
            <numerusform>%n condition</numerusform>
            <numerusform>%n conditions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleResultCard</name>
    <message numerus="yes">
        <source>Send %n for real</source>
        <translation>
            <numerusform>Send %n for real</numerusform>
            <numerusform>Send %n for real</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <source>Kept the new inventory of %Ln tag(s)</source>
        <translation>
            <numerusform>Kept the new inventory of %Ln tag</numerusform>
            <numerusform>Kept the new inventory of %Ln tags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncJob</name>
    <message numerus="yes">
        <source>Synced %Ln tag(s)</source>
        <translation>
            <numerusform>Synced %Ln tag</numerusform>
            <numerusform>Synced %Ln tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln row(s) refused as malformed</source>
        <translation>
            <numerusform>; %Ln row refused as malformed</numerusform>
            <numerusform>; %Ln rows refused as malformed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagSiblings</name>
    <message numerus="yes">
        <source>Other architectures and digests of this tag (%n)</source>
        <translation>
            <numerusform>Other architectures and digests of this tag (%n)</numerusform>
            <numerusform>Other architectures and digests of this tag (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkerDeployJob</name>
    <message numerus="yes">
        <source>%n golden case(s) pass</source>
        <translation>
            <numerusform>%n golden case passes</numerusform>
            <numerusform>%n golden cases pass</numerusform>
        </translation>
    </message>
</context>
</TS>
