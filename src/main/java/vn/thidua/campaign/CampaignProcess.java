package vn.thidua.campaign;

/** Element ids and variable names of {@code processes/campaign.bpmn}. */
final class CampaignProcess {

    public static final String KEY = "Campaign";

    public static final String START_LAUNCH = "StartEvent_Launch";
    public static final String REGISTER_CAMPAIGN = "Task_RegisterCampaign";
    public static final String PHASE = "Sub_Phase";
    public static final String TIMER_PHASE_OPENS = "Timer_PhaseOpens";
    public static final String CALL_ROOT_REPORT = "Call_RootReport";
    public static final String CLOSE_CAMPAIGN = "Task_CloseCampaign";
    public static final String END_CLOSED = "End_CampaignClosed";

    /** Variables: the launch form's fields, then what the engine derives from them. */
    public static final class Vars {
        public static final String CAMPAIGN_NAME = "campaignName";
        public static final String SCHOOL_YEAR = "schoolYear";
        /** Json list of {name, startsOn, endsOn, reportDeadline} (dates as yyyy-MM-dd), as the REST API sends. */
        public static final String PHASES = "phases";
        /**
         * The launch form's phases, one group of fields per phase: phase1Name, phase1StartsOn, phase1EndsOn,
         * phase1ReportDeadline, then phase2… (Tasklist 7.24 cannot submit a form-js dynamic list.)
         */
        public static final String PHASE_FIELD_PREFIX = "phase";
        /** The launch form's choice: "groups" (the two phase groups) or "lines" (any number, one a line). */
        public static final String PHASE_ENTRY = "phaseEntry";
        /** The launch form's phases one a line (see PhaseLines); when not blank it replaces the phase groups. */
        public static final String PHASE_LINES = "phaseLines";
        /** Day and month of the yearly evaluation round's deadline in a campaign over several school years. */
        public static final String YEARLY_REPORT_DEADLINE = "yearlyReportDeadline";
        public static final String LEAD_DAYS = "leadDays";
        /** Optional; the launcher's own unit when absent. */
        public static final String ROOT_UNIT_CODE = "rootUnitCode";
        /** Username of the person who launched (start event initiator). */
        public static final String LAUNCHED_BY = "launchedBy";
        /** Optional rule set id chosen at launch (e.g. giao-duc-2025); the configured default when absent. */
        public static final String RULE_SET_ID = "ruleSetId";
        /** The rule set version pinned at launch, as text "giao-duc-2025:1" (see vn.thidua.rules.RuleSetRef). */
        public static final String RULE_SET = "ruleSet";
        /** Optional: working days before each deadline for reminders, as typed ("5, 2, 1"). */
        public static final String REMINDER_DAYS_BEFORE = "reminderDaysBefore";
        /** Optional: hour of the due-day reminder ("07:30"). */
        public static final String DUE_DAY_REMINDER_AT = "dueDayReminderAt";
        /** Optional: working days after the deadline at which the parent's head is told. */
        public static final String ESCALATE_AFTER_WORKING_DAYS = "escalateAfterWorkingDays";
        /** Optional: true when the campaign opens with a registration round (phase 0). */
        public static final String REGISTRATION = "registration";
        /** The registration's deadline at the launching level (yyyy-MM-dd), with {@link #REGISTRATION}. */
        public static final String REGISTRATION_DEADLINE = "registrationDeadline";
        /**
         * Optional: who receives the reports, PARENT (default) or PARENT_AND_OTHERS ({@link vn.thidua.org.Receivers});
         * passed to every unit's report under the same name.
         */
        public static final String RECEIVERS = "receivers";
        public static final String CAMPAIGN_ID = "campaignId";
        public static final String PHASE_NOS = "phaseNos";
        public static final String PHASE_NO = "phaseNo";

        private Vars() {
        }
    }

    private CampaignProcess() {
    }
}
