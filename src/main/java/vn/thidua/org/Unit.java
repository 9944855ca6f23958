package vn.thidua.org;

/**
 * A node of the organisation tree (đơn vị): the city, a district or ward, a school.
 *
 * @param code       stable id, also the Camunda group id of the unit ({@code [a-zA-Z0-9]+})
 * @param name       Vietnamese name, e.g. "Trường TH Lê Lợi"
 * @param level      label of the level from units.csv (thanh_pho, quan, phuong, truong …); never interpreted
 * @param parentCode code of the parent unit, or null for the root
 * @param email      the unit's official mailbox
 */
public record Unit(String code, String name, String level, String parentCode, String email) {

    public boolean isRoot() {
        return parentCode == null;
    }

    public String groupId(UnitRole role) {
        return role.groupId(code);
    }
}
