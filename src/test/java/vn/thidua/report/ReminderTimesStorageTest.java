package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** How a report's reminder instants are kept in its process: one text, and the lists of processes started before. */
class ReminderTimesStorageTest {

    private static final List<String> TIMES = List.of("2027-01-08T08:00+07:00", "2027-01-12T08:00+07:00");

    @Test
    void reminderTimesAreStoredAsOneTextAndReadBack() {
        Object stored = ReportVariables.storedReminderTimes(TIMES);
        assertThat(stored).isInstanceOf(String.class);
        assertThat(ReportVariables.reminderTimes(stored)).containsExactlyElementsOf(TIMES);
        assertThat(ReportVariables.reminderTimes(ReportVariables.storedReminderTimes(List.of()))).isEmpty();
    }

    @Test
    void aProcessStartedBeforeKeepsItsListOfReminderTimes() {
        assertThat(ReportVariables.reminderTimes(new ArrayList<>(TIMES))).containsExactlyElementsOf(TIMES);
        assertThat(ReportVariables.reminderTimes(null)).isNull();
    }
}
