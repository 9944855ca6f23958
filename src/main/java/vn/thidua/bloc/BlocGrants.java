package vn.thidua.bloc;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.thidua.org.SharedGrants;

/**
 * Every signed-in user may read the bloc-year process definition, once for all (one global grant, not one per
 * group: see org's SharedGrants): Tasklist shows its name next to each task of it.
 */
@Component
@Order(5)
class BlocGrants implements ApplicationRunner {

    private final SharedGrants grants;

    BlocGrants(SharedGrants grants) {
        this.grants = grants;
    }

    @Override
    public void run(ApplicationArguments args) {
        grants.everyoneReadsProcess(BlocYearProcess.KEY);
    }
}
