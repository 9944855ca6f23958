package vn.thidua.registration;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.thidua.campaign.ReportKind;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.registration.Registration.PublishedTarget;
import vn.thidua.report.Report;
import vn.thidua.report.ReportPrepared;
import vn.thidua.report.ReportRepository;
import vn.thidua.text.Messages;

/**
 * When the staff complete the registration round's preparation, before the head signs the pledge: the registration
 * holds at least one target and a value for every target published from above (published after the unit saved its
 * targets, too). Runs in the completion's transaction; a refusal refuses the completion.
 */
@Component
class CheckRegistrationComplete {

    private final ReportRepository reports;
    private final RegistrationRepository registrations;
    private final RegistrationService service;

    CheckRegistrationComplete(ReportRepository reports, RegistrationRepository registrations,
                              RegistrationService service) {
        this.reports = reports;
        this.registrations = registrations;
        this.service = service;
    }

    @EventListener
    void on(ReportPrepared prepared) {
        Report report = reports.get(prepared.reportId());
        if (report.kind() != ReportKind.REGISTRATION) {
            return;
        }
        Registration registration = registrations.get(report.campaignId(), report.unitCode());
        List<InputError> errors = new ArrayList<>();
        if (registration.targets().isEmpty()) {
            errors.add(new InputError(0, 0, "targets", Messages.get("registration.complete.noTargets")));
        }
        for (PublishedTarget t : service.mandatory(report.campaignId(), report.unitCode())) {
            boolean answered = registration.targets().stream()
                    .anyMatch(own -> own.publishedTargetId() != null && own.publishedTargetId() == t.id());
            if (!answered) {
                errors.add(new InputError(0, 0, "targets",
                        Messages.get("registration.complete.mandatoryMissing", t.name())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(Messages.get("registration.complete.refused",
                    String.join(" ", errors.stream().map(InputError::message).toList())), errors);
        }
    }
}
