package vn.thidua.bloc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.deadline.EngineClock;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.Unit;
import vn.thidua.org.UnitRole;
import vn.thidua.problem.AccessDeniedException;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.security.SignedInUser;
import vn.thidua.text.Messages;

/**
 * The blocs as data: import of a year's blocs, a school joining or leaving during the year, a new leader, each change
 * kept in the bloc's history. Who may change a bloc: an administrator or the parent unit's staff. Who may read it:
 * the parent and the levels above it, and the bloc's own members; another school sees nothing of it ("not found").
 */
@Service
class BlocService {

    static final String CREATED = "CREATED";
    static final String IMPORTED = "IMPORTED";
    static final String JOINED = "JOINED";
    static final String LEFT = "LEFT";
    static final String LEADER = "LEADER";

    private final BlocRepository blocs;
    private final OrgDirectory org;
    private final EngineClock clock;

    BlocService(BlocRepository blocs, OrgDirectory org, EngineClock clock) {
        this.blocs = blocs;
        this.org = org;
        this.clock = clock;
    }

    // ---- Who ---------------------------------------------------------------------------------------------------

    List<String> unitsOf(SignedInUser user) {
        return user.groupIds().stream().filter(g -> org.findUnit(g).isPresent()).toList();
    }

    boolean canManage(SignedInUser user, String parentUnitCode) {
        return user.isAdmin() || user.isMemberOf(UnitRole.STAFF.groupId(parentUnitCode));
    }

    boolean canSee(SignedInUser user, Bloc bloc) {
        return user.isAdmin() || unitsOf(user).stream().anyMatch(own -> bloc.hasMember(own)
                || org.isSameOrAncestor(own, bloc.parentUnitCode()));
    }

    Bloc readable(SignedInUser user, long id) {
        Bloc bloc = blocs.find(id).orElse(null);
        if (bloc == null || !canSee(user, bloc)) {
            throw new NoSuchElementException(Messages.get("bloc.notFound", id));
        }
        return bloc;
    }

    private Bloc manageable(SignedInUser user, long id) {
        Bloc bloc = readable(user, id);
        if (!canManage(user, bloc.parentUnitCode())) {
            throw new AccessDeniedException();
        }
        return bloc;
    }

    /** Units whose blocs the user manages (their staff), ordered as the tree gives them; every root for an admin. */
    List<Unit> managedParents(SignedInUser user) {
        Set<Unit> units = new LinkedHashSet<>();
        for (String group : user.groupIds()) {
            if (group.endsWith(UnitRole.STAFF.code())) {
                org.findUnit(group.substring(0, group.length() - UnitRole.STAFF.code().length()))
                        .filter(u -> org.childCount(u.code()) > 0).ifPresent(units::add);
            }
        }
        return List.copyOf(units);
    }

    /** The blocs a user sees on the list: those of the parents they belong to or stand above, and their own. */
    List<Bloc> visible(SignedInUser user, String parentUnitCode, String schoolYear) {
        Map<Long, Bloc> shown = new LinkedHashMap<>();
        if (parentUnitCode != null && !parentUnitCode.isBlank()) {
            Unit parent = org.findUnit(parentUnitCode.trim()).orElse(null);
            if (parent == null || !(user.isAdmin()
                    || unitsOf(user).stream().anyMatch(own -> org.isSameOrAncestor(own, parent.code())))) {
                throw new NoSuchElementException(Messages.get("bloc.unit.notFound", parentUnitCode.trim()));
            }
            blocs.ofParent(parent.code(), blank(schoolYear)).forEach(b -> shown.put(b.id(), b));
            return List.copyOf(shown.values());
        }
        for (String own : unitsOf(user)) {
            blocs.ofParent(own, blank(schoolYear)).forEach(b -> shown.put(b.id(), b));
            blocs.ofMember(own).stream().filter(b -> blank(schoolYear) == null || b.schoolYear().equals(schoolYear))
                    .forEach(b -> shown.put(b.id(), b));
        }
        return List.copyOf(shown.values());
    }

    // ---- Import ------------------------------------------------------------------------------------------------

    record ImportSummary(int created, int updated, List<Long> blocIds) {
    }

    /** The blocs of a file, all or nothing: new ones created, those already stored (same code) replaced. */
    @Transactional
    ImportSummary importCsv(SignedInUser user, byte[] bytes) {
        List<BlocsCsv.Line> lines = BlocsCsv.read(bytes, org, (parent, year) -> {
            Map<String, String> codes = new LinkedHashMap<>();
            Map<Long, String> codeOf = new LinkedHashMap<>();
            blocs.ofParent(parent, year).forEach(b -> codeOf.put(b.id(), b.code()));
            blocs.membership(parent, year).forEach((unit, blocId) -> codes.put(unit, codeOf.get(blocId)));
            return codes;
        }, parent -> canManage(user, parent));
        var now = clock.now();
        // Members leave the blocs that no longer hold them first, so that a school moving from one bloc of the file
        // to another never stands in two at once.
        for (BlocsCsv.Line line : lines) {
            blocs.find(line.parentCode(), line.schoolYear(), line.code()).ifPresent(bloc -> {
                for (String member : bloc.members()) {
                    if (!line.members().contains(member)) {
                        blocs.removeMember(bloc.id(), member);
                        blocs.history(bloc.id(), user.username(), now, LEFT, member, null);
                    }
                }
            });
        }
        int created = 0;
        int updated = 0;
        List<Long> ids = new ArrayList<>();
        for (BlocsCsv.Line line : lines) {
            Bloc bloc = blocs.find(line.parentCode(), line.schoolYear(), line.code()).orElse(null);
            if (bloc == null) {
                long id = blocs.create(line.code(), line.name(), line.parentCode(), line.schoolYear(),
                        line.leaderCode(), null, user.username(), now);
                bloc = blocs.find(id).orElseThrow();
                blocs.history(id, user.username(), now, IMPORTED, line.leaderCode(), null);
                created++;
            } else {
                if (!bloc.leaderUnitCode().equals(line.leaderCode())) {
                    blocs.history(bloc.id(), user.username(), now, LEADER, line.leaderCode(), null);
                }
                blocs.update(bloc.id(), line.name(), line.leaderCode());
                updated++;
            }
            for (String member : line.members()) {
                if (!bloc.hasMember(member)) {
                    blocs.addMember(bloc, member);
                    blocs.history(bloc.id(), user.username(), now, JOINED, member, null);
                }
            }
            ids.add(bloc.id());
        }
        return new ImportSummary(created, updated, ids);
    }

