package vn.thidua.bloc;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The blocs, their members and their history (tables of V22). */
@Repository
class BlocRepository {

    private final JdbcClient jdbc;

    BlocRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One line of a bloc's history. */
    record HistoryEntry(OffsetDateTime at, String byUser, String action, String unitCode, String note) {
    }

    private record Row(long id, String code, String name, String parent, String year, String leader, Long previous) {
    }

    Optional<Bloc> find(long id) {
        return load(jdbc.sql("""
                select id, code, name, parent_unit_code, school_year, leader_unit_code, previous_bloc_id
                from bloc where id = :id""").param("id", id).query(BlocRepository::row).list()).stream().findFirst();
    }

    /** Locks the bloc's row until the transaction ends: two campaigns reaching its parent at once open one year. */
    void lock(long id) {
        jdbc.sql("select id from bloc where id = :id for update").param("id", id).query(Long.class).list();
    }

    Optional<Bloc> find(String parentUnitCode, String schoolYear, String code) {
        return load(jdbc.sql("""
                select id, code, name, parent_unit_code, school_year, leader_unit_code, previous_bloc_id
                from bloc where parent_unit_code = :p and school_year = :y and code = :c""")
                .param("p", parentUnitCode).param("y", schoolYear).param("c", code)
                .query(BlocRepository::row).list()).stream().findFirst();
    }

    /** The blocs of a parent in a school year (every year when {@code schoolYear} is null), by year then code. */
    List<Bloc> ofParent(String parentUnitCode, String schoolYear) {
        return load(jdbc.sql("""
                select id, code, name, parent_unit_code, school_year, leader_unit_code, previous_bloc_id
                from bloc where parent_unit_code = :p and (cast(:y as varchar) is null or school_year = :y)
                order by school_year desc, code""")
                .param("p", parentUnitCode).param("y", schoolYear).query(BlocRepository::row).list());
    }

    /** The blocs the unit is a member of, every year, newest first. */
    List<Bloc> ofMember(String unitCode) {
        return load(jdbc.sql("""
                select b.id, b.code, b.name, b.parent_unit_code, b.school_year, b.leader_unit_code, b.previous_bloc_id
                from bloc b join bloc_member m on m.bloc_id = b.id
                where m.unit_code = :u order by b.school_year desc, b.code""")
                .param("u", unitCode).query(BlocRepository::row).list());
    }

    /** Which bloc (id) each school of the parent is in for the year. */
    Map<String, Long> membership(String parentUnitCode, String schoolYear) {
        Map<String, Long> map = new LinkedHashMap<>();
        jdbc.sql("select unit_code, bloc_id from bloc_member where parent_unit_code = :p and school_year = :y")
                .param("p", parentUnitCode).param("y", schoolYear)
                .query(rs -> {
                    map.put(rs.getString(1), rs.getLong(2));
                });
        return map;
    }

    long create(String code, String name, String parent, String year, String leader, Long previous, String by,
                OffsetDateTime at) {
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into bloc (code, name, parent_unit_code, school_year, leader_unit_code, previous_bloc_id,
                                  created_by, created_at)
                values (:c, :n, :p, :y, :l, :prev, :by, :at)""")
                .param("c", code).param("n", name).param("p", parent).param("y", year).param("l", leader)
                .param("prev", previous).param("by", by).param("at", at).update(key, "id");
        return key.getKey().longValue();
    }

    void update(long id, String name, String leader) {
        jdbc.sql("update bloc set name = :n, leader_unit_code = :l where id = :id")
                .param("n", name).param("l", leader).param("id", id).update();
    }

    void addMember(Bloc bloc, String unitCode) {
        jdbc.sql("""
                insert into bloc_member (bloc_id, unit_code, parent_unit_code, school_year)
                values (:b, :u, :p, :y)""")
                .param("b", bloc.id()).param("u", unitCode).param("p", bloc.parentUnitCode())
                .param("y", bloc.schoolYear()).update();
    }

    void removeMember(long blocId, String unitCode) {
        jdbc.sql("delete from bloc_member where bloc_id = :b and unit_code = :u")
                .param("b", blocId).param("u", unitCode).update();
    }

    void history(long blocId, String by, OffsetDateTime at, String action, String unitCode, String note) {
        jdbc.sql("""
                insert into bloc_history (bloc_id, changed_at, by_user, action, unit_code, note)
                values (:b, :at, :by, :a, :u, :n)""")
                .param("b", blocId).param("at", at).param("by", by).param("a", action).param("u", unitCode)
                .param("n", note).update();
    }

    List<HistoryEntry> history(long blocId) {
        return jdbc.sql("""
                select changed_at, by_user, action, unit_code, note from bloc_history where bloc_id = :b order by changed_at, id""")
                .param("b", blocId)
                .query((rs, n) -> new HistoryEntry(rs.getObject(1, OffsetDateTime.class), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long previous = rs.getLong(7);
        Long previousId = rs.wasNull() ? null : previous;
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), previousId);
    }

    private List<Bloc> load(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> members = new LinkedHashMap<>();
        Collection<Long> ids = rows.stream().map(Row::id).toList();
        jdbc.sql("select bloc_id, unit_code from bloc_member where bloc_id in (:ids) order by unit_code")
                .param("ids", ids)
                .query(rs -> {
                    members.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return rows.stream().map(r -> new Bloc(r.id(), r.code(), r.name(), r.parent(), r.year(), r.leader(),
                members.getOrDefault(r.id(), List.of()), r.previous())).toList();
    }
}
