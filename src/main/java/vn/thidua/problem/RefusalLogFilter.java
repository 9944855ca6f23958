package vn.thidua.problem;

import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

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
 */
@Component
class RefusalLogFilter extends TurboFilter implements SmartInitializingSingleton {

    /** Where the engine logs an exception that ended a command (ENGINE-16004). */
    private static final String COMMAND_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

    @Override
    public void afterSingletonsInstantiated() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof LoggerContext context
                && context.getTurboFilterList().stream().noneMatch(RefusalLogFilter.class::isInstance)) {
            setName(RefusalLogFilter.class.getSimpleName());
            start();
            context.addTurboFilter(this);
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
