package vn.thidua.demo;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.thidua.campaign.CampaignLaunch;
import vn.thidua.campaign.CampaignLauncher;
import vn.thidua.campaign.CampaignProperties;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.deadline.EngineClock;
import vn.thidua.mail.MailBaseUrl;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.OrgImportService;
import vn.thidua.org.Person;
import vn.thidua.org.Receivers;
import vn.thidua.org.Unit;
import vn.thidua.org.UnitRole;
import vn.thidua.text.Messages;
import vn.thidua.web.DayInput;

/**
 * The demo a newcomer sees with no configuration: a city, three districts and their schools with every role
 * filled, each demo user with the demo password, and a campaign of the current school year already launched,
 * so Tasklist has work in it on first login.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "thidua.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DemoProperties properties;
    private final OrgImportService orgImport;
    private final OrgDirectory org;
    private final IdentityService identityService;
    private final CampaignLauncher launcher;
    private final CampaignRepository campaigns;
    private final EngineClock clock;
    private final DeadlineCalendar calendar;
    private final CampaignProperties campaignProperties;
    private final MailBaseUrl baseUrl;

    DemoData(DemoProperties properties, OrgImportService orgImport, OrgDirectory org,
                    IdentityService identityService, CampaignLauncher launcher, CampaignRepository campaigns,
                    EngineClock clock, DeadlineCalendar calendar, CampaignProperties campaignProperties,
                    MailBaseUrl baseUrl) {
        this.baseUrl = baseUrl;
        this.calendar = calendar;
        this.campaignProperties = campaignProperties;
        this.properties = properties;
        this.orgImport = orgImport;
        this.org = org;
        this.identityService = identityService;
        this.launcher = launcher;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (properties.password() == null || properties.password().isBlank()) {
            throw new IllegalStateException("thidua.demo.password must be set when the demo is enabled");
        }
        orgImport.importUnits(new ClassPathResource("demo/units.csv").getContentAsByteArray());
        orgImport.importUsers(new ClassPathResource("demo/users.csv").getContentAsByteArray());
        List<Person> people = everyone();
        for (Person person : people) {
            User user = identityService.createUserQuery().userId(person.username()).singleResult();
            // Camunda's checkPassword fails on a user who has no password yet (imported users have none).
            if (user.getPassword() == null || !identityService.checkPassword(person.username(), properties.password())) {
                user.setPassword(properties.password());
                identityService.saveUser(user);
            }
        }
        if (properties.launchCampaign() && campaigns.all().isEmpty()) {
            launchCurrentYear();
            launchThemeInTongKet();
            launchMultiYear();
            launchWithRegistration();
        }
        printLogins(people);
    }

    private List<Person> everyone() {
        List<Person> people = new ArrayList<>();
        for (Unit root : org.roots()) {
            collect(root, people);
        }
        return people;
    }

    private void collect(Unit unit, List<Person> people) {
        for (UnitRole role : UnitRole.values()) {
            people.addAll(org.people(unit.code(), role));
        }
        org.children(unit.code()).forEach(child -> collect(child, people));
    }

    /**
     * Phase 1 is under way today, its sơ kết due in seven weeks, at least 25 working days after the lowest level's;
     * phase 2 runs to the end of the school year.
     */
    private void launchCurrentYear() {
        Unit city = org.roots().get(0);
        Person cityStaff = org.people(city.code(), UnitRole.STAFF).get(0);
        LocalDate today = clock.now().toLocalDate();
        int startYear = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        String schoolYear = startYear + "-" + (startYear + 1);
        LocalDate phase1End = today.plusDays(40);
        CampaignLaunch launch = new CampaignLaunch(Messages.get("demo.campaign.year", schoolYear), schoolYear, city.code(),
                null, List.of(
                new CampaignLaunch.Phase(Messages.get("demo.phase", 1), today.minusDays(30).toString(), phase1End.toString(),
                        latest(today.plusDays(50), rootDeadlineLeaving(city, today, 25)).toString()),
                new CampaignLaunch.Phase(Messages.get("demo.phase", 2), phase1End.plusDays(1).toString(), today.plusDays(180).toString(),
                        today.plusDays(190).toString())), null, null, null, null,
                // The schools of phường Bến Thành also report to the Sở (units.csv also_reports_to).
                null, null, null, null, Receivers.PARENT_AND_OTHERS.name());
        var launched = launcher.launch(launch, launcher.asUser(cityStaff.username()));
        log.info("Demo campaign {} launched by {}", launched.id(), cityStaff.username());
    }

    /**
     * A themed campaign already in its tổng kết, so the award dossier (nominations, council vote, decisions) can be
     * tried on the first day: phase 2 opened a month ago and its schools' reports are due in about four weeks.
     * Deadlines count working days, so the schools keep that time on any day of the year, Tết included.
     */
    private void launchThemeInTongKet() {
        Unit city = org.roots().get(0);
        Person cityStaff = org.people(city.code(), UnitRole.STAFF).get(0);
        LocalDate today = clock.now().toLocalDate();
        int startYear = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        String schoolYear = startYear + "-" + (startYear + 1);
        CampaignLaunch launch = new CampaignLaunch(Messages.get("demo.campaign.theme", schoolYear), schoolYear,
                city.code(), null, List.of(
                new CampaignLaunch.Phase(Messages.get("demo.phase", 1), today.minusDays(60).toString(), today.minusDays(31).toString(),
                        rootDeadlineLeaving(city, today, 5).toString()),
                new CampaignLaunch.Phase(Messages.get("demo.phase", 2), today.minusDays(30).toString(), today.plusDays(20).toString(),
                        rootDeadlineLeaving(city, today, 20).toString())));
        var launched = launcher.launch(launch, launcher.asUser(cityStaff.username()));
        log.info("Demo campaign {} (final report open) launched by {}", launched.id(), cityStaff.username());
    }

    /**
     * A campaign over three school years, as the city union's plan 2016 – 2020 runs, launched with its phases typed
     * one a line as in Tasklist: this school year's evaluation round is open (due 15/06), the interim review closes
     * phase 1 and the final review phase 2. Late in a school year, when 15/06 is too close, it starts next year.
     */
    private void launchMultiYear() {
        Unit city = org.roots().get(0);
        Person cityStaff = org.people(city.code(), UnitRole.STAFF).get(0);
        LocalDate today = clock.now().toLocalDate();
        int startYear = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        if (LocalDate.of(startYear + 1, 6, 15).isBefore(rootDeadlineLeaving(city, today, 15))) {
            startYear++;
        }
        LocalDate phase1Start = latest(today.minusDays(30), LocalDate.of(startYear, 8, 1));
        String lines = String.join("\n",
                Messages.get("demo.phase", 1) + "; " + DayInput.format(phase1Start) + "; "
                        + DayInput.format(LocalDate.of(startYear + 2, 5, 31)) + "; "
                        + DayInput.format(LocalDate.of(startYear + 2, 6, 20)),
                Messages.get("demo.phase", 2) + "; " + DayInput.format(LocalDate.of(startYear + 2, 8, 1)) + "; "
                        + DayInput.format(LocalDate.of(startYear + 3, 5, 31)) + "; "
                        + DayInput.format(LocalDate.of(startYear + 3, 6, 25)));
        String period = startYear + "-" + (startYear + 3);
        CampaignLaunch launch = new CampaignLaunch(Messages.get("demo.campaign.multiYear", period), period,
                city.code(), null, List.of(), null, null, null, null, lines, "15/06", null, null, null);
        var launched = launcher.launch(launch, launcher.asUser(cityStaff.username()));
        log.info("Demo campaign {} (three school years) launched by {}", launched.id(), cityStaff.username());
    }

    /**
     * A campaign that opens with registration (đăng ký thi đua): every unit registers its targets, titles, people and
     * works, the schools within about three weeks; the heads sign the pledge and the parents approve. Its phases
     * follow the registration.
     */
    private void launchWithRegistration() {
        Unit city = org.roots().get(0);
        Person cityStaff = org.people(city.code(), UnitRole.STAFF).get(0);
        LocalDate today = clock.now().toLocalDate();
        int startYear = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        String schoolYear = startYear + "-" + (startYear + 1);
        LocalDate registrationDeadline = rootDeadlineLeaving(city, today, 15);
        LocalDate phase1Start = registrationDeadline.plusDays(1);
        LocalDate phase1End = phase1Start.plusDays(90);
        CampaignLaunch launch = new CampaignLaunch(Messages.get("demo.campaign.registration", schoolYear), schoolYear,
                city.code(), null, List.of(
                new CampaignLaunch.Phase(Messages.get("demo.phase", 1), phase1Start.toString(), phase1End.toString(),
                        phase1End.plusDays(14).toString()),
                new CampaignLaunch.Phase(Messages.get("demo.phase", 2), phase1End.plusDays(1).toString(),
                        phase1End.plusDays(150).toString(), phase1End.plusDays(164).toString())),
                null, null, null, null, null, null, true, registrationDeadline.toString(), null);
        var launched = launcher.launch(launch, launcher.asUser(cityStaff.username()));
        log.info("Demo campaign {} (registration open) launched by {}", launched.id(), cityStaff.username());
    }

    /** The root's deadline day that leaves the lowest level {@code workingDays} working days from today. */
    private LocalDate rootDeadlineLeaving(Unit root, LocalDate today, int workingDays) {
        return calendar.workingDaysAfter(today, workingDays + deepestLead(root));
    }

    /** Working days between the root's deadline and that of its lowest unit: the lead days along the deepest path. */
    private int deepestLead(Unit unit) {
        int deepest = 0;
        for (Unit child : org.children(unit.code())) {
            deepest = Math.max(deepest, campaignProperties.leadDaysFor(child.level(), null) + deepestLead(child));
        }
        return deepest;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private void printLogins(List<Person> people) {
        StringBuilder table = new StringBuilder();
        table.append('\n').append(Messages.get("demo.logins.title")).append('\n')
                .append(Messages.get("demo.logins.open", baseUrl.get())).append('\n')
                .append(Messages.get("demo.logins.password", properties.password())).append('\n')
                .append(Messages.get("demo.logins.outbox", baseUrl.get())).append('\n')
                .append(String.format("%-22s %-10s %s%n", Messages.get("demo.logins.account"),
                        Messages.get("demo.logins.role"), Messages.get("demo.logins.unit")))
                .append(String.format("%-22s %-10s %s%n", "admin", Messages.get("demo.logins.adminRole"),
                        Messages.get("demo.logins.adminUnit")));
        for (Person p : people) {
            table.append(String.format("%-22s %-10s %s%n", p.username(), p.role().code(),
                    org.findUnit(p.unitCode()).map(Unit::name).orElse(p.unitCode())));
        }
        table.append("====================================================");
        log.info(table.toString());
    }
}
