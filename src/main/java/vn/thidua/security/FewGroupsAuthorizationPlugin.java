package vn.thidua.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Spares every authorized command a scan of the whole authorization table. Before it checks anything, Camunda's
 * {@link AuthorizationManager} selects the distinct group ids of every row of {@code ACT_RU_AUTHORIZATION} and keeps
 * the user's groups found there, so that the checks' {@code GROUP_ID_ IN (…)} lists only groups that have grants.
 * That statement grows with the organisation (one row per person, per membership, per candidate group of each open
 * task) and was a third of PostgreSQL's time in the deadline hour (docs/performance.md). A user here belongs to a
 * handful of groups: up to {@code thidua.security.auth-group-filter-threshold} groups are passed to the checks as
 * they are. A group without grants matches no row, so what a user may do and see is the same; a user with more groups
 * gets the engine's own lookup.
 * <p>
 * The same option as CIB seven's {@code authGroupFilterThreshold} and operaton/operaton#3141; on an engine that has
 * it, this plugin becomes that setting. It replaces the engine's authorization manager through the process engine
 * configuration's custom session factories, the extension point identity providers use.
 */
@Component
class FewGroupsAuthorizationPlugin extends AbstractProcessEnginePlugin {

    private final int threshold;

    FewGroupsAuthorizationPlugin(@Value("${thidua.security.auth-group-filter-threshold:50}") int threshold) {
        this.threshold = threshold;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (threshold <= 0) {
            return;
        }
        if (configuration.getCustomSessionFactories() == null) {
            configuration.setCustomSessionFactories(new ArrayList<>());
        }
        configuration.getCustomSessionFactories().add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new FewGroupsAuthorizationManager(threshold);
            }
        });
    }

    /** Camunda's authorization manager, without the table-wide group lookup for users with few groups. */
    static final class FewGroupsAuthorizationManager extends AuthorizationManager {

        private final int threshold;

        FewGroupsAuthorizationManager(int threshold) {
            this.threshold = threshold;
        }

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()
                    || authenticatedGroupIds.size() > threshold) {
                return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
            }
            // A new list, as the engine's: the queries that carry it may outlive the caller's.
            List<String> groups = new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
            groups.removeIf(Objects::isNull);
            return groups;
        }
    }
}
