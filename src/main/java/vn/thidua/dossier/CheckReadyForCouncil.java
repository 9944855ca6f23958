package vn.thidua.dossier;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.thidua.report.ReportPrepared;

/**
 * When the staff complete a tổng kết, before it goes to the council: a nomination that fails a criterion needs the
 * staff's justification. Runs in the completion's transaction; a refusal refuses the completion.
 */
@Component
class CheckReadyForCouncil {

    private final DossierFlow flow;

    CheckReadyForCouncil(DossierFlow flow) {
        this.flow = flow;
    }

    @EventListener
    void on(ReportPrepared prepared) {
        if (prepared.dossier()) {
            flow.checkReadyForCouncil(prepared.reportId());
        }
    }
}
