package vn.thidua.bloc;

import java.util.List;

/**
 * An emulation bloc (khối thi đua) of one school year: schools of one parent unit that compete and meet together,
 * one of them leading it (khối trưởng).
 *
 * @param members         the member schools' unit codes, ordered by code; the leader is one of them
 * @param previousBlocId  the bloc of the year before this one was created from, or null
 */
public record Bloc(long id, String code, String name, String parentUnitCode, String schoolYear,
                   String leaderUnitCode, List<String> members, Long previousBlocId) {

    public Bloc {
        members = List.copyOf(members);
    }

    public boolean hasMember(String unitCode) {
        return members.contains(unitCode);
    }
}