    // ---- Changes during the year -------------------------------------------------------------------------------

    /** A school of the parent joins the bloc; it must be in no other bloc of the parent this year. */
    @Transactional
    Bloc join(SignedInUser user, long id, String unitCode) {
        Bloc bloc = manageable(user, id);
        String code = unitCode == null ? "" : unitCode.trim();
        Unit unit = org.findUnit(code).orElse(null);
        if (unit == null) {
            throw invalid("unitCode", Messages.get("bloc.csv.unit.unknown", code));
        }
        if (!bloc.parentUnitCode().equals(unit.parentCode())) {
            throw invalid("unitCode", Messages.get("bloc.csv.member.otherParent", unit.name(), code,
                    org.unit(bloc.parentUnitCode()).name()));
        }
        if (bloc.hasMember(code)) {
            throw invalid("unitCode", Messages.get("bloc.join.already", unit.name()));
        }
        Long other = blocs.membership(bloc.parentUnitCode(), bloc.schoolYear()).get(code);
        if (other != null) {
            throw invalid("unitCode", Messages.get("bloc.join.otherBloc", unit.name(),
                    blocs.find(other).map(Bloc::name).orElse("")));
        }
        blocs.addMember(bloc, code);
        blocs.history(id, user.username(), clock.now(), JOINED, code, null);
        return blocs.find(id).orElseThrow();
    }

    /** A school leaves the bloc; the leader leaves only after another member leads. */
    @Transactional
    Bloc leave(SignedInUser user, long id, String unitCode) {
        Bloc bloc = manageable(user, id);
        String code = unitCode == null ? "" : unitCode.trim();
        if (!bloc.hasMember(code)) {
            throw invalid("unitCode", Messages.get("bloc.leave.notMember", code));
        }
        if (bloc.leaderUnitCode().equals(code)) {
            throw invalid("unitCode", Messages.get("bloc.leave.leader"));
        }
        blocs.removeMember(id, code);
        blocs.history(id, user.username(), clock.now(), LEFT, code, null);
        return blocs.find(id).orElseThrow();
    }

    /** Another member leads the bloc from now on. */
    @Transactional
    Bloc setLeader(SignedInUser user, long id, String unitCode) {
        Bloc bloc = manageable(user, id);
        String code = unitCode == null ? "" : unitCode.trim();
        if (!bloc.hasMember(code)) {
            throw invalid("leaderUnitCode", Messages.get("bloc.leader.notMember", code));
        }
        if (!bloc.leaderUnitCode().equals(code)) {
            blocs.update(id, bloc.name(), code);
            blocs.history(id, user.username(), clock.now(), LEADER, code, null);
        }
        return blocs.find(id).orElseThrow();
    }

    /**
     * Next school year's bloc: same code, name and members, the leader the parent confirmed; nothing when it exists
     * already (a job run twice creates one bloc).
     */
    @Transactional
    Bloc createNextYear(Bloc bloc, String leaderUnitCode, String by) {
        String next = nextYear(bloc.schoolYear());
        Bloc existing = blocs.find(bloc.parentUnitCode(), next, bloc.code()).orElse(null);
        if (existing != null) {
            return existing;
        }
        var now = clock.now();
        Map<String, Long> taken = blocs.membership(bloc.parentUnitCode(), next);
        long id = blocs.create(bloc.code(), bloc.name(), bloc.parentUnitCode(), next, leaderUnitCode, bloc.id(), by,
                now);
        Bloc created = blocs.find(id).orElseThrow();
        blocs.history(id, by, now, CREATED, leaderUnitCode, bloc.schoolYear());
        for (String member : bloc.members()) {
            // A school placed in another bloc of next year already (an import ahead of time) stays there.
            if (!taken.containsKey(member)) {
                blocs.addMember(created, member);
            }
        }
        return blocs.find(id).orElseThrow();
    }

    static String nextYear(String schoolYear) {
        int start = Integer.parseInt(schoolYear.substring(0, 4)) + 1;
        return start + "-" + (start + 1);
    }

    /** Schools of the parent in no bloc of the year: who may join. */
    List<Unit> candidates(Bloc bloc) {
        Map<String, Long> taken = blocs.membership(bloc.parentUnitCode(), bloc.schoolYear());
        return org.children(bloc.parentUnitCode()).stream().filter(u -> !taken.containsKey(u.code())).toList();
    }

    List<BlocRepository.HistoryEntry> history(long id) {
        return blocs.history(id);
    }

    Map<String, String> names(java.util.Collection<String> codes) {
        return org.unitNames(codes);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException(message, List.of(new InputError(0, 0, field, message)));
    }
}
