package vn.thidua.digest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.thidua.report.ParentDigests;

/** Which parent units' staff read their children's deadlines in the daily digest rather than mail by mail. */
@Component
public class DigestPolicy implements ParentDigests {

    private final DigestProperties properties;
    private final JdbcClient jdbc;

    public DigestPolicy(DigestProperties properties, JdbcClient jdbc) {
        this.properties = properties;
        this.jdbc = jdbc;
    }

    @Override
    public boolean digestsFor(String parentUnitCode) {
        if (!properties.enabled() || parentUnitCode == null) {
            return false;
        }
        int children = jdbc.sql("select count(*) from org_unit where parent_code = :p").param("p", parentUnitCode)
                .query(Integer.class).single();
        return children >= properties.threshold();
    }
}
