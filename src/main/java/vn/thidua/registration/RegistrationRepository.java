package vn.thidua.registration;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.registration.Registration.Person;
import vn.thidua.registration.Registration.PublishedTarget;
import vn.thidua.registration.Registration.Target;
import vn.thidua.registration.Registration.Work;

/** The registration tables; each list is replaced as a whole, as the page and the file send it. */
@Repository
class RegistrationRepository {

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;

    RegistrationRepository(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    Registration get(long campaignId, String unitCode) {
        String title = jdbc.sql("select collective_title from registration where campaign_id = :c and unit_code = :u")
                .param("c", campaignId).param("u", unitCode).query(String.class).optional().orElse(null);
        return new Registration(campaignId, unitCode, title, targets(campaignId, unitCode),
                people(campaignId, unitCode), works(campaignId, unitCode));
    }

    /** Whether the unit saved anything of its registration yet. */
    boolean exists(long campaignId, String unitCode) {
        return jdbc.sql("select count(*) from registration where campaign_id = :c and unit_code = :u")
                .param("c", campaignId).param("u", unitCode).query(Integer.class).single() > 0;
    }

    List<Target> targets(long campaignId, String unitCode) {
        return jdbc.sql("""
                select published_target_id, name, measure, target_value, achieved_value, computed_from
                from registration_target where campaign_id = :c and unit_code = :u order by list_position""")
                .param("c", campaignId).param("u", unitCode)
                .query((rs, n) -> new Target(rs.getObject("published_target_id", Long.class),
                        rs.getString("name"), rs.getString("measure"), rs.getBigDecimal("target_value"),
                        rs.getBigDecimal("achieved_value"), rs.getString("computed_from")))
                .list();
    }

    List<Person> people(long campaignId, String unitCode) {
        return jdbc.sql("""
                select full_name, date_of_birth, position_title, title_code, nominee_key from registration_person
                where campaign_id = :c and unit_code = :u order by list_position""")
                .param("c", campaignId).param("u", unitCode).query(RegistrationRepository::person).list();
    }

    /** The people registered by any of {@code unitCodes}, unit by unit. */
    List<UnitPerson> people(long campaignId, Collection<String> unitCodes) {
        if (unitCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select unit_code, full_name, date_of_birth, position_title, title_code, nominee_key
                from registration_person where campaign_id = :c and unit_code in (:units)
                order by unit_code, list_position""")
                .param("c", campaignId).param("units", unitCodes)
                .query((rs, n) -> new UnitPerson(rs.getString("unit_code"), person(rs, n))).list();
    }

    record UnitPerson(String unitCode, Person person) {
    }

    Optional<Person> personByKey(long campaignId, String nomineeKey) {
        return jdbc.sql("""
                select full_name, date_of_birth, position_title, title_code, nominee_key from registration_person
                where campaign_id = :c and nominee_key = :k order by id limit 1""")
                .param("c", campaignId).param("k", nomineeKey).query(RegistrationRepository::person).optional();
    }

    /** Every person's nominee key and every unit's code (its collective) → the title registered for. */
    Map<String, String> registeredTitles(long campaignId) {
        Map<String, String> titles = new HashMap<>();
        jdbc.sql("select nominee_key, title_code from registration_person where campaign_id = :c")
                .param("c", campaignId).query((rs, n) -> titles.putIfAbsent(rs.getString(1), rs.getString(2)))
                .list();
        jdbc.sql("""
                select unit_code, collective_title from registration
                where campaign_id = :c and collective_title is not null""")
                .param("c", campaignId).query((rs, n) -> titles.putIfAbsent(rs.getString(1), rs.getString(2)))
                .list();
        return titles;
    }

    private static Person person(ResultSet rs, int n) throws SQLException {
        return new Person(rs.getString("full_name"), rs.getObject("date_of_birth", LocalDate.class),
                rs.getString("position_title"), rs.getString("title_code"), rs.getString("nominee_key"));
    }

    List<Work> works(long campaignId, String unitCode) {
        return jdbc.sql("""
                select name, owner, expected_on from registration_work
                where campaign_id = :c and unit_code = :u order by list_position""")
                .param("c", campaignId).param("u", unitCode)
                .query((rs, n) -> new Work(rs.getString("name"), rs.getString("owner"),
                        rs.getObject("expected_on", LocalDate.class)))
                .list();
    }

    List<PublishedTarget> published(long campaignId, Collection<String> unitCodes) {
        if (unitCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, unit_code, name, measure, target_value, computed_from from registration_published_target
                where campaign_id = :c and unit_code in (:units) order by unit_code, list_position""")
                .param("c", campaignId).param("units", unitCodes)
                .query((rs, n) -> new PublishedTarget(rs.getLong("id"), rs.getString("unit_code"),
                        rs.getString("name"), rs.getString("measure"), rs.getBigDecimal("target_value"),
                        rs.getString("computed_from")))
                .list();
    }

    /**
     * Marks the registration as changed, creating it; the row lock of the update serialises concurrent saves of one
     * unit. Two first saves at once: the later insert fails on the key, is undone to a savepoint, and updates.
     */
    void touch(long campaignId, String unitCode, String username, OffsetDateTime at) {
        if (update(campaignId, unitCode, username, at) > 0) {
            return;
        }
        try {
            savepoint.executeWithoutResult(status -> jdbc.sql("""
                    insert into registration (campaign_id, unit_code, updated_at, updated_by)
                    values (:c, :u, :at, :by)""")
                    .param("at", at).param("by", username).param("c", campaignId).param("u", unitCode).update());
        } catch (DuplicateKeyException e) {
            update(campaignId, unitCode, username, at);
        }
    }

    private int update(long campaignId, String unitCode, String username, OffsetDateTime at) {
        return jdbc.sql("""
                update registration set updated_at = :at, updated_by = :by
                where campaign_id = :c and unit_code = :u""")
                .param("at", at).param("by", username).param("c", campaignId).param("u", unitCode).update();
    }

    void saveCollectiveTitle(long campaignId, String unitCode, String titleCode) {
        jdbc.sql("update registration set collective_title = :t where campaign_id = :c and unit_code = :u")
                .param("t", titleCode).param("c", campaignId).param("u", unitCode).update();
    }

    void replaceTargets(long campaignId, String unitCode, List<Target> targets) {
        delete("registration_target", campaignId, unitCode);
        int position = 0;
        for (Target t : targets) {
            jdbc.sql("""
                    insert into registration_target (campaign_id, unit_code, list_position, name, measure,
                        target_value, published_target_id, achieved_value, computed_from)
                    values (:c, :u, :p, :name, :measure, :value, :published, :achieved, :computed)""")
                    .param("c", campaignId).param("u", unitCode).param("p", ++position).param("name", t.name())
                    .param("measure", t.measure()).param("value", t.targetValue())
                    .param("published", t.publishedTargetId()).param("achieved", t.computed() ? null
                            : t.achievedValue()).param("computed", t.computedFrom()).update();
        }
    }

    /** The achieved values, in the order of the unit's targets (null where nothing was entered). */
    void saveAchieved(long campaignId, String unitCode, List<BigDecimal> achieved) {
        for (int i = 0; i < achieved.size(); i++) {
            jdbc.sql("""
                    update registration_target set achieved_value = :a
                    where campaign_id = :c and unit_code = :u and list_position = :p""")
                    .param("a", achieved.get(i)).param("c", campaignId).param("u", unitCode).param("p", i + 1)
                    .update();
        }
    }

    void replacePeople(long campaignId, String unitCode, List<Person> people) {
        delete("registration_person", campaignId, unitCode);
        int position = 0;
        for (Person p : people) {
            jdbc.sql("""
                    insert into registration_person (campaign_id, unit_code, list_position, full_name,
                        date_of_birth, position_title, title_code, nominee_key)
                    values (:c, :u, :p, :name, :born, :position, :title, :key)""")
                    .param("c", campaignId).param("u", unitCode).param("p", ++position).param("name", p.fullName())
                    .param("born", p.dateOfBirth()).param("position", p.positionTitle())
                    .param("title", p.titleCode()).param("key", p.nomineeKey()).update();
        }
    }

    void replaceWorks(long campaignId, String unitCode, List<Work> works) {
        delete("registration_work", campaignId, unitCode);
        int position = 0;
        for (Work w : works) {
            jdbc.sql("""
                    insert into registration_work (campaign_id, unit_code, list_position, name, owner, expected_on)
                    values (:c, :u, :p, :name, :owner, :on)""")
                    .param("c", campaignId).param("u", unitCode).param("p", ++position).param("name", w.name())
                    .param("owner", w.owner()).param("on", w.expectedOn()).update();
        }
    }

    void replacePublished(long campaignId, String unitCode, List<PublishedTarget> targets) {
        // Units below keep the targets they registered; their link to a removed published target is dropped.
        List<Long> kept = targets.stream().map(PublishedTarget::id).filter(id -> id > 0).toList();
        for (PublishedTarget old : published(campaignId, List.of(unitCode))) {
            if (!kept.contains(old.id())) {
                jdbc.sql("update registration_target set published_target_id = null where published_target_id = :id")
                        .param("id", old.id()).update();
                jdbc.sql("delete from registration_published_target where id = :id").param("id", old.id()).update();
            }
        }
        int position = 0;
        for (PublishedTarget t : targets) {
            position++;
            if (t.id() > 0) {
                jdbc.sql("""
                        update registration_published_target set list_position = :p, name = :name, measure = :m,
                            target_value = :v, computed_from = :computed
                        where id = :id and campaign_id = :c and unit_code = :u""")
                        .param("p", position).param("name", t.name()).param("m", t.measure())
                        .param("v", t.targetValue()).param("computed", t.computedFrom()).param("id", t.id())
                        .param("c", campaignId).param("u", unitCode).update();
                // The units' answers follow the published target's tie to a known measure (and its measure then).
                if (t.computedFrom() == null) {
                    jdbc.sql("update registration_target set computed_from = null where published_target_id = :id")
                            .param("id", t.id()).update();
                } else {
                    jdbc.sql("""
                            update registration_target set computed_from = :computed, measure = :m,
                                achieved_value = null
                            where published_target_id = :id""")
                            .param("computed", t.computedFrom()).param("m", t.measure()).param("id", t.id()).update();
                }
            } else {
                jdbc.sql("""
                        insert into registration_published_target (campaign_id, unit_code, list_position, name,
                            measure, target_value, computed_from) values (:c, :u, :p, :name, :m, :v, :computed)""")
                        .param("c", campaignId).param("u", unitCode).param("p", position).param("name", t.name())
                        .param("m", t.measure()).param("v", t.targetValue()).param("computed", t.computedFrom())
                        .update();
            }
        }
    }

    private void delete(String table, long campaignId, String unitCode) {
        jdbc.sql("delete from " + table + " where campaign_id = :c and unit_code = :u")
                .param("c", campaignId).param("u", unitCode).update();
    }
}
