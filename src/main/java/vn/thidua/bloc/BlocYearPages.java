package vn.thidua.bloc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.bloc.BlocYearRepository.Meeting;
import vn.thidua.bloc.BlocYears.Context;
import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.SignedInUser;
import vn.thidua.text.Messages;

/**
 * A bloc's year in a campaign ({@code /bloc-years/{id}}): members and leader, the plan (edited by the leader's staff
 * while it is being prepared), the pledge signatures, the meetings held and due (recorded by their hosts, minutes
 * attached), the interim review with the members' figures, the scoring table, ranking and vote, the Excel export of
 * the ranking. The bloc's members and the levels above them see it; another school does not.
 */
@Controller
class BlocYearPages {

    private final BlocYears years;
    private final BlocService blocs;
    private final RankingWorkbook workbook;
    private final CurrentUser currentUser;
    private final LeadingUnitAward award;

    BlocYearPages(BlocYears years, BlocService blocs, RankingWorkbook workbook, CurrentUser currentUser,
                  LeadingUnitAward award) {
        this.award = award;
        this.years = years;
        this.blocs = blocs;
        this.workbook = workbook;
        this.currentUser = currentUser;
    }

    record MeetingView(int seq, String plannedOn, String hostName, String topic, boolean held, String heldOn,
                       String heldTopic, String presentNames, List<String> present, String conclusions,
                       String minutesName, boolean canRecord, boolean due) {
    }

    @GetMapping("/bloc-years/{id}")
    String page(@PathVariable long id, Model model) {
        SignedInUser user = currentUser.get();
        Context c = years.readable(user, id);
        BlocYear y = c.year();
        var names = blocs.names(BlocViews.codes(c.bloc()));
        var rules = years.rulesOf(y);
        model.addAttribute("b", BlocViews.of(c.bloc(), names));
        model.addAttribute("y", y);
        model.addAttribute("statusLabel", y.status().label());
        model.addAttribute("deadlineLabel", DeadlineCalendar.label(y.planDeadline()));
        model.addAttribute("campaignName", years.campaignName(y));
        model.addAttribute("canEditPlan", years.canEditPlan(user, c));
        model.addAttribute("topics", years.repository().topics(id));
        var signatures = years.repository().signatures(id);
        Map<String, String> signed = new LinkedHashMap<>();
        signatures.forEach(s -> signed.put(s.unitCode(), s.signedBy() + " – " + DeadlineCalendar.label(s.signedAt())));
        model.addAttribute("signed", signed);
        List<MeetingView> meetings = new ArrayList<>();
        var today = years.now().toLocalDate();
        for (Meeting m : years.repository().meetings(id)) {
            meetings.add(new MeetingView(m.seq(), DeadlineCalendar.dayLabel(m.plannedOn()),
                    names.getOrDefault(m.hostUnitCode(), m.hostUnitCode()), m.topic(), m.held(),
                    m.heldOn() == null ? "" : DeadlineCalendar.dayLabel(m.heldOn()), m.heldTopic(),
                    String.join(", ", m.present().stream().map(p -> names.getOrDefault(p, p)).toList()), m.present(),
                    m.conclusions(), m.minutesName(), years.canRecordMeeting(user, c, m),
                    !m.held() && !m.plannedOn().isAfter(today)));
        }
        model.addAttribute("meetings", meetings);
        model.addAttribute("interim", years.interimFigures(c));
        model.addAttribute("canEditInterim", years.canEditInterim(user, c));
        model.addAttribute("criteria", rules.criteria());
        model.addAttribute("maxTotal", rules.maxTotal());
        boolean scoresShown = y.status().ordinal() >= BlocYearStatus.EVALUATING.ordinal();
        model.addAttribute("scoresShown", scoresShown);
        model.addAttribute("scores", scoresShown ? years.scoreTable(c) : List.of());
        model.addAttribute("selfScoring", years.selfScoring(user, c));
        model.addAttribute("canAgree", years.canAgree(user, c));
        model.addAttribute("votes", years.repository().votes(id));
        model.addAttribute("ranking", years.repository().ranking(id));
        model.addAttribute("nextLeaderName", y.nextLeaderUnitCode() == null ? ""
                : names.getOrDefault(y.nextLeaderUnitCode(), y.nextLeaderUnitCode()));
        model.addAttribute("canConfirm", years.canConfirm(user, c));
        model.addAttribute("award", award.board(user, c));
        model.addAttribute("names", names);
        return "bloc/year";
    }

