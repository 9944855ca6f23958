package vn.thidua.org;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.thidua.text.Messages;

/** Read access to the organisation tree and its people, for the processes and the web layer. */
public interface OrgDirectory {

    Optional<Unit> findUnit(String code);

    /** The unit or a Vietnamese {@link java.util.NoSuchElementException}. */
    default Unit unit(String code) {
        return findUnit(code).orElseThrow(
                () -> new java.util.NoSuchElementException(Messages.get("org.unit.notFound", code)));
    }

    /** Direct children, ordered by code. */
    List<Unit> children(String code);

    /**
     * The bodies the unit also reports to besides its parent (units.csv's also_reports_to), ordered by code; empty
     * when it reports to its parent only.
     */
    List<Unit> otherBodies(String code);

    /** Every root unit (units without parent), ordered by code. */
    List<Unit> roots();

    /** How many units are directly below the unit. */
    int childCount(String code);

    /**
     * The names of the units among {@code codes}, by code, read as a set (whatever their number); a code of no unit
     * is left out.
     */
    Map<String, String> unitNames(Collection<String> codes);

    /** The units where the person holds the role (their own unit, or none), e.g. where they are staff. */
    List<String> unitsWhere(String username, UnitRole role);

    /** People holding the role in the unit, ordered by username. */
    List<Person> people(String unitCode, UnitRole role);

    /**
     * The full name users.csv gives a username, in Vietnamese order ("Mai Thị Hoa"), for whatever shows a person to
     * users; empty for an account that is none of our people (an administrator).
     */
    Optional<String> fullName(String username);

    /** True when {@code ancestorCode} is the unit itself or above it in the tree. */
    boolean isSameOrAncestor(String ancestorCode, String unitCode);
}
