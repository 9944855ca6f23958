package vn.thidua.bloc;

/** Element ids and variable names of {@code processes/bloc-year.bpmn}. */
final class BlocYearProcess {

    static final String KEY = "BlocYear";
    /** The campaign reached the bloc's parent: the bloc's year starts with this message. */
    static final String OPENED_MESSAGE = "BlocYearOpened";

    static final String PREPARE_PLAN = "Task_PreparePlan";
    static final String SIGN_PLEDGE = "Task_SignPledge";
    static final String SUBMIT_PLAN = "Task_SubmitPlan";
    static final String REVIEW_PLAN = "Task_ReviewPlan";
    static final String RECORD_MEETING = "Task_RecordMeeting";
    static final String PREPARE_INTERIM = "Task_PrepareInterim";
    static final String SELF_SCORE = "Task_SelfScore";
    static final String AGREE_SCORES = "Task_AgreeScores";
    static final String SUBMIT_RESULT = "Task_SubmitResult";
    static final String CONFIRM_RESULT = "Task_ConfirmResult";

    static final String REVIEW_ACCEPT = "accept";
    static final String REVIEW_RETURN = "return";

    private BlocYearProcess() {
    }

    /** Process variables. */
    static final class Vars {
        static final String BLOC_YEAR_ID = "blocYearId";
        static final String BLOC_NAME = "blocName";
        static final String CAMPAIGN_NAME = "campaignName";
        static final String LEADER_UNIT_CODE = "leaderUnitCode";
        static final String PARENT_UNIT_CODE = "parentUnitCode";
        static final String MEMBER_UNIT_CODES = "memberUnitCodes";
        static final String MEMBER_UNIT_CODE = "memberUnitCode";
        static final String BLOC_YEAR_URL = "blocYearUrl";
        static final String PLAN_DEADLINE = "planDeadline";
        static final String PLAN_DEADLINE_LABEL = "planDeadlineLabel";
        static final String PLAN_REMINDER_AT = "planReminderAt";
        static final String REVIEW_DECISION = "reviewDecision";
        static final String REVIEW_REASON = "reviewReason";
        static final String PLEDGE_SIGNED = "pledgeSigned";
        static final String MEETING_SEQS = "meetingSeqs";
        static final String MEETING_SEQ = "meetingSeq";
        static final String MEETING_HOST = "meetingHost";
        static final String MEETING_DUE = "meetingDue";
        static final String MEETING_REMINDER_AT = "meetingReminderAt";
        static final String MEETING_LABEL = "meetingLabel";
        static final String HAS_INTERIM = "hasInterim";
        static final String INTERIM_OPENS_AT = "interimOpensAt";
        static final String INTERIM_DUE = "interimDue";
        static final String EVALUATION_OPENS_AT = "evaluationOpensAt";
        static final String EVALUATION_DUE = "evaluationDue";
        static final String RETURN_REASON = "returnReason";

        private Vars() {
        }
    }
}
