-- Every deployed version of every rule set (bộ quy tắc). A campaign stores "<rule_set_id>:<version>" in
-- campaign.rule_set_id and is judged by exactly that row and the eligibility table of its Camunda deployment.
-- Rows are never updated: a change is a new version.

create table rule_set (
    rule_set_id            varchar(100)     not null,
    version                integer          not null,
    deployment_id          varchar(64)      not null,
    decision_key           varchar(255)     not null,
    decision_definition_id varchar(64)      not null,
    name                   varchar(300)     not null,
    legal_basis            varchar(1000)    not null,
    -- ruleset.json exactly as deployed
    definition             varchar(1000000) not null,
    -- SHA-256 of ruleset.json and eligibility.dmn: the same content makes no new version
    content_hash           varchar(64)      not null,
    deployed_by            varchar(64),
    deployed_at            timestamp with time zone not null,
    constraint rule_set_version_uq unique (rule_set_id, version)
);
