package vn.thidua.org;

import java.util.Arrays;
import java.util.Optional;

import vn.thidua.text.Messages;

/**
 * What a person does for their unit (column {@code role} of users.csv). Each unit and role becomes a Camunda
 * group whose id is the unit code followed by the role, e.g. {@code Q1THLELOIstaff}.
 */
public enum UnitRole {
    /** cán bộ phụ trách: prepares the unit's reports and reviews its children's. */
    STAFF("staff"),
    /** thủ trưởng / chủ tịch công đoàn: approves and signs for the unit. */
    HEAD("head"),
    /** Hội đồng Thi đua – Khen thưởng: records the council's evaluation. */
    COUNCIL("council");

    private final String code;

    UnitRole(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Vietnamese name of the role, used in Camunda group names. */
    public String label() {
        return Messages.get("org.role." + name());
    }

    public String groupId(String unitCode) {
        return unitCode + code;
    }

    public static Optional<UnitRole> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
