package vn.thidua.round;

import vn.thidua.text.Messages;

/** Who receives a round's reports: the unit's parent only, or the parent and the unit's other bodies. */
enum Receivers {
    PARENT,
    PARENT_AND_OTHERS;

    String label() {
        return Messages.get("round.receivers." + name());
    }

    static Receivers parse(String text) {
        if (text == null || text.isBlank()) {
            return PARENT;
        }
        for (Receivers r : values()) {
            if (r.name().equalsIgnoreCase(text.trim())) {
                return r;
            }
        }
        return null;
    }
}
