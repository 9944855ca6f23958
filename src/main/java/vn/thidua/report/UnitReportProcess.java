package vn.thidua.report;

/**
 * Element ids and variable names of {@code processes/unit-report.bpmn}: one instance per unit, campaign and
 * phase. A unit first waits for the reports of its children (the same process, called recursively), then
 * prepares its own, has it approved by its head and submits it to its parent, who accepts or returns it.
 */
public final class UnitReportProcess {

    public static final String KEY = "UnitReport";

    public static final String OPEN_REPORT = "Task_OpenReport";
    public static final String GATEWAY_HAS_CHILDREN = "Gateway_HasChildren";
    public static final String CALL_CHILD_REPORTS = "Call_ChildReports";
    public static final String SUBMISSION = "Sub_Submission";
    public static final String PREPARE_REPORT = "Task_PrepareReport";
    public static final String GATEWAY_IS_DOSSIER = "Gateway_IsDossier";
    public static final String COUNCIL_VOTE = "Task_CouncilVote";
    public static final String APPROVE_REPORT = "Task_ApproveReport";
    public static final String GATEWAY_HEAD_DECISION = "Gateway_HeadDecision";
    public static final String GATEWAY_HAS_AWARDS = "Gateway_HasAwards";
    public static final String ISSUE_DECISION = "Task_IssueDecision";
    public static final String SUBMIT_REPORT = "Task_SubmitReport";
    /** Starts a {@link ReportReceiptProcess} for each other body the report goes to (none when to the parent only). */
    public static final String SEND_TO_OTHER_BODIES = "Task_SendToOtherBodies";
    /** Reminders, overdue and escalation: one watch, restarted when the deadline is extended. */
    public static final String DEADLINE_WATCH = "Sub_DeadlineWatch";
    public static final String DEADLINE_EXTENDED = "Boundary_DeadlineExtended";
    public static final String APPLY_DEADLINE_EXTENSION = "Task_ApplyDeadlineExtension";
    /** Message that interrupts the watch: the deadline was extended (gia hạn), correlated by process instance. */
    public static final String MESSAGE_DEADLINE_EXTENDED = "DeadlineExtended";
    public static final String GATEWAY_REMINDER_AHEAD = "Gateway_ReminderAhead";
    public static final String TIMER_REMINDER = "Timer_Reminder";
    public static final String QUEUE_REMINDER_MAIL = "Task_QueueReminderMail";
    public static final String TIMER_OVERDUE = "Timer_Overdue";
    public static final String QUEUE_OVERDUE_MAIL = "Task_QueueOverdueMail";
    public static final String TIMER_ESCALATION = "Timer_Escalation";
    public static final String QUEUE_ESCALATION_MAIL = "Task_QueueEscalationMail";
    public static final String GATEWAY_HAS_PARENT = "Gateway_HasParent";
    public static final String REVIEW_REPORT = "Task_ReviewReport";
    public static final String GATEWAY_REVIEW_DECISION = "Gateway_ReviewDecision";
    public static final String RETURN_REPORT = "Task_ReturnReport";
    public static final String ACCEPT_REPORT = "Task_AcceptReport";
    public static final String END_ACCEPTED = "End_ReportAccepted";

    /** Values of the decision variables, as the forms submit them. */
    public static final String HEAD_APPROVE = "approve";
    public static final String HEAD_SEND_BACK = "sendBack";
    public static final String REVIEW_ACCEPT = "accept";
    public static final String REVIEW_RETURN = "return";

    public static final class Vars {
        // Inputs from the caller
        public static final String CAMPAIGN_ID = "campaignId";
        public static final String PHASE_NO = "phaseNo";
        public static final String UNIT_CODE = "unitCode";
        /** Deadline of the parent unit's own report (ISO-8601 with offset); absent for the root. */
        public static final String PARENT_DEADLINE = "parentDeadline";
        /**
         * Optional: who receives the report, {@link vn.thidua.org.Receivers} by name (PARENT when absent); passed on
         * to the children. Whoever opens reports (a campaign's launch, a report round) sets it under this name.
         */
        public static final String RECEIVERS = "receivers";

