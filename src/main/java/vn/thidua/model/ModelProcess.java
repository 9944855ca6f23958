package vn.thidua.model;

/** Element ids, message and variable names of {@code processes/exemplary-model.bpmn}. */
final class ModelProcess {

    static final String KEY = "ExemplaryModel";
    /** The model's page created the proposal: the process starts with this message. */
    static final String PROPOSED_MESSAGE = "ModelProposed";

    static final String PREPARE = "Task_PrepareProposal";
    static final String SIGN = "Task_SignProposal";
    static final String REVIEW = "Task_ReviewProposal";
    static final String FOLLOW_UP = "Task_FollowUp";

    static final String HEAD_APPROVE = "approve";
    static final String HEAD_SEND_BACK = "sendBack";
    static final String REVIEW_CHOOSE = "choose";
    static final String REVIEW_RETURN = "return";
    static final String REVIEW_DECLINE = "decline";

    private ModelProcess() {
    }

    /** Process variables. */
    static final class Vars {
        static final String MODEL_ID = "modelId";
        static final String UNIT_CODE = "unitCode";
        static final String PARENT_UNIT_CODE = "parentUnitCode";
        static final String MODEL_NAME = "modelName";
        static final String UNIT_NAME = "unitName";
        static final String MODEL_URL = "modelUrl";
        static final String HEAD_DECISION = "headDecision";
        static final String HEAD_COMMENT = "headComment";
        static final String REVIEW_DECISION = "reviewDecision";
        static final String REVIEW_REASON = "reviewReason";
        static final String PLAN_SUPPORT = "planSupport";
        static final String PLAN_BY = "planBy";
        static final String PLAN_UNTIL = "planUntil";
        static final String RETURN_REASON = "returnReason";
        static final String SCHOOL_YEAR = "followUpSchoolYear";
        static final String FOLLOW_UP_DUE = "followUpDue";
        static final String FOLLOW_UP_DUE_LABEL = "followUpDueLabel";
        static final String FOLLOW_UP_REMINDER_AT = "followUpReminderAt";
        static final String MORE_FOLLOW_UPS = "moreFollowUps";
        static final String FOLLOW_UP_DONE = "followUpDone";
        static final String FOLLOW_UP_REPLICATED_BY = "followUpReplicatedBy";

        private Vars() {
        }
    }
}