    @PostMapping("/bloc-years/{id}/plan")
    String savePlan(@PathVariable long id, @RequestParam Map<String, String> form,
                    @RequestParam(name = "meetingDay", required = false) List<String> days,
                    @RequestParam(name = "meetingHost", required = false) List<String> hosts,
                    @RequestParam(name = "meetingTopic", required = false) List<String> topics,
                    RedirectAttributes redirect) {
        List<BlocYears.MeetingInput> meetings = new ArrayList<>();
        int rows = Math.max(size(days), Math.max(size(hosts), size(topics)));
        for (int i = 0; i < rows; i++) {
            meetings.add(new BlocYears.MeetingInput(at(days, i), at(hosts, i), at(topics, i)));
        }
        Map<String, String> memberTopics = new HashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("topic_")) {
                memberTopics.put(k.substring("topic_".length()), v);
            }
        });
        return act(id, redirect, () -> years.savePlan(currentUser.get(), id,
                new BlocYears.PlanInput(form.get("commonTargets"), meetings, memberTopics)));
    }

    @PostMapping("/bloc-years/{id}/meetings/{seq}")
    String saveMeeting(@PathVariable long id, @PathVariable int seq, @RequestParam Map<String, String> form,
                       @RequestParam(name = "present", required = false) List<String> present,
                       RedirectAttributes redirect) {
        return act(id, redirect, () -> years.saveMeeting(currentUser.get(), id, seq, new BlocYears.MeetingRecord(
                form.get("heldOn"), form.get("topic"), present == null ? List.of() : present,
                form.get("conclusions"))));
    }

    @PostMapping("/bloc-years/{id}/meetings/{seq}/minutes")
    String uploadMeetingMinutes(@PathVariable long id, @PathVariable int seq,
                                @RequestParam(name = "file", required = false) MultipartFile file,
                                RedirectAttributes redirect) {
        return act(id, redirect, () -> years.uploadMeetingMinutes(currentUser.get(), id, seq,
                file == null ? null : file.getOriginalFilename(), file == null ? null : file.getContentType(),
                bytes(file)));
    }

    @GetMapping("/bloc-years/{id}/meetings/{seq}/minutes")
    ResponseEntity<byte[]> meetingMinutes(@PathVariable long id, @PathVariable int seq) {
        return download(years.meetingMinutes(currentUser.get(), id, seq));
    }

    @PostMapping("/bloc-years/{id}/interim")
    String saveInterim(@PathVariable long id, @RequestParam(required = false) String interimSummary,
                       RedirectAttributes redirect) {
        return act(id, redirect, () -> years.saveInterim(currentUser.get(), id, interimSummary));
    }

    @PostMapping("/bloc-years/{id}/self-scores/{unitCode}")
    String saveSelfScores(@PathVariable long id, @PathVariable String unitCode,
                          @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Map<String, String> typed = new HashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("score_")) {
                typed.put(k.substring("score_".length()), v);
            }
        });
        return act(id, redirect, () -> years.saveSelfScores(currentUser.get(), id, unitCode, typed));
    }

    @PostMapping("/bloc-years/{id}/agreed")
    String saveAgreed(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Map<String, Map<String, String>> typed = new HashMap<>();
        Map<String, String> votes = new HashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("agreed_")) {
                String[] parts = k.substring("agreed_".length()).split("__", 2);
                if (parts.length == 2) {
                    typed.computeIfAbsent(parts[0], x -> new HashMap<>()).put(parts[1], v);
                }
            } else if (k.startsWith("vote_")) {
                votes.put(k.substring("vote_".length()), v);
            }
        });
        return act(id, redirect, () -> years.saveAgreed(currentUser.get(), id, typed, votes));
    }

    @PostMapping("/bloc-years/{id}/evaluation-minutes")
    String uploadEvalMinutes(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                             RedirectAttributes redirect) {
        return act(id, redirect, () -> years.uploadEvalMinutes(currentUser.get(), id,
                file == null ? null : file.getOriginalFilename(), file == null ? null : file.getContentType(),
                bytes(file)));
    }

    @GetMapping("/bloc-years/{id}/evaluation-minutes")
    ResponseEntity<byte[]> evalMinutes(@PathVariable long id) {
        return download(years.evalMinutes(currentUser.get(), id));
    }

    @PostMapping("/bloc-years/{id}/result")
    String changeResult(@PathVariable long id, @RequestParam(name = "leading", required = false) List<String> leading,
                        @RequestParam(required = false) String nextLeader, RedirectAttributes redirect) {
        return act(id, redirect, () -> years.changeResult(currentUser.get(), id, leading, nextLeader));
    }

    @PostMapping("/bloc-years/{id}/leading-award")
    String nominateLeadingUnit(@PathVariable long id, @RequestParam(required = false) String unitCode,
                               @RequestParam(required = false) Long reportId,
                               @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            award.nominate(currentUser.get(), id, unitCode, reportId, reason);
            redirect.addFlashAttribute("message", Messages.get("bloc.leadingAward.nominated"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", BlocPages.lines(e));
        }
        return "redirect:" + BlocYears.pageOf(id);
    }

    @GetMapping("/bloc-years/{id}/ranking.xlsx")
    ResponseEntity<byte[]> ranking(@PathVariable long id) {
        Context c = years.readable(currentUser.get(), id);
        byte[] book = workbook.write(c);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(Messages.get("bloc.ranking.fileName", c.bloc().code(), c.bloc().schoolYear()),
                                StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(book);
    }

    private String act(long id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", Messages.get("bloc.saved"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", BlocPages.lines(e));
        }
        return "redirect:" + BlocYears.pageOf(id);
    }

    private static ResponseEntity<byte[]> download(BlocYearRepository.StoredFile file) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .contentType(mediaType(file.contentType())).body(file.content());
    }

    private static MediaType mediaType(String type) {
        try {
            return MediaType.parseMediaType(type);
        } catch (org.springframework.http.InvalidMediaTypeException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file == null ? null : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int size(List<String> list) {
        return list == null ? 0 : list.size();
    }

    private static String at(List<String> list, int i) {
        return list == null || i >= list.size() ? null : list.get(i);
    }
}