        // Set when the report opens
        public static final String REPORT_ID = "reportId";
        public static final String REPORT_TITLE = "reportTitle";
        /**
         * The unit's and the campaign's names, for people, not for the flow: Cockpit finds a unit's instance by them
         * (process instances, filter "Variable", e.g. {@code unitName like %Lam Sơn%}). The business key stays
         * {@code campaignId-phaseNo-unitCode}.
         */
        public static final String UNIT_NAME = "unitName";
        public static final String CAMPAIGN_NAME = "campaignName";
        public static final String STAFF_GROUP = "staffGroup";
        public static final String HEAD_GROUP = "headGroup";
        public static final String COUNCIL_GROUP = "councilGroup";
        /** True for the tổng kết: the report carries the unit's award dossier (council vote, decisions). */
        public static final String DOSSIER = "dossier";
        /** Set by the council's step: nominations this level approved and has yet to grant in a decision. */
        public static final String AWARDS_TO_DECIDE = "awardsToDecide";
        public static final String REVIEWER_GROUP = "reviewerGroup";
        public static final String HAS_PARENT = "hasParent";
        public static final String CHILD_UNIT_CODES = "childUnitCodes";
        public static final String CHILD_UNIT_CODE = "childUnitCode";
        /** Deadline of this unit's report, ISO-8601 with offset; drives due dates and timers. */
        public static final String DEADLINE = "deadline";
        /** The day (yyyy-MM-dd) asked for when it was a day off and the deadline moved to the next working day. */
        public static final String DEADLINE_REQUESTED_DAY = "deadlineRequestedDay";
        /** The day (yyyy-MM-dd) the reviewer chose for a returned report's new deadline. */
        public static final String RETURN_REQUESTED_DAY = "returnRequestedDay";
        /** Reminder instants (ISO-8601 with offset) still ahead of the deadline, one text separated by spaces. */
        public static final String REMINDER_TIMES = "reminderTimes";
        /** The next reminder instant (ISO-8601 with offset), null when none is left. */
        public static final String REMINDER_AT = "reminderAt";
        /** When the parent's head is told of a report still not submitted (ISO-8601 with offset). */
        public static final String ESCALATION_AT = "escalationAt";
        public static final String REVIEW_DUE = "reviewDue";

        // Decisions from the forms
        public static final String HEAD_DECISION = "headDecision";
        public static final String REVIEW_DECISION = "reviewDecision";

        private Vars() {
        }
    }

    /** Task-local variables the forms display or fill; their content is kept in our tables, not in the process. */
    public static final class FormFields {
        public static final String UNIT_NAME = "unitName";
        public static final String DEADLINE_LABEL = "deadlineLabel";
        public static final String SUBMITTED_LABEL = "submittedLabel";
        public static final String SUMMARY = "summary";
        public static final String STAFF_COUNT = "staffCount";
        public static final String REGISTERED_COUNT = "registeredCount";
        /** True on the forms of a registration round (đăng ký thi đua), whose content lives on its own page. */
        public static final String REGISTRATION = "registration";
        public static final String HIGHLIGHTS = "highlights";
        public static final String HEAD_COMMENT = "headComment";
        public static final String RETURN_REASONS = "returnReasons";
        public static final String NEW_DEADLINE = "newDeadline";
        public static final String CHILDREN_SUMMARY = "childrenSummary";
        public static final String ATTACHMENTS_URL = "attachmentsUrl";
        /** Tình hình nộp báo cáo of the campaign: the reviewer's unit on the review, the unit's own otherwise. */
        public static final String OVERVIEW_URL = "overviewUrl";
        public static final String ATTACHMENT_NAMES = "attachmentNames";
        /** The tổng kết's dossier page (nominations, verdicts, council, rejections) and what it holds now. */
        public static final String DOSSIER_URL = "dossierUrl";
        public static final String NOMINATION_SUMMARY = "nominationSummary";
        public static final String COUNCIL_CONFIRMED = "councilConfirmed";
        public static final String DECISION_NUMBER = "decisionNumber";
        public static final String DECISION_SIGNED_ON = "decisionSignedOn";
        public static final String SIGNER_NAME = "signerName";
        public static final String SIGNER_POSITION = "signerPosition";
        /** A periodic or ad-hoc round's instructions and attachment template (see ReportRequest). */
        public static final String REQUEST_INSTRUCTIONS = "requestInstructions";
        public static final String REQUEST_TEMPLATE_URL = "requestTemplateUrl";
        /** False when the round does not ask for the staff and registration counts: the form hides them. */
        public static final String ASK_COUNTS = "askCounts";

        private FormFields() {
        }
    }

    private UnitReportProcess() {
    }
}
