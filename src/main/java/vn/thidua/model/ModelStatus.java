package vn.thidua.model;

import vn.thidua.text.Messages;

/** Where a proposed model stands. */
enum ModelStatus {
    /** The unit's staff are preparing the proposal (also after the head sent it back). */
    PREPARING,
    /** Waiting for the unit's head to sign. */
    WAITING_HEAD,
    /** Sent to the parent, waiting for its review. */
    WAITING_PARENT,
    /** The parent returned it with reasons: the staff complete it and send it again. */
    RETURNED,
    /** Chosen by the parent: nurtured by a plan and followed up every year. */
    CHOSEN,
    /** Declined by the parent, with reasons. */
    DECLINED;

    String label() {
        return Messages.get("model.status." + name());
    }

    boolean staffEdits() {
        return this == PREPARING || this == RETURNED;
    }
}
