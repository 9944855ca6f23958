package vn.thidua.problem;

import java.util.stream.Collectors;

import jakarta.annotation.Priority;
import jakarta.servlet.ServletRegistration;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.glassfish.jersey.servlet.ServletProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Refusals of our own rules through Camunda's REST API. The engine wraps an exception thrown by a task listener or
 * a delegate ("ENGINE-03051 There was an exception while invoking the TaskListener …") and the REST resource wraps
 * that again ("Cannot submit task form …"), answering 500. These exception mappers look through the cause chain:
 * when it holds a {@link InvalidInputException} the answer is 400 in Camunda's error shape ({@code type},
 * {@code message}) with our Vietnamese sentence alone as the message, which Tasklist shows after its own heading;
 * the refusal is logged as a refused input on one line. A request that lost a race – the task was just completed
 * by someone else, or both requests were in flight and the engine's optimistic locking stopped this one – is
 * answered 409 in the same shape with a Vietnamese sentence saying what happened ({@link TaskConflicts}); nothing
 * of it was stored. Opening a task (its form, its variables) that a colleague completed after the person's list was
 * shown is answered 404 with a sentence saying who completed it and when, instead of the engine's English. Every
 * other exception is answered exactly as Camunda answers it. They are registered on both JAX-RS applications that
 * serve the engine API: {@code /engine-rest} (Spring Boot's Jersey application) and the
 * webapps' {@code /camunda/api/engine} that Tasklist calls.
 */
@Configuration(proxyBeanMethods = false)
public class EngineRefusals {

    private static final Logger log = LoggerFactory.getLogger(EngineRefusals.class);

    /** The servlet Camunda's webapp initializer registers for {@code {application-path}/api/engine/*}. */
    static final String WEBAPP_ENGINE_SERVLET = "Engine Api";

    /** The {@code type} of a 409 answer: someone else acted on the same thing first (see {@link TaskConflicts}). */
    static final String CONFLICT_TYPE = "ConcurrentChange";

    /**
     * The {@code type} of a 404 answer to opening a task that someone else has just completed (see
     * {@link TaskConflicts#explainRead}).
     */
    static final String GONE_TYPE = "TaskEnded";

    @Bean
    ResourceConfigCustomizer engineRestRefusals() {
        return config -> config.register(ForEngineException.class).register(ForRestException.class);
    }

    /**
     * Camunda's webapp initializer registers the engine API's servlet (a Jersey {@code ServletContainer} of
     * {@code EngineRestApplication}) under a fixed name, unless a servlet of that name exists; initializers run in
     * an order we do not control. Whichever runs first creates the servlet exactly as Camunda does, and ours names
     * our providers in its init parameters; Jersey registers them on top of the application's own classes.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ServletContextInitializer webappEngineApiRefusals(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
        return servletContext -> {
            ServletRegistration engineApi = servletContext.getServletRegistration(WEBAPP_ENGINE_SERVLET);
            if (engineApi == null) {
                engineApi = servletContext.addServlet(WEBAPP_ENGINE_SERVLET, ServletContainer.class);
                engineApi.addMapping(applicationPath + "/api/engine/*");
                engineApi.setInitParameter(ServletProperties.JAXRS_APPLICATION_CLASS,
                        EngineRestApplication.class.getName());
            }
            engineApi.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES,
                    ForEngineException.class.getName() + "," + ForRestException.class.getName());
        };
    }

    static Response answer(Throwable exception, Request request, UriInfo uri) {
        InvalidInputException refusal = InvalidInputException.in(exception);
        if (refusal == null) {
            String method = request == null ? null : request.getMethod();
            String path = uri == null ? null : uri.getPath();
            String conflict = TaskConflicts.explain(exception, method, path);
            if (conflict == null) {
                Response engines = ExceptionHandlerHelper.getInstance().getResponse(exception);
                String gone = engines.getStatus() < 500 ? TaskConflicts.explainRead(method, path) : null;
                if (gone == null) {
                    return engines;
                }
                log.info("Task gone on {} {}: {}", method, path, gone);
                return camundaShaped(Response.Status.NOT_FOUND, GONE_TYPE, gone);
            }
            log.info("Conflict on {} {}: {}", method == null ? "?" : method, path == null ? "?" : path, conflict);
            return camundaShaped(Response.Status.CONFLICT, CONFLICT_TYPE, conflict);
        }
        String message = sentence(refusal);
        log.info("Refused input on {} {}: {}", request == null ? "?" : request.getMethod(),
                uri == null ? "?" : uri.getPath(), message);
        return camundaShaped(Response.Status.BAD_REQUEST, refusal.getClass().getSimpleName(), message);
    }

    /** An answer in Camunda's error shape ({@code type}, {@code message}), which Tasklist shows. */
    private static Response camundaShaped(Response.Status status, String type, String message) {
        ExceptionDto body = new ExceptionDto();
        body.setType(type);
        body.setMessage(message);
        return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * What Tasklist shows, which has room for one text: the summary, followed by each error the summary does not
     * say yet ("Chưa thể phát động phong trào: có 2 lỗi cần sửa. Chưa nhập tên phong trào. Đợt thứ 1: …").
     */
    public static String sentence(InvalidInputException refusal) {
        String summary = refusal.getMessage();
        String details = refusal.errors().stream().map(InputError::message)
                .filter(message -> message != null && !summary.contains(message))
                .collect(Collectors.joining(" "));
        return details.isEmpty() ? summary : summary + " " + details;
    }

    /** Takes precedence over Camunda's {@code ProcessEngineExceptionHandler} for the same type. */
    @Provider
    @Priority(Priorities.USER - 1000)
    public static class ForEngineException implements ExceptionMapper<ProcessEngineException> {

        @Context
        private Request request;
        @Context
        private UriInfo uri;

        @Override
        public Response toResponse(ProcessEngineException exception) {
            return answer(exception, request, uri);
        }
    }

    /** Takes precedence over Camunda's {@code RestExceptionHandler} for the same type. */
    @Provider
    @Priority(Priorities.USER - 1000)
    public static class ForRestException implements ExceptionMapper<RestException> {

        @Context
        private Request request;
        @Context
        private UriInfo uri;

        @Override
        public Response toResponse(RestException exception) {
            return answer(exception, request, uri);
        }
    }
}
