package vn.thidua.model;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.model.ModelService.Counts;
import vn.thidua.model.ModelService.ProposalInput;
import vn.thidua.model.ModelViews.ModelView;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.Unit;
import vn.thidua.rules.ModelRules;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.SignedInUser;

/** Exemplary models for automation: the same service, rules and access as the pages. */
@RestController
class ModelApi {

    private final ModelService service;
    private final OrgDirectory org;
    private final CurrentUser currentUser;

    ModelApi(ModelService service, OrgDirectory org, CurrentUser currentUser) {
        this.service = service;
        this.org = org;
        this.currentUser = currentUser;
    }

    /** A proposal to start: the unit, collective or person, the name. */
    record NewModel(String unitCode, String kind, String name) {
    }

    record CountsRow(String unitCode, String unitName, int proposed, int chosen, int followedUp, int honoured) {
    }

    record ModelList(String unitCode, String unitName, List<CountsRow> counts, List<ModelView> models) {
    }

    @GetMapping(path = "/api/models", produces = MediaType.APPLICATION_JSON_VALUE)
    ModelList list(@RequestParam(required = false) String unit) {
        SignedInUser user = currentUser.get();
        Unit shown = service.homeUnit(user, unit);
        List<ExemplaryModel> list = service.listUnder(shown);
        Map<String, String> names = service.unitNames(list);
        return new ModelList(shown.code(), shown.name(), service.counts(shown).stream().map(ModelApi::row).toList(),
                list.stream().map(m -> ModelViews.of(m, service.rulesOf(m), names.get(m.unitCode()), null,
                        service.followUps(m.id()))).toList());
    }

    @GetMapping(path = "/api/models/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ModelView get(@PathVariable long id) {
        ExemplaryModel m = service.readable(currentUser.get(), id);
        return view(m);
    }

    @PostMapping(path = "/api/models", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ModelView> propose(@RequestBody NewModel request) {
        SignedInUser user = currentUser.get();
        long id = service.propose(user, request.unitCode(), request.kind(), request.name());
        return ResponseEntity.created(URI.create("/api/models/" + id)).body(view(service.readable(user, id)));
    }

    @PutMapping(path = "/api/models/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ModelView save(@PathVariable long id, @RequestBody ProposalInput request) {
        return view(service.saveProposal(currentUser.get(), id, request));
    }

    private ModelView view(ExemplaryModel m) {
        ModelRules rules = service.rulesOf(m);
        return ModelViews.of(m, rules, org.findUnit(m.unitCode()).map(Unit::name).orElse(m.unitCode()),
                m.parentUnitCode() == null ? "" : org.findUnit(m.parentUnitCode()).map(Unit::name)
                        .orElse(m.parentUnitCode()), service.followUps(m.id()), service.unitName(m.reviewUnitCode()),
                service.unitName(m.chosenByUnitCode()));
    }

    private static CountsRow row(Counts c) {
        return new CountsRow(c.unit().code(), c.unit().name(), c.proposed(), c.chosen(), c.followedUp(), c.honoured());
    }
}
