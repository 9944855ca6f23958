package vn.thidua.bloc;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** What other modules may ask about blocs: a parent's blocs of a school year, a school's bloc, a bloc by id. */
@Service
public class Blocs {

    private final BlocRepository blocs;

    Blocs(BlocRepository blocs) {
        this.blocs = blocs;
    }

    public Optional<Bloc> find(long id) {
        return blocs.find(id);
    }

    /** The parent's blocs of the school year ("2026-2027"), by code. */
    public List<Bloc> ofParent(String parentUnitCode, String schoolYear) {
        return blocs.ofParent(parentUnitCode, schoolYear);
    }

    /** The bloc the school is a member of in the school year, if any (at most one per parent and year). */
    public Optional<Bloc> ofMember(String unitCode, String schoolYear) {
        return blocs.ofMember(unitCode).stream().filter(b -> b.schoolYear().equals(schoolYear)).findFirst();
    }
}
