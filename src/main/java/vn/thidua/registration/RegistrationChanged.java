package vn.thidua.registration;

import vn.thidua.report.Report;

/** A unit's registration (its round's report) changed; published in the saving transaction. */
record RegistrationChanged(Report registration) {
}
