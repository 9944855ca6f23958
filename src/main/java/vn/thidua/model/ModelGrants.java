package vn.thidua.model;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.thidua.org.SharedGrants;

/**
 * Every signed-in user may read the exemplary-model process definition, once for all (one global grant, not one per
 * group: see org's SharedGrants): Tasklist shows its name next to each task of it.
 */
@Component
@Order(5)
class ModelGrants implements ApplicationRunner {

    private final SharedGrants grants;

    ModelGrants(SharedGrants grants) {
        this.grants = grants;
    }

    @Override
    public void run(ApplicationArguments args) {
        grants.everyoneReadsProcess(ModelProcess.KEY);
    }
}
