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
    /** Where the review leads ({@link Vars#REVIEW_OUTCOME}): the BPMN's gateway after the review reads it. */
    static final String OUTCOME_NEXT_LEVEL = "nextLevel";
    static final String OUTCOME_FOLLOW_UP = "followUp";
    static final String OUTCOME_RETURN = "return";
    static final String OUTCOME_DECLINED = "declined";

    private ModelProcess() {
    }

    /** Process variables. */
    static final class Vars {
        static final String MODEL_ID = "modelId";
        static final String UNIT_CODE = "unitCode";
        static final String PARENT_UNIT_CODE = "parentUnitCode";
        /** The level whose staff review the proposal now (candidate group of {@code Task_ReviewProposal}). */
        static final String REVIEW_UNIT_CODE = "reviewUnitCode";
        static final String REVIEW_UNIT_NAME = "reviewUnitName";
        /** 1 for the parent, 2 for the level above it … */
        static final String REVIEW_LEVEL = "reviewLevel";
        /** How many levels review, from the model's rule set (models.reviewLevels). */
        static final String REVIEW_LEVELS = "reviewLevels";
        /** The level below that chose the model already, shown on the next level's review form. */
        static final String CHOSEN_BY_NAME = "chosenByName";
        static final String REVIEW_OUTCOME = "reviewOutcome";
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
