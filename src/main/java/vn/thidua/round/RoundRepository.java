package vn.thidua.round;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The tables of report schedules, their rounds and ad-hoc requests. */
@Repository
class RoundRepository {

    private final JdbcClient jdbc;

    RoundRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertSchedule(String name, String rootUnitCode, long campaignId, LocalDate planFrom, String createdBy,
                        OffsetDateTime createdAt, List<ScheduleItem> items) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into report_schedule (name, root_unit_code, campaign_id, status, plan_from, created_by,
                                             created_at)
                values (:name, :root, :campaign, :status, :planFrom, :by, :at)""")
                .param("name", name).param("root", rootUnitCode).param("campaign", campaignId)
                .param("status", ScheduleStatus.ACTIVE.name()).param("planFrom", planFrom).param("by", createdBy)
                .param("at", createdAt)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (ScheduleItem item : items) {
            jdbc.sql("""
                    insert into report_schedule_item (schedule_id, item_no, title, due_month, due_day,
                                                      open_days_before, instructions, ask_counts, receivers)
                    values (:id, :no, :title, :month, :day, :open, :instructions, :askCounts, :receivers)""")
                    .param("id", id).param("no", item.itemNo()).param("title", item.title())
                    .param("month", item.due().getMonthValue()).param("day", item.due().getDayOfMonth())
                    .param("open", item.openDaysBefore()).param("instructions", item.instructions())
                    .param("askCounts", item.askCounts()).param("receivers", item.receivers().name())
                    .update();
        }
        return id;
    }

    void attachScheduleProcess(long id, String processInstanceId) {
        jdbc.sql("update report_schedule set process_instance_id = :pi where id = :id")
                .param("pi", processInstanceId).param("id", id).update();
    }

    /** Moves the schedule to {@code to} only from {@code from}; false when it was not in {@code from}. */
    boolean changeStatus(long id, ScheduleStatus from, ScheduleStatus to, LocalDate planFrom) {
        return jdbc.sql("""
                update report_schedule set status = :to, plan_from = coalesce(:planFrom, plan_from)
                where id = :id and status = :from""")
                .param("to", to.name()).param("planFrom", planFrom).param("id", id).param("from", from.name())
                .update() == 1;
    }

    void movePlanFrom(long id, LocalDate day) {
        jdbc.sql("update report_schedule set plan_from = :day where id = :id and plan_from < :day")
                .param("day", day).param("id", id).update();
    }

    Optional<ReportSchedule> findSchedule(long id) {
        return jdbc.sql("select * from report_schedule where id = :id").param("id", id)
                .query(this::schedule).optional();
    }

    List<ReportSchedule> schedules() {
        return jdbc.sql("select * from report_schedule order by id desc").query(this::schedule).list();
    }

    private ReportSchedule schedule(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        return new ReportSchedule(id, rs.getString("name"), rs.getString("root_unit_code"),
                rs.getLong("campaign_id"), ScheduleStatus.valueOf(rs.getString("status")),
                rs.getObject("plan_from", LocalDate.class), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("process_instance_id"), items(id));
    }

    private List<ScheduleItem> items(long scheduleId) {
        return jdbc.sql("select * from report_schedule_item where schedule_id = :id order by item_no")
                .param("id", scheduleId)
                .query((rs, n) -> new ScheduleItem(rs.getInt("item_no"), rs.getString("title"),
                        MonthDay.of(rs.getInt("due_month"), rs.getInt("due_day")), rs.getInt("open_days_before"),
                        rs.getString("instructions"), rs.getBoolean("ask_counts"),
                        Receivers.valueOf(rs.getString("receivers"))))
                .list();
    }

    List<ScheduledRound> rounds(long scheduleId) {
        return jdbc.sql("select * from report_schedule_round where schedule_id = :id order by phase_no")
                .param("id", scheduleId)
                .query((rs, n) -> new ScheduledRound(rs.getLong("schedule_id"), rs.getInt("item_no"),
                        rs.getInt("round_year"), rs.getInt("phase_no"), rs.getObject("opened_at", OffsetDateTime.class)))
                .list();
    }

    Optional<ScheduledRound> round(long scheduleId, int itemNo, int year) {
        return rounds(scheduleId).stream().filter(r -> r.itemNo() == itemNo && r.year() == year).findFirst();
    }

    void insertRound(ScheduledRound round) {
        jdbc.sql("""
                insert into report_schedule_round (schedule_id, item_no, round_year, phase_no, opened_at)
                values (:id, :item, :year, :phase, :at)""")
                .param("id", round.scheduleId()).param("item", round.itemNo()).param("year", round.year())
                .param("phase", round.phaseNo()).param("at", round.openedAt()).update();
    }

    long insertAdHoc(String topic, String rootUnitCode, long campaignId, LocalDate dueOn, String instructions,
                     boolean askCounts, Receivers receivers, UploadedTemplate template, String createdBy,
                     OffsetDateTime createdAt) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into adhoc_request (topic, root_unit_code, campaign_id, due_on, instructions, ask_counts,
                                           receivers, template_name, template_content_type, template_content,
                                           created_by, created_at)
                values (:topic, :root, :campaign, :due, :instructions, :askCounts, :receivers, :tName, :tType,
                        :tContent, :by, :at)""")
                .param("topic", topic).param("root", rootUnitCode).param("campaign", campaignId)
                .param("due", dueOn).param("instructions", instructions).param("askCounts", askCounts)
                .param("receivers", receivers.name())
                .param("tName", template == null ? null : template.name())
                .param("tType", template == null ? null : template.contentType())
                .param("tContent", template == null ? null : template.content())
                .param("by", createdBy).param("at", createdAt)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void attachAdHocProcess(long id, String processInstanceId) {
        jdbc.sql("update adhoc_request set process_instance_id = :pi where id = :id")
                .param("pi", processInstanceId).param("id", id).update();
    }

    Optional<AdHocRequest> findAdHoc(long id) {
        return jdbc.sql("""
                select id, topic, root_unit_code, campaign_id, due_on, instructions, ask_counts, receivers,
                       template_name, template_content_type, created_by, created_at, process_instance_id
                from adhoc_request where id = :id""")
                .param("id", id).query(this::adHoc).optional();
    }

    List<AdHocRequest> adHocRequests() {
        return jdbc.sql("""
                select id, topic, root_unit_code, campaign_id, due_on, instructions, ask_counts, receivers,
                       template_name, template_content_type, created_by, created_at, process_instance_id
                from adhoc_request order by id desc""")
                .query(this::adHoc).list();
    }

    Optional<byte[]> template(long id) {
        return jdbc.sql("select template_content from adhoc_request where id = :id and template_content is not null")
                .param("id", id).query((rs, n) -> rs.getBytes(1)).optional();
    }

    private AdHocRequest adHoc(ResultSet rs, int row) throws SQLException {
        return new AdHocRequest(rs.getLong("id"), rs.getString("topic"), rs.getString("root_unit_code"),
                rs.getLong("campaign_id"), rs.getObject("due_on", LocalDate.class), rs.getString("instructions"),
                rs.getBoolean("ask_counts"), Receivers.valueOf(rs.getString("receivers")),
                rs.getString("template_name"), rs.getString("template_content_type"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("process_instance_id"));
    }
}
