package vn.thidua.tasklist;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.query.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.thidua.org.OrgRepository;
import vn.thidua.org.OrgRepository.PersonRecord;
import vn.thidua.org.SharedGrants;
import vn.thidua.org.Unit;
import vn.thidua.org.UnitRole;
import vn.thidua.org.UnitsImported;
import vn.thidua.org.UsersImported;
import vn.thidua.process.DeploymentLock;
import vn.thidua.report.ReportReceiptProcess;
import vn.thidua.report.UnitReportProcess;
import vn.thidua.security.SignedInUser;
import vn.thidua.text.Messages;

/**
 * Shared Tasklist filters: every signed-in user sees their own unit's and role's work, soonest due first, and the
 * part of it due within three days or already overdue; administrators also get a filter over everything. Created at
 * the first start; at every later start a shared filter whose definition is older than {@link #DEFINITIONS_VERSION}
 * (kept in its properties) is brought up to date in place, keeping its id and grants. Filters users made for
 * themselves (they have an owner) are never touched, whatever their name.
 */
@Component
@Order(5)
class TasklistFilters implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);

    public static final String MY_UNIT = Messages.get("tasklist.filter.myUnit");
    public static final String ALL = Messages.get("tasklist.filter.all");
    public static final String DUE_SOON = Messages.get("tasklist.filter.dueSoon");
    public static final String OVERDUE = Messages.get("tasklist.filter.overdue");
    public static final String TO_REVIEW = Messages.get("tasklist.filter.toReview");
    /** The steps where someone signs, votes on, reviews or acknowledges (as an other receiving body) another's work. */
    static final String[] REVIEW_STEPS = {UnitReportProcess.COUNCIL_VOTE, UnitReportProcess.APPROVE_REPORT,
        UnitReportProcess.ISSUE_DECISION, UnitReportProcess.REVIEW_REPORT, ReportReceiptProcess.ACKNOWLEDGE_REPORT};
    /**
     * The version of the definitions below. Raise it whenever a shared filter's query, description or priority
     * changes: each installation's shared filters are then redefined at its next start (version 1: the
     * filters as first released, without this property; 2: receipts by other bodies in "Chờ tôi duyệt").
     */
    static final int DEFINITIONS_VERSION = 2;
    /** The filter property that holds {@link #DEFINITIONS_VERSION}; Tasklist ignores properties it does not know. */
    static final String VERSION_PROPERTY = "thiduaDefinitionsVersion";

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationService authorizationService;
    private final DeploymentLock lock;
    private final OrgRepository people;

    public TasklistFilters(FilterService filterService, TaskService taskService,
                           AuthorizationService authorizationService, DeploymentLock lock, OrgRepository people) {
        this.people = people;
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizationService = authorizationService;
        this.lock = lock;
    }

    /** Under the deployment lock: two nodes starting together must not both create the filters. */
    @Override
    public void run(ApplicationArguments args) {
        lock.run(this::define);
    }

    private void define() {
        define(MY_UNIT, -10, Messages.get("tasklist.filter.myUnit.description"),
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().orderByDueDate().asc(), Authorization.ANY);
        define(DUE_SOON, -5, Messages.get("tasklist.filter.dueSoon.description"),
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().dueAfterExpression("${now()}")
                        .dueBeforeExpression("${dateTime().plusDays(3)}").orderByDueDate().asc(), Authorization.ANY);
        define(OVERDUE, -8, Messages.get("tasklist.filter.overdue.description"),
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().dueBeforeExpression("${now()}").orderByDueDate().asc(),
                Authorization.ANY);
        define(TO_REVIEW, -7, Messages.get("tasklist.filter.toReview.description"),
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().taskDefinitionKeyIn(REVIEW_STEPS).orderByDueDate().asc(), null);
        define(ALL, 10, Messages.get("tasklist.filter.all.description"),
                taskService.createTaskQuery().orderByDueDate().asc(), SignedInUser.ADMIN_GROUP);
        grantReviewers();
    }

    /** New units, parents or people: the reviewers' filter follows the tree and the roles. */
    @EventListener
    public void unitsImported(UnitsImported event) {
        grantReviewers();
    }

    @EventListener
    public void usersImported(UsersImported event) {
        grantReviewers();
    }

    /**
     * "Chờ tôi duyệt" is shown to the people it concerns: every unit's head and council, and the staff of every unit
     * that has units below it to review. It is granted to each of them, not to their role groups: a grant naming a
     * group is a row every command of every user scans (see {@link SharedGrants}), one naming a user is not. Grants
     * to people who no longer review, and the per-group grants of earlier versions, are removed.
     */
    private void grantReviewers() {
        Filter filter = shared(TO_REVIEW).orElse(null);
        if (filter == null) {
            return;
        }
        Map<String, Unit> units = people.allUnits();
        Set<String> reviewers = reviewers(units);
        Set<String> roleGroups = units.values().stream()
                .flatMap(u -> Arrays.stream(UnitRole.values()).map(u::groupId)).collect(Collectors.toSet());
        Set<String> granted = new HashSet<>();
        for (Authorization grant : authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER)
                .resourceId(filter.getId()).list()) {
            if (grant.getAuthorizationType() != Authorization.AUTH_TYPE_GRANT
                    || !SharedGrants.granted(grant).equals(Set.of(Permissions.READ))) {
                continue;
            }
            if (grant.getUserId() != null && reviewers.contains(grant.getUserId())) {
                granted.add(grant.getUserId());
            } else if (grant.getUserId() != null || roleGroups.contains(grant.getGroupId())) {
                authorizationService.deleteAuthorization(grant.getId());
            }
        }
        for (String username : reviewers) {
            if (!granted.contains(username)) {
                Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                grant.setUserId(username);
                grant.setResource(Resources.FILTER);
                grant.setResourceId(filter.getId());
                grant.addPermission(Permissions.READ);
                authorizationService.saveAuthorization(grant);
            }
        }
    }

    private Set<String> reviewers(Map<String, Unit> units) {
        Set<String> parents = units.values().stream().map(Unit::parentCode).filter(Objects::nonNull)
                .collect(Collectors.toCollection(HashSet::new));
        // A body other units also report to acknowledges their reports, children of its own or not.
        people.allOtherBodies().values().forEach(parents::addAll);
        return people.allPeople().values().stream()
                .filter(p -> p.roles().contains(UnitRole.HEAD.code()) || p.roles().contains(UnitRole.COUNCIL.code())
                        || p.roles().contains(UnitRole.STAFF.code()) && parents.contains(p.unitCode()))
                .map(PersonRecord::username).collect(Collectors.toSet());
    }

    /**
     * Creates the shared filter, or brings one of an older definition up to date (same id, so its grants stay);
     * {@code audience} (a group, or ANY) may read a new one, or nobody yet when null.
     */
    private void define(String name, int priority, String description, Query<?, ?> query, String audience) {
        Map<String, Object> properties = new HashMap<>(Map.of("description", description, "priority", priority,
                "refresh", true, VERSION_PROPERTY, DEFINITIONS_VERSION));
        Optional<Filter> existing = shared(name);
        if (existing.isPresent()) {
            Filter filter = existing.get();
            if (version(filter) < DEFINITIONS_VERSION) {
                filter.setQuery(query);
                filter.setProperties(properties);
                filterService.saveFilter(filter);
                log.info("Tasklist filter \"{}\" brought up to definitions version {}", name, DEFINITIONS_VERSION);
            }
            return;
        }
        Filter filter = filterService.newTaskFilter(name)
                .setQuery(query)
                .setProperties(properties);
        filterService.saveFilter(filter);
        if (audience == null) {
            return;
        }
        Authorization grant = authorizationService.createNewAuthorization(
                Authorization.ANY.equals(audience) ? Authorization.AUTH_TYPE_GLOBAL : Authorization.AUTH_TYPE_GRANT);
        if (Authorization.ANY.equals(audience)) {
            grant.setUserId(Authorization.ANY);
        } else {
            grant.setGroupId(audience);
        }
        grant.setResource(Resources.FILTER);
        grant.setResourceId(filter.getId());
        grant.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(grant);
    }

    /** The shared filter of that name: one without an owner (a user's own filter may carry the same name). */
    private Optional<Filter> shared(String name) {
        return filterService.createFilterQuery().filterName(name).orderByFilterId().asc().list().stream()
                .filter(f -> f.getOwner() == null).findFirst();
    }

    private static int version(Filter filter) {
        Object version = filter.getProperties() == null ? null : filter.getProperties().get(VERSION_PROPERTY);
        return version instanceof Number n ? n.intValue() : 1;
    }
}
