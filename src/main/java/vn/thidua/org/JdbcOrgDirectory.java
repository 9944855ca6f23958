package vn.thidua.org;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

@Component
class JdbcOrgDirectory implements OrgDirectory {

    private final OrgRepository repository;

    JdbcOrgDirectory(OrgRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<Unit> findUnit(String code) {
        return code == null ? Optional.empty() : repository.findUnit(code);
    }

    @Override
    public List<Unit> children(String code) {
        return repository.children(code);
    }

    @Override
    public List<Unit> otherBodies(String code) {
        return repository.otherBodies(code);
    }

    @Override
    public List<Unit> roots() {
        return repository.roots();
    }

    @Override
    public int childCount(String code) {
        return code == null ? 0 : repository.childCount(code);
    }

    @Override
    public Map<String, String> unitNames(Collection<String> codes) {
        return repository.names(codes);
    }

    @Override
    public List<String> unitsWhere(String username, UnitRole role) {
        return username == null ? List.of() : repository.unitsWhere(username, role);
    }

    @Override
    public List<Person> people(String unitCode, UnitRole role) {
        return repository.people(unitCode, role);
    }

    @Override
    public Optional<String> fullName(String username) {
        return username == null ? Optional.empty() : repository.fullName(username);
    }

    @Override
    public boolean isSameOrAncestor(String ancestorCode, String unitCode) {
        Set<String> seen = new HashSet<>();
        Optional<Unit> current = findUnit(unitCode);
        while (current.isPresent() && seen.add(current.get().code())) {
            if (current.get().code().equals(ancestorCode)) {
                return true;
            }
            current = findUnit(current.get().parentCode());
        }
        return false;
    }
}
