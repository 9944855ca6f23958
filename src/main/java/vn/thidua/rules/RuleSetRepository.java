package vn.thidua.rules;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RuleSetRepository {

    private static final RowMapper<RuleSetVersion> ROW = (rs, n) -> new RuleSetVersion(rs.getString("rule_set_id"),
            rs.getInt("version"), rs.getString("deployment_id"), rs.getString("decision_key"),
            rs.getString("decision_definition_id"), rs.getString("name"), rs.getString("legal_basis"),
            rs.getString("definition"), rs.getString("content_hash"), rs.getString("deployed_by"),
            rs.getObject("deployed_at", OffsetDateTime.class));

    private final JdbcClient jdbc;

    RuleSetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<RuleSetVersion> latest(String ruleSetId) {
        return jdbc.sql("""
                select * from rule_set where rule_set_id = :id
                and version = (select max(version) from rule_set where rule_set_id = :id)""")
                .param("id", ruleSetId).query(ROW).optional();
    }

    public Optional<RuleSetVersion> find(RuleSetRef ref) {
        return jdbc.sql("select * from rule_set where rule_set_id = :id and version = :version")
                .param("id", ref.id()).param("version", ref.version()).query(ROW).optional();
    }

    /** The newest version of every rule set, by id. */
    public List<RuleSetVersion> latestOfEach() {
        return jdbc.sql("""
                select r.* from rule_set r
                where r.version = (select max(o.version) from rule_set o where o.rule_set_id = r.rule_set_id)
                order by r.rule_set_id""").query(ROW).list();
    }

    /** Decision keys used by any version of any other rule set. */
    public List<String> decisionKeysOfOthers(String ruleSetId) {
        return jdbc.sql("select distinct decision_key from rule_set where rule_set_id <> :id")
                .param("id", ruleSetId).query(String.class).list();
    }

    public void insert(RuleSetVersion v) {
        jdbc.sql("""
                insert into rule_set (rule_set_id, version, deployment_id, decision_key, decision_definition_id, name,
                                      legal_basis, definition, content_hash, deployed_by, deployed_at)
                values (:id, :version, :deployment, :key, :decision, :name, :legalBasis, :definition, :hash,
                        :deployedBy, :deployedAt)""")
                .param("id", v.ruleSetId())
                .param("version", v.version())
                .param("deployment", v.deploymentId())
                .param("key", v.decisionKey())
                .param("decision", v.decisionDefinitionId())
                .param("name", v.name())
                .param("legalBasis", v.legalBasis())
                .param("definition", v.definition())
                .param("hash", v.contentHash())
                .param("deployedBy", v.deployedBy())
                .param("deployedAt", v.deployedAt())
                .update();
    }
}
