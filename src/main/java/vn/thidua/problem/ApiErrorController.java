package vn.thidua.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.MappingJackson2JsonView;

/**
 * Spring's {@code /error}, where a response ends that no handler of ours answered (a path with no endpoint, a
 * refusal of the security filters, an error while writing): for our REST API ({@code /api/**}) it answers our
 * problem detail with a Vietnamese detail whatever the client accepts; every other path keeps Spring Boot's
 * error pages.
 */
@Controller
class ApiErrorController extends BasicErrorController {

    private static final String API = "/api/";

    private final ErrorAttributes errorAttributes;
    private final ApiProblems problems;

    ApiErrorController(ErrorAttributes errorAttributes, ServerProperties server,
                              List<ErrorViewResolver> errorViewResolvers, ApiProblems problems) {
        super(errorAttributes, server.getError(), errorViewResolvers);
        this.errorAttributes = errorAttributes;
        this.problems = problems;
    }

    @Override
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        if (!forApi(request)) {
            return super.errorHtml(request, response);
        }
        MappingJackson2JsonView json = new MappingJackson2JsonView();
        json.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        ModelAndView view = new ModelAndView(json, problem(request));
        view.setStatus(getStatus(request));
        return view;
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        if (!forApi(request)) {
            return super.error(request);
        }
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem(request));
    }

    /** The problem detail of the status, as a map: the fields of RFC 9457 and our errors. */
    private Map<String, Object> problem(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        Throwable error = errorAttributes.getError(new ServletWebRequest(request));
        ProblemDetail problem = error == null ? null : problems.ofRequestError(error);
        if (problem == null || problem.getStatus() != status.value()) {
            problem = ProblemDetail.forStatusAndDetail(status, ApiMessages.detail(status.value()));
            problem.setTitle(ApiMessages.title(status.value()));
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (uri != null) {
            body.put("instance", uri.toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }

    private static boolean forApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? request.getRequestURI() : uri.toString();
        String context = request.getContextPath();
        if (context != null && !context.isEmpty() && path.startsWith(context)) {
            path = path.substring(context.length());
        }
        return path.startsWith(API);
    }
}
