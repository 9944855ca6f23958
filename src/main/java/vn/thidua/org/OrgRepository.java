package vn.thidua.org;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Our tables of the organisation: units, people and their roles. */
@Repository
public class OrgRepository {

    private static final String UNIT_COLUMNS = "select code, name, level, parent_code, email from org_unit";
    private static final RowMapper<Unit> UNIT = (rs, n) -> new Unit(rs.getString(1), rs.getString(2),
            rs.getString(3), rs.getString(4), rs.getString(5));

    /** Codes bound in one {@code in} list: well below the driver's limit of bind parameters. */
    static final int NAMES_PER_READ = 1000;

    private final JdbcClient jdbc;

    OrgRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Unit> allUnits() {
        return jdbc.sql(UNIT_COLUMNS).query(UNIT).list().stream().collect(Collectors.toMap(Unit::code, u -> u));
    }

    public Optional<Unit> findUnit(String code) {
        return jdbc.sql(UNIT_COLUMNS + " where code = :code").param("code", code).query(UNIT).optional();
    }

    public List<Unit> children(String code) {
        return jdbc.sql(UNIT_COLUMNS + " where parent_code = :code order by code").param("code", code).query(UNIT).list();
    }

    public List<Unit> roots() {
        return jdbc.sql(UNIT_COLUMNS + " where parent_code is null order by code").query(UNIT).list();
    }

    int childCount(String code) {
        return jdbc.sql("select count(*) from org_unit where parent_code = :code").param("code", code)
                .query(Integer.class).single();
    }

    /** The names of the units among {@code codes} that exist, by code: one read per thousand codes. */
    Map<String, String> names(Collection<String> codes) {
        List<String> distinct = codes.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, String> names = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += NAMES_PER_READ) {
            jdbc.sql("select code, name from org_unit where code in (:codes)")
                    .param("codes", distinct.subList(from, Math.min(distinct.size(), from + NAMES_PER_READ)))
                    .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                    .forEach(entry -> names.put(entry.getKey(), entry.getValue()));
        }
        return names;
    }

    /** The unit of the person when they hold the role (none when they do not, or are none of our people). */
    List<String> unitsWhere(String username, UnitRole role) {
        return jdbc.sql("""
                select p.unit_code from org_person p join org_person_role r on r.username = p.username
                where p.username = :username and r.role = :role""")
                .param("username", username).param("role", role.code())
                .query(String.class).list();
    }

    void insertUnit(Unit unit) {
        jdbc.sql("insert into org_unit (code, name, level, parent_code, email) values (:code, :name, :level, null, :email)")
                .param("code", unit.code()).param("name", unit.name()).param("level", unit.level())
                .param("email", unit.email()).update();
    }

    void updateUnit(Unit unit) {
        jdbc.sql("update org_unit set name = :name, level = :level, parent_code = :parent, email = :email where code = :code")
                .param("code", unit.code()).param("name", unit.name()).param("level", unit.level())
                .param("parent", unit.parentCode()).param("email", unit.email()).update();
    }

    /** Every unit's other bodies (also reports to), by unit code, each list in body code order. */
    public Map<String, List<String>> allOtherBodies() {
        return jdbc.sql("select unit_code, body_code from org_unit_body order by unit_code, body_code")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** The bodies a unit also reports to, besides its parent, ordered by code. */
    public List<Unit> otherBodies(String unitCode) {
        return jdbc.sql("""
                select u.code, u.name, u.level, u.parent_code, u.email from org_unit_body b
                join org_unit u on u.code = b.body_code where b.unit_code = :unit order by u.code""")
                .param("unit", unitCode).query(UNIT).list();
    }

    public void replaceOtherBodies(String unitCode, List<String> bodyCodes) {
        jdbc.sql("delete from org_unit_body where unit_code = :unit").param("unit", unitCode).update();
        for (String body : bodyCodes) {
            jdbc.sql("insert into org_unit_body (unit_code, body_code) values (:unit, :body)")
                    .param("unit", unitCode).param("body", body).update();
        }
    }

    /** A person with every role they hold. */
    public record PersonRecord(String username, String fullName, String email, String unitCode, List<String> roles) {
    }

    public Map<String, PersonRecord> allPeople() {
        Map<String, List<String>> roles = jdbc.sql("select username, role from org_person_role order by role")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("select username, full_name, email, unit_code from org_person")
                .query((rs, n) -> new PersonRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        roles.getOrDefault(rs.getString(1), List.of())))
                .list().stream().collect(Collectors.toMap(PersonRecord::username, p -> p));
    }

    void upsertPerson(PersonRecord person, boolean exists) {
        String sql = exists
                ? "update org_person set full_name = :name, email = :email, unit_code = :unit where username = :username"
                : "insert into org_person (username, full_name, email, unit_code) values (:username, :name, :email, :unit)";
        jdbc.sql(sql).param("username", person.username()).param("name", person.fullName())
                .param("email", person.email()).param("unit", person.unitCode()).update();
        jdbc.sql("delete from org_person_role where username = :username").param("username", person.username()).update();
        for (String role : person.roles()) {
            jdbc.sql("insert into org_person_role (username, role) values (:username, :role)")
                    .param("username", person.username()).param("role", role).update();
        }
    }

    public Optional<String> fullName(String username) {
        return jdbc.sql("select full_name from org_person where username = :u").param("u", username)
                .query(String.class).optional();
    }

    public List<Person> people(String unitCode, UnitRole role) {
        return jdbc.sql("""
                select p.username, p.full_name, p.email, p.unit_code from org_person p
                join org_person_role r on r.username = p.username
                where p.unit_code = :unit and r.role = :role order by p.username""")
                .param("unit", unitCode).param("role", role.code())
                .query((rs, n) -> new Person(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), role))
                .list();
    }
}
