package vn.thidua.report;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AttachmentRepository {

    private final JdbcClient jdbc;

    AttachmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String COLUMNS = """
            select id, report_id, file_name, content_type, size_bytes, uploaded_by, uploaded_at
            from report_attachment""";
    private static final RowMapper<Attachment> ATTACHMENT = (rs, n) -> new Attachment(rs.getLong("id"),
            rs.getLong("report_id"), rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
            rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class));

    public List<Attachment> list(long reportId) {
        return jdbc.sql(COLUMNS + " where report_id = :id order by id").param("id", reportId).query(ATTACHMENT).list();
    }

    public Optional<Attachment> find(long reportId, long id) {
        return jdbc.sql(COLUMNS + " where id = :id and report_id = :report")
                .param("id", id).param("report", reportId).query(ATTACHMENT).optional();
    }

    public byte[] content(long id) {
        return jdbc.sql("select content from report_attachment where id = :id").param("id", id)
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    public void insert(long reportId, String fileName, String contentType, byte[] content, String uploadedBy,
                       OffsetDateTime at) {
        jdbc.sql("""
                insert into report_attachment (report_id, file_name, content_type, size_bytes, content, uploaded_by,
                                               uploaded_at)
                values (:report, :name, :type, :size, :content, :by, :at)""")
                .param("report", reportId).param("name", fileName).param("type", contentType)
                .param("size", content.length).param("content", content).param("by", uploadedBy).param("at", at)
                .update();
    }

    public void delete(long reportId, long id) {
        jdbc.sql("delete from report_attachment where id = :id and report_id = :report")
                .param("id", id).param("report", reportId).update();
    }
}
