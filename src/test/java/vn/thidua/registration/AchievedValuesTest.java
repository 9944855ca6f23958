package vn.thidua.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import vn.thidua.campaign.CampaignPhase;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.campaign.ReportKind;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.Unit;
import vn.thidua.registration.NominationOutcomes.Outcome;
import vn.thidua.registration.Registration.Person;
import vn.thidua.registration.Registration.Target;
import vn.thidua.report.Report;
import vn.thidua.report.ReportRepository;
import vn.thidua.report.ReportStatus;

/**
 * The achieved values the system computes for targets tied to a known measure, over a district (Q1) with two schools:
 * nominations proposed and granted, registered people who reached their title, units below approved.
 */
class AchievedValuesTest {

    static final long CAMPAIGN = 5;

    RegistrationRepository registrations = mock(RegistrationRepository.class);
    ReportRepository reports = mock(ReportRepository.class);
    CampaignRepository campaigns = mock(CampaignRepository.class);
    OrgDirectory org = mock(OrgDirectory.class);
    NominationOutcomes nominations = mock(NominationOutcomes.class);
    AchievedValues achieved;

    @BeforeEach
    void setUp() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("outcomes", nominations);
        ObjectProvider<NominationOutcomes> provider = beans.getBeanProvider(NominationOutcomes.class);
        achieved = new AchievedValues(registrations, reports, campaigns, org, provider);
        when(org.children(anyString())).thenReturn(List.of());
        when(org.children("Q1")).thenReturn(List.of(new Unit("Q1A", "Trường A", "truong", "Q1", null),
                new Unit("Q1B", "Trường B", "truong", "Q1", null)));
        // Hoa (A) registered for CSTĐCS and got it; Minh (A) registered for LĐTT, was proposed, not granted;
        // Lan (B) registered for LĐTT and got CSTĐCS instead; An (B) was granted LĐTT without registering.
        when(nominations.of(eq(CAMPAIGN), anyCollection())).thenAnswer(call -> {
            Collection<String> units = call.getArgument(1);
            return List.of(new Outcome("Q1A", "hoa", "CSTDCS", true), new Outcome("Q1A", "minh", "LDTT", false),
                    new Outcome("Q1B", "lan", "CSTDCS", true), new Outcome("Q1B", "an", "LDTT", true)).stream()
                    .filter(o -> units.contains(o.originUnitCode())).toList();
        });
        when(registrations.people(eq(CAMPAIGN), anyCollection())).thenAnswer(call -> {
            Collection<String> units = call.getArgument(1);
            return List.of(person("Q1A", "hoa", "CSTDCS"), person("Q1A", "minh", "LDTT"),
                    person("Q1B", "lan", "LDTT")).stream().filter(p -> units.contains(p.unitCode())).toList();
        });
    }

    @Test
    void eachKnownMeasureIsCountedFromWhatTheSystemHolds() {
        when(reports.children(CAMPAIGN, 0, "Q1")).thenReturn(List.of(report(0, "Q1A", ReportStatus.ACCEPTED),
                report(0, "Q1B", ReportStatus.RETURNED)));
        when(campaigns.phases(CAMPAIGN)).thenReturn(List.of(phase(1, ReportKind.INTERIM), phase(2, ReportKind.FINAL)));
        when(reports.children(CAMPAIGN, 2, "Q1")).thenReturn(List.of(report(2, "Q1A", ReportStatus.ACCEPTED),
                report(2, "Q1B", ReportStatus.ACCEPTED)));

        List<Target> district = achieved.fill(CAMPAIGN, "Q1", List.of(
                tied("PROPOSED:LDTT", "2"), tied("GRANTED:LDTT", "2"), tied("GRANTED:CSTDCS", "1"),
                tied("REGISTERED_REACHED", "3"), tied("REGISTERED_REACHED_SHARE", "30"),
                tied("UNITS_REGISTERED", "2"), tied("UNITS_FINAL_ACCEPTED", "2"),
                new Target(null, "Typed", "%", new BigDecimal("100"), new BigDecimal("90"))));
        assertThat(district).extracting(Target::achievedText)
                .containsExactly("2", "1", "2", "1", "33,33", "1", "2", "90");
        assertThat(district).extracting(Target::reached)
                .containsExactly(true, false, true, false, true, false, true, false);

        // A school counts only its own.
        List<Target> school = achieved.fill(CAMPAIGN, "Q1B", List.of(tied("GRANTED:LDTT", "1"),
                tied("REGISTERED_REACHED", "1"), tied("REGISTERED_REACHED_SHARE", "100")));
        assertThat(school).extracting(Target::achievedText).containsExactly("1", "0", "0");
    }

    @Test
    void nothingIsReadForTypedTargetsAndAShareOfNobodyIsUnknown() {
        Target typed = new Target(null, "Typed", "%", new BigDecimal("100"), null);
        assertThat(achieved.fill(CAMPAIGN, "Q1", List.of(typed))).containsExactly(typed);
        verify(nominations, never()).of(any(Long.class), anyCollection());

        when(registrations.people(eq(CAMPAIGN), anyCollection())).thenReturn(List.of());
        assertThat(achieved.fill(CAMPAIGN, "Q1", List.of(tied("REGISTERED_REACHED_SHARE", "100"))))
                .singleElement().satisfies(t -> {
                    assertThat(t.achievedValue()).isNull();
                    assertThat(t.reached()).isNull();
                });
        assertThat(List.of("GRANTED", "UNITS_REGISTERED:X", "GRANTED:", "granted:LDTT", ""))
                .allSatisfy(code -> assertThat(KnownMeasure.Tie.parse(code)).as(code).isEmpty());
    }

    private static Target tied(String code, String target) {
        return new Target(null, code, "người", new BigDecimal(target), null, code);
    }

    private static RegistrationRepository.UnitPerson person(String unit, String key, String title) {
        return new RegistrationRepository.UnitPerson(unit, new Person(key, LocalDate.of(1985, 1, 1), null, title, key));
    }

    private static Report report(int phase, String unit, ReportStatus status) {
        return new Report(phase * 100L + unit.length(), CAMPAIGN, phase, unit, "Q1", ReportKind.REGISTRATION, status,
                OffsetDateTime.parse("2026-10-16T17:00:00+07:00"), null, null, null, null, null, 0, null, null, null);
    }

    private static CampaignPhase phase(int no, ReportKind kind) {
        return new CampaignPhase(CAMPAIGN, no, "Đợt " + no, kind, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 25),
                OffsetDateTime.parse("2027-06-05T17:00:00+07:00"));
    }
}
