package vn.thidua.dossier;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.thidua.report.ReportAccepted;

/**
 * When the parent accepts a tổng kết, what the unit's dossier still proposes moves up into the parent's, in the
 * acceptance's transaction.
 */
@Component
class ForwardAcceptedNominations {

    private final DossierFlow flow;

    ForwardAcceptedNominations(DossierFlow flow) {
        this.flow = flow;
    }

    @EventListener
    void on(ReportAccepted accepted) {
        if (accepted.dossier()) {
            flow.forwardAccepted(accepted.reportId());
        }
    }
}
