package vn.thidua.problem;

import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * The engine logs every exception that ends a command as an ERROR with its stack trace (ENGINE-16004), our refusals
 * of a user's input included. A refusal is no error: whoever answers it logs it as a refused input (see
 * {@link EngineRefusals}); this filter drops the command context's ERROR and WARN lines whose exception is a refusal
 * of ours. Every other line of the engine is logged as before: a refusal in a background job still shows in the job
 * executor's own line and as an incident.
 * <p>
 * Spring Boot sets Logback up afresh whenever an application starts, which removes every filter added before; so the
 * filter is added each time an application has been prepared (after its logging is set up), by {@link Installer},
 * listed in {@code META-INF/spring.factories}. The filter keeps no state: one more application in the same JVM (a test
 * run, a second node) simply installs a new one.
 */
class RefusalLogFilter extends TurboFilter {

    /** Where the engine logs an exception that ended a command (ENGINE-16004). */
    private static final String COMMAND_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

    /** Adds the filter to Logback once the starting application's logging is set up, unless it is there already. */
    static final class Installer implements ApplicationListener<ApplicationPreparedEvent> {

        @Override
        public void onApplicationEvent(ApplicationPreparedEvent event) {
            install();
        }
    }

    static void install() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof LoggerContext context) {
            synchronized (context) {
                if (context.getTurboFilterList().stream().noneMatch(RefusalLogFilter.class::isInstance)) {
                    RefusalLogFilter filter = new RefusalLogFilter();
                    filter.setName(RefusalLogFilter.class.getSimpleName());
                    filter.start();
                    context.addTurboFilter(filter);
                }
            }
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                              Throwable t) {
        if (level == null || !level.isGreaterOrEqual(Level.WARN)
                || !COMMAND_CONTEXT_LOGGER.equals(logger.getName())) {
            return FilterReply.NEUTRAL;
        }
        Throwable thrown = t;
        if (thrown == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable
                last) {
            thrown = last;
        }
        return thrown != null && InvalidInputException.in(thrown) != null ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
