#pragma once

#include <QJsonDocument>
#include <QJsonObject>

// The documented AFTER_WORKLOAD_STATE_CHANGE sample event (docs/jfrog-api.md 4.3), with values a
// template must not turn into markup: the event the rule and template targets render against.
inline QJsonObject fuzzSampleEvent()
{
    static const QJsonObject event =
        QJsonDocument::fromJson(
            "{\"change_type\":\"workload\",\"workload_changed_object\":{\"name\":\"frontend<@U123>&service\","
            "\"namespace\":\"production\",\"cluster\":\"production-euc1\",\"nodes\":[\"node-1\",\"node-2\"],"
            "\"risks\":[\"untrusted_registry_images\",\"critical_and_applicable_cves\"],\"vulnerabilities_"
            "count\":5},"
            "\"image_tags_object\":[{\"name\":\"frontend-image\",\"registry\":\"docker.io\",\"repository_"
            "path\":"
            "\"company/frontend\",\"architecture\":\"amd64\",\"tag\":\"v1.2.3\",\"sha256\":"
            "\"bce40a2025d450f7865c5ec6f1ebea13108166f81fe41462069690cb4d96c00f\",\"risks\":[\"critical_and_"
            "applicable_cves\"],"
            "\"vulnerabilities\":[{\"package_type\":\"npm\",\"xray_id\":\"XRAY-2024-001\",\"cve_id\":\"CVE-"
            "2024-1234\","
            "\"severity\":\"Critical\",\"cvss_v3\":\"8.2\",\"applicability\":\"applicable\",\"components\":[{"
            "\"component_id\":\"npm:lodash\",\"name\":\"lodash\",\"version\":\"4.17.21\"}]}],\"malicious_"
            "packages\":null,"
            "\"deployed_by\":\"jenkins-user\",\"build_info\":{\"build_owner\":\"devops-team\",\"build_name\":"
            "\"frontend-service\",\"build_number\":\"456\",\"build_repository\":\"jfrog-artifactory\"}}]}")
            .object();
    return event;
}
