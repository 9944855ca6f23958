package vn.thidua.bloc;

import vn.thidua.text.Messages;

/** Where a bloc's year in a campaign stands. */
enum BlocYearStatus {
    /** The leader's staff prepare the plan (also after the parent returned it). */
    PLANNING,
    /** The members' heads sign the pledge. */
    SIGNING,
    /** Every member signed: the leader's head submits plan and pledge to the parent. */
    WAITING_SUBMIT,
    /** Sent to the parent, waiting for its review. */
    WAITING_PARENT,
    /** The parent accepted the plan: meetings, interim review and evaluation follow. */
    RUNNING,
    /** The members score themselves, the bloc meeting agrees the scores and votes the next leader. */
    EVALUATING,
    /** The bloc's result is with the parent's council. */
    WAITING_CONFIRM,
    /** The parent's council confirmed ranking, leading units and next leader. */
    CONFIRMED;

    String label() {
        return Messages.get("bloc.status." + name());
    }
}
