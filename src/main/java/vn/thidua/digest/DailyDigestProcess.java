package vn.thidua.digest;

/** Element ids and variable names of {@code processes/daily-digest.bpmn}. */
final class DailyDigestProcess {

    public static final String KEY = "DailyDigest";

    public static final String START_EVERY_MORNING = "StartEvent_EveryMorning";
    public static final String GATEWAY_WORKING_DAY = "Gateway_WorkingDay";
    public static final String QUEUE_DIGEST_MAILS = "Task_QueueDigestMails";
    public static final String END_QUEUED = "End_DigestsQueued";
    public static final String END_DAY_OFF = "End_DayOff";

    public static final class Vars {
        /** The day the digest speaks of (yyyy-MM-dd, Vietnam time). */
        public static final String DIGEST_DAY = "digestDay";
        /** How many mails this run queued (0 on a rerun of the same day). */
        public static final String MAILS_QUEUED = "mailsQueued";

        private Vars() {
        }
    }

    private DailyDigestProcess() {
    }
}
