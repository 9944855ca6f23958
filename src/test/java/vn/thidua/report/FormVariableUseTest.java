package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.thidua.report.UnitReportProcess.FormFields;
import vn.thidua.report.UnitReportProcess.Vars;

/** A task gets local copies of the variables its form names, read from processes/forms/ itself. */
class FormVariableUseTest {

    final FormVariableUse use = new FormVariableUse();

    @Test
    void theCouncilFormNamesItsFieldAndWhatItShowsOnly() {
        assertThat(use.uses("council-vote", FormFields.COUNCIL_CONFIRMED)).as("a field's key").isTrue();
        assertThat(use.uses("council-vote", FormFields.NOMINATION_SUMMARY)).as("in a template").isTrue();
        assertThat(use.uses("council-vote", FormFields.DEADLINE_LABEL)).isTrue();
        assertThat(use.uses("council-vote", FormFields.SUMMARY)).isFalse();
        assertThat(use.uses("council-vote", FormFields.STAFF_COUNT)).isFalse();
        assertThat(use.uses("council-vote", FormFields.CHILDREN_SUMMARY)).isFalse();
    }

    @Test
    void aNameInAConditionCountsButNotAsPartOfALongerName() {
        assertThat(use.uses("report-approve", Vars.DOSSIER)).as("=dossier != true").isTrue();
        assertThat(use.uses("council-vote", FormFields.DOSSIER_URL)).isTrue();
        assertThat(use.uses("council-vote", Vars.DOSSIER)).as("only dossierUrl there").isFalse();
    }

    @Test
    void everyFieldOfThePrepareFormIsKeptLocal() {
        for (String field : new String[] {FormFields.SUMMARY, FormFields.STAFF_COUNT, FormFields.REGISTERED_COUNT,
                FormFields.HIGHLIGHTS}) {
            assertThat(use.uses("report-prepare", field)).as(field).isTrue();
        }
    }

    @Test
    void aTaskWithoutAFormOfOursGetsEverything() {
        assertThat(use.uses(null, FormFields.SUMMARY)).isTrue();
        assertThat(use.uses("no-such-form", FormFields.SUMMARY)).isTrue();
    }
}
