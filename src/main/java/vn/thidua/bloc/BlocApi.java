package vn.thidua.bloc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.bloc.BlocViews.BlocView;
import vn.thidua.bloc.BlocViews.HistoryLine;
import vn.thidua.security.CurrentUser;

/** Blocs for automation: the same service, checks and access as the pages. */
@RestController
class BlocApi {

    private final BlocService service;
    private final CurrentUser currentUser;

    BlocApi(BlocService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    record UnitRequest(String unitCode) {
    }

    record BlocDetail(BlocView bloc, List<HistoryLine> history) {
    }

    @GetMapping(path = "/api/blocs", produces = MediaType.APPLICATION_JSON_VALUE)
    List<BlocView> list(@RequestParam(required = false) String unit, @RequestParam(required = false) String year) {
        List<Bloc> blocs = service.visible(currentUser.get(), unit, year);
        Set<String> codes = new LinkedHashSet<>();
        blocs.forEach(b -> codes.addAll(BlocViews.codes(b)));
        var names = service.names(codes);
        return blocs.stream().map(b -> BlocViews.of(b, names)).toList();
    }

    @GetMapping(path = "/api/blocs/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    BlocDetail get(@PathVariable long id) {
        return detail(service.readable(currentUser.get(), id));
    }

    @PostMapping(path = "/api/blocs", consumes = {"text/csv", "text/plain", "application/octet-stream",
            "application/vnd.ms-excel"}, produces = MediaType.APPLICATION_JSON_VALUE)
    BlocService.ImportSummary importCsv(@RequestBody byte[] csv) {
        return service.importCsv(currentUser.get(), csv);
    }

    @PostMapping(path = "/api/blocs/{id}/members", produces = MediaType.APPLICATION_JSON_VALUE)
    BlocDetail join(@PathVariable long id, @RequestBody UnitRequest request) {
        return detail(service.join(currentUser.get(), id, request.unitCode()));
    }

    @DeleteMapping(path = "/api/blocs/{id}/members/{unitCode}", produces = MediaType.APPLICATION_JSON_VALUE)
    BlocDetail leave(@PathVariable long id, @PathVariable String unitCode) {
        return detail(service.leave(currentUser.get(), id, unitCode));
    }

    @PutMapping(path = "/api/blocs/{id}/leader", produces = MediaType.APPLICATION_JSON_VALUE)
    BlocDetail leader(@PathVariable long id, @RequestBody UnitRequest request) {
        return detail(service.setLeader(currentUser.get(), id, request.unitCode()));
    }

    private BlocDetail detail(Bloc bloc) {
        var history = service.history(bloc.id());
        List<String> codes = new ArrayList<>(BlocViews.codes(bloc));
        history.stream().filter(h -> h.unitCode() != null).forEach(h -> codes.add(h.unitCode()));
        var names = service.names(codes);
        return new BlocDetail(BlocViews.of(bloc, names), history.stream().map(h -> BlocViews.line(h, names))
                .toList());
    }
}
