package vn.thidua.registration;

import static vn.thidua.process.FormStrings.tableCell;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.thidua.campaign.ReportKind;
import vn.thidua.process.FormStrings;
import vn.thidua.registration.Registration.Target;
import vn.thidua.report.Report;
import vn.thidua.report.ReportAccepted;
import vn.thidua.report.ReportRepository;
import vn.thidua.report.ReportStatus;
import vn.thidua.rules.TitleRule;
import vn.thidua.text.Messages;

/**
 * What the report's task forms show of a registration: on the registration round, a link to the page and what it
 * holds; on a sơ kết or tổng kết, the unit's registered targets with what it reached, and for a consolidating unit
 * how its units below stand against theirs. Markdown that fits a form variable.
 */
@Component
class RegistrationForms {

    static final int REGISTRATION_PHASE = 0;

    private final RegistrationService service;
    private final RegistrationRepository registrations;
    private final ReportRepository reports;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final AchievedValues achieved;

    RegistrationForms(RegistrationService service, RegistrationRepository registrations, ReportRepository reports,
                      TaskService taskService, IdentityService identityService, AchievedValues achieved) {
        this.achieved = achieved;
        this.service = service;
        this.registrations = registrations;
        this.reports = reports;
        this.taskService = taskService;
        this.identityService = identityService;
    }

    /**
     * The open tasks' forms show the registration as it is now: its own round's tasks after a save, and the later
     * reports of the unit and of its parent after the achieved values change. Forms are the process's own copy, so
     * whoever saved (perhaps without a right on the parent's task) does not need one here.
     */
    @EventListener
    void on(RegistrationChanged changed) {
        refresh(changed.registration());
    }

    void refresh(Report registration) {
        asTheProcess(() -> {
            String parent = registration.parentUnitCode();
            for (Report report : reports.ofCampaign(registration.campaignId())) {
                if (report.processInstanceId() == null) {
                    continue;
                }
                boolean own = report.id() == registration.id();
                boolean later = report.phaseNo() != REGISTRATION_PHASE && (report.unitCode()
                        .equals(registration.unitCode()) || report.unitCode().equals(parent));
                if (!own && !later) {
                    continue;
                }
                for (Task task : taskService.createTaskQuery().processInstanceId(report.processInstanceId()).list()) {
                    if (own) {
                        taskService.setVariableLocal(task.getId(), ShowRegistrationOnReportForm.REGISTRATION_SUMMARY,
                                summary(report));
                    } else {
                        refreshTargets(task, report);
                    }
                }
            }
        });
    }

    /**
     * Something the computed achieved values count changed for {@code unitCode} (its nominations, a decision, a
     * report accepted below it): the open tasks of its later reports, and of the levels above it, whose forms show
     * registered targets show them as they are now. Nothing to do in a campaign without registration.
     */
    void refreshTargets(long campaignId, String unitCode) {
        if (registrationOf(campaignId, unitCode).isEmpty()) {
            return;
        }
        asTheProcess(() -> {
            Set<String> seen = new HashSet<>();
            for (String unit = unitCode; unit != null && seen.add(unit); ) {
                String parent = null;
                for (int phaseNo = REGISTRATION_PHASE + 1; ; phaseNo++) {
                    Optional<Report> later = reports.find(campaignId, phaseNo, unit);
                    if (later.isEmpty()) {
                        break;
                    }
                    Report report = later.get();
                    parent = report.parentUnitCode();
                    if (report.processInstanceId() == null) {
                        continue;
                    }
                    for (Task task : taskService.createTaskQuery().processInstanceId(report.processInstanceId())
                            .list()) {
                        refreshTargets(task, report);
                    }
                }
                unit = parent;
            }
        });
    }

    /** A task whose form shows the registered targets shows them as they are now; other tasks are left alone. */
    private void refreshTargets(Task task, Report report) {
        if (taskService.getVariableLocal(task.getId(), ShowRegistrationOnReportForm.REGISTERED_TARGETS) != null) {
            taskService.setVariableLocal(task.getId(), ShowRegistrationOnReportForm.REGISTERED_TARGETS,
                    targets(report));
        }
    }

