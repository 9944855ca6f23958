package vn.thidua.round;

/** Element ids and variable names of {@code processes/report-schedule.bpmn} and {@code processes/adhoc-report.bpmn}. */
final class RoundProcess {

    static final String SCHEDULE_KEY = "ReportSchedule";
    static final String ADHOC_KEY = "AdHocReport";

    static final String PLAN_NEXT_ROUND = "Task_PlanNextRound";
    static final String WAIT_ROUND = "Gateway_WaitRound";
    static final String TIMER_ROUND_OPENS = "Timer_RoundOpens";
    static final String OPEN_ROUND = "Task_OpenRound";
    static final String CALL_ROUND_REPORT = "Call_RoundReport";
    static final String WAIT_RESUMED = "Catch_ScheduleResumed";
    static final String END_SCHEDULE = "Task_EndSchedule";
    static final String CALL_ADHOC_REPORT = "Call_AdHocReport";

    /** Starts a schedule's process: the schedule was set up on its page or through the API. */
    static final String MESSAGE_SCHEDULE_CREATED = "ReportScheduleCreated";
    /** Starts an ad-hoc request's process. */
    static final String MESSAGE_ADHOC_REQUESTED = "AdHocReportRequested";
    /** Pause, resume or end: the schedule's process plans again from the schedule's status. */
    static final String MESSAGE_SCHEDULE_CHANGED = "ReportScheduleChanged";

    static final class Vars {
        static final String SCHEDULE_ID = "scheduleId";
        static final String ADHOC_ID = "adHocId";
        /** ACTIVE, PAUSED or ENDED, as the schedule stands when planned. */
        static final String SCHEDULE_STATE = "scheduleState";
        /** When the next round opens, ISO-8601 with offset. */
        static final String ROUND_OPENS_AT = "roundOpensAt";
        static final String ROUND_ITEM_NO = "roundItemNo";
        static final String ROUND_YEAR = "roundYear";
        /** False when the schedule was paused or ended after the round was planned: nothing opened. */
        static final String ROUND_OPENED = "roundOpened";
        // Inputs of the report process (names of vn.thidua.report.UnitReportProcess.Vars)
        static final String CAMPAIGN_ID = "campaignId";
        static final String PHASE_NO = "phaseNo";
        static final String ROOT_UNIT_CODE = "rootUnitCode";
        /** Who receives the round's reports: {@link Receivers} name, passed to the report process. */
        static final String RECEIVERS = "receivers";
        static final String CAMPAIGN_NAME = "campaignName";

        private Vars() {
        }
    }

    private RoundProcess() {
    }
}
