package vn.thidua.campaign;

/**
 * The campaign process's key and variable names ({@link CampaignProcess}) for tests of other modules, which launch
 * campaigns as Tasklist and the REST API do: by the process key and the launch form's field names.
 */
public final class CampaignProcessNames {

    public static final String KEY = CampaignProcess.KEY;

    /** The launch form's fields, then what the engine derives from them. */
    public static final class Vars {
        public static final String CAMPAIGN_NAME = CampaignProcess.Vars.CAMPAIGN_NAME;
        public static final String SCHOOL_YEAR = CampaignProcess.Vars.SCHOOL_YEAR;
        public static final String PHASES = CampaignProcess.Vars.PHASES;
        public static final String PHASE_FIELD_PREFIX = CampaignProcess.Vars.PHASE_FIELD_PREFIX;
        public static final String PHASE_ENTRY = CampaignProcess.Vars.PHASE_ENTRY;
        public static final String PHASE_LINES = CampaignProcess.Vars.PHASE_LINES;
        public static final String YEARLY_REPORT_DEADLINE = CampaignProcess.Vars.YEARLY_REPORT_DEADLINE;
        public static final String LEAD_DAYS = CampaignProcess.Vars.LEAD_DAYS;
        public static final String ROOT_UNIT_CODE = CampaignProcess.Vars.ROOT_UNIT_CODE;
        public static final String LAUNCHED_BY = CampaignProcess.Vars.LAUNCHED_BY;
        public static final String RULE_SET_ID = CampaignProcess.Vars.RULE_SET_ID;
        public static final String RULE_SET = CampaignProcess.Vars.RULE_SET;
        public static final String REMINDER_DAYS_BEFORE = CampaignProcess.Vars.REMINDER_DAYS_BEFORE;
        public static final String DUE_DAY_REMINDER_AT = CampaignProcess.Vars.DUE_DAY_REMINDER_AT;
        public static final String ESCALATE_AFTER_WORKING_DAYS = CampaignProcess.Vars.ESCALATE_AFTER_WORKING_DAYS;
        public static final String REGISTRATION = CampaignProcess.Vars.REGISTRATION;
        public static final String REGISTRATION_DEADLINE = CampaignProcess.Vars.REGISTRATION_DEADLINE;
        public static final String RECEIVERS = CampaignProcess.Vars.RECEIVERS;
        public static final String CAMPAIGN_ID = CampaignProcess.Vars.CAMPAIGN_ID;
        public static final String PHASE_NOS = CampaignProcess.Vars.PHASE_NOS;
        public static final String PHASE_NO = CampaignProcess.Vars.PHASE_NO;

        private Vars() {
        }
    }

    private CampaignProcessNames() {
    }
}
