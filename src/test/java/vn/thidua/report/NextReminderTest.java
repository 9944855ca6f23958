package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The deadline watch's one reminder timer moves from each reminder to the next one still ahead. */
class NextReminderTest {

    static final List<String> TIMES = List.of("2027-03-08T17:00+07:00", "2027-03-11T17:00+07:00",
            "2027-03-12T17:00+07:00", "2027-03-15T07:30+07:00");

    @Test
    void eachReminderLeadsToTheNext() {
        assertThat(ReportDeadlines.nextReminder(TIMES, TIMES.get(0), at("2027-03-08T17:00:05+07:00")))
                .isEqualTo(TIMES.get(1));
        assertThat(ReportDeadlines.nextReminder(TIMES, TIMES.get(2), at("2027-03-12T17:00:05+07:00")))
                .isEqualTo(TIMES.get(3));
        assertThat(ReportDeadlines.nextReminder(TIMES, TIMES.get(3), at("2027-03-15T07:30:05+07:00"))).isNull();
    }

    @Test
    void aReminderFiredLateDoesNotBringTheOnesItMissedAllAtOnce() {
        // The first reminder fired only on the morning of the 12th (the node was down): the next is the 12th's.
        assertThat(ReportDeadlines.nextReminder(TIMES, TIMES.get(0), at("2027-03-12T08:00:00+07:00")))
                .isEqualTo(TIMES.get(2));
        assertThat(ReportDeadlines.nextReminder(TIMES, TIMES.get(0), at("2027-03-15T08:00:00+07:00"))).isNull();
    }

    @Test
    void noScheduleMeansNoReminder() {
        assertThat(ReportDeadlines.nextReminder(null, TIMES.get(0), at("2027-03-08T17:00:05+07:00"))).isNull();
        assertThat(ReportDeadlines.nextReminder(List.of(), null, at("2027-03-08T17:00:05+07:00"))).isNull();
    }

    private static OffsetDateTime at(String instant) {
        return OffsetDateTime.parse(instant);
    }
}