    /** Forms are the process's own copy: written without the signed-in person's task permissions. */
    private void asTheProcess(Runnable write) {
        var previous = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            write.run();
        } finally {
            if (previous != null) {
                identityService.setAuthentication(previous);
            }
        }
    }

    /** A report accepted below a unit changes what its "units below approved" targets count. */
    @EventListener
    void on(ReportAccepted accepted) {
        reports.find(accepted.reportId()).filter(r -> r.parentUnitCode() != null)
                .ifPresent(r -> refreshTargets(r.campaignId(), r.parentUnitCode()));
    }

    static String pageUrl(long reportId) {
        return "/registrations/" + reportId;
    }

    /** The registration report of the unit in the campaign, when the campaign opened with one. */
    Optional<Report> registrationOf(long campaignId, String unitCode) {
        return reports.find(campaignId, REGISTRATION_PHASE, unitCode)
                .filter(r -> r.kind() == ReportKind.REGISTRATION);
    }

    /** "Danh hiệu tập thể: …; 4 chỉ tiêu; 12 cá nhân (Lao động tiên tiến: 10, …); 1 công trình" and the roll-up. */
    String summary(Report report) {
        Registration r = registrations.get(report.campaignId(), report.unitCode());
        List<TitleRule> titles = service.titles(service.campaignOf(report));
        StringBuilder md = new StringBuilder();
        md.append(Messages.get("registration.form.collective", r.collectiveTitle() == null
                ? Messages.get("registration.form.none") : name(titles, r.collectiveTitle()))).append("\n\n");
        md.append(Messages.get("registration.form.counts", r.targets().size(), r.people().size(), r.works().size()))
                .append("\n\n");
        for (TitleRule t : titles) {
            long n = r.people().stream().filter(p -> p.titleCode().equals(t.code())).count();
            if (n > 0) {
                md.append("- ").append(Messages.get("registration.form.titleCount", t.name(), n)).append('\n');
            }
        }
        RollUp rollUp = service.rollUp(report);
        if (rollUp.total() > 0) {
            md.append("\n").append(Messages.get("registration.form.rollUp", rollUp.total(), rollUp.sent(),
                    rollUp.approved(), rollUp.returned(), rollUp.notSent()));
            // The roll-up travels with the unit's own registration: its reviewer opens it from here.
            md.append("\n\n").append(Messages.get("registration.form.rollUpLinks", pageUrl(report.id()) + "/rollup",
                    pageUrl(report.id()) + "/rollup.xlsx"));
        }
        return md.toString();
    }

    /** The unit's targets against what it reached, and its units' below, for a sơ kết / tổng kết form. */
    String targets(Report report) {
        Optional<Report> own = registrationOf(report.campaignId(), report.unitCode());
        if (own.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder();
        List<Target> targets = achieved.targets(report.campaignId(), report.unitCode());
        if (!targets.isEmpty()) {
            md.append(Messages.get("registration.form.targets.header")).append("\n|---|---:|---:|---|\n");
            for (Target t : targets) {
                String reachedText = t.achievedValue() == null ? "" : t.achievedText() + " " + t.measure();
                if (t.computed()) {
                    // The system counted it: said so, so nobody looks for where to type it.
                    reachedText = (reachedText + " " + Messages.get("registration.form.computed")).strip();
                }
                String row = "| " + tableCell(t.name()) + " | " + tableCell(t.targetText() + " " + t.measure())
                        + " | " + tableCell(reachedText) + " | " + reached(t) + " |\n";
                if (md.length() + row.length() > FormStrings.ROOM_FOR_ROWS / 2) {
                    md.append(Messages.get("registration.form.more")).append('\n');
                    break;
                }
                md.append(row);
            }
        }
        List<Report> children = reports.children(report.campaignId(), REGISTRATION_PHASE, report.unitCode());
        if (!children.isEmpty()) {
            md.append("\n").append(Messages.get("registration.form.children.header"))
                    .append("\n|---|---:|---:|---:|\n");
            for (Report child : children) {
                List<Target> theirs = child.status() == ReportStatus.ACCEPTED
                        ? achieved.targets(report.campaignId(), child.unitCode()) : List.of();
                long reached = theirs.stream().filter(t -> Boolean.TRUE.equals(t.reached())).count();
                long missed = theirs.stream().filter(t -> Boolean.FALSE.equals(t.reached())).count();
                String row = "| " + tableCell(service.unitName(child.unitCode())) + " | " + theirs.size() + " | "
                        + reached + " | " + missed + " |\n";
                if (md.length() + row.length() > FormStrings.ROOM_FOR_ROWS) {
                    md.append(Messages.get("registration.form.more")).append('\n');
                    break;
                }
                md.append(row);
            }
        }
        return md.toString();
    }

    private static String reached(Target t) {
        return t.reached() == null ? Messages.get(t.computed() ? "registration.form.noData"
                : "registration.form.notEntered")
                : t.reached() ? Messages.get("registration.form.reached") : Messages.get("registration.form.missed");
    }

    private static String name(List<TitleRule> titles, String code) {
        return titles.stream().filter(t -> t.code().equals(code)).map(TitleRule::name).findFirst().orElse(code);
    }
}
