package vn.thidua.problem;

import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import vn.thidua.text.Messages;

/**
 * Every error of our REST API in one shape, mapped here once: RFC 9457 problem details with a Vietnamese detail,
 * and for bad input the list of {@code {line, column, field, message}}. Controllers throw
 * {@link InvalidInputException} or {@link AccessDeniedException} and handle neither; the engine's REST API answers
 * the same exceptions through {@link EngineRefusals}.
 */
@RestControllerAdvice(basePackages = "vn.thidua")
class ApiProblems {

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle(Messages.get("problem.title.invalidInput"));
        problem.setProperty("errors", e.errors());
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, e.getMessage());
    }

    /**
     * Two people changed the same report or process at once (e.g. a deadline extension while the head signs): the
     * engine stopped the later one, whose transaction rolled back.
     */
    @ExceptionHandler(OptimisticLockingException.class)
    ProblemDetail concurrentChange(OptimisticLockingException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                Messages.get("problem.conflict"));
        problem.setTitle(Messages.get("problem.title.conflict"));
        return problem;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, Messages.get("problem.tooLarge"));
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage());
    }
    // ---- Requests Spring refuses before our code runs: the same problem details, in Vietnamese --------------

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            String field = path(mismatch);
            String expected = expected(mismatch.getTargetType());
            String message = field.isEmpty() ? Messages.get("problem.json.wrongTypeAt", expected)
                    : Messages.get("problem.json.wrongType", field, expected);
            JsonLocation at = mismatch.getLocation();
            return badRequest(message, List.of(new InputError(at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), field.isEmpty() ? null : field, message)));
        }
        if (cause instanceof JsonProcessingException json) {
            JsonLocation at = json.getLocation();
            String message = Messages.get("problem.json.malformed", at == null ? 1 : at.getLineNr(),
                    at == null ? 1 : at.getColumnNr());
            return badRequest(message, List.of(new InputError(at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), null, message)));
        }
        String message = e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")
                ? Messages.get("problem.body.missing") : Messages.get("problem.body.unreadable");
        return badRequest(message, List.of(new InputError(0, 0, null, message)));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        String message = Messages.get("problem.param.missing", e.getParameterName());
        return badRequest(message, List.of(new InputError(0, 0, e.getParameterName(), message)));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail wrongParameterType(MethodArgumentTypeMismatchException e) {
        String message = Messages.get("problem.param.wrongType", e.getName(), e.getValue(),
                e.getRequiredType() == null ? Messages.get("problem.type.other") : expected(e.getRequiredType()));
        return badRequest(message, List.of(new InputError(0, 0, e.getName(), message)));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ProblemDetail missingPart(MissingServletRequestPartException e) {
        String message = Messages.get("problem.part.missing", e.getRequestPartName());
        return badRequest(message, List.of(new InputError(0, 0, e.getRequestPartName(), message)));
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail notMultipart(MultipartException e) {
        if (e instanceof MaxUploadSizeExceededException tooLarge) {
            return tooLarge(tooLarge);
        }
        String message = Messages.get("problem.multipart");
        return badRequest(message, List.of(new InputError(0, 0, null, message)));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        String[] supported = e.getSupportedMethods();
        return problem(HttpStatus.METHOD_NOT_ALLOWED, supported == null || supported.length == 0
                ? Messages.get("problem.method.none", e.getMethod())
                : Messages.get("problem.method", e.getMethod(), String.join(", ", supported)));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        String supported = mediaTypes(e.getSupportedMediaTypes());
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.getContentType() == null
                ? Messages.get("problem.mediaType.none", supported)
                : Messages.get("problem.mediaType", e.getContentType(), supported));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ProblemDetail notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return problem(HttpStatus.NOT_ACCEPTABLE, Messages.get("problem.notAcceptable",
                mediaTypes(e.getSupportedMediaTypes())));
    }

    /**
     * The problem detail of an exception Spring raised where no handler of ours was chosen yet (a method or a
     * content type no endpoint takes), for {@link ApiErrorController}; null for any other exception.
     */
    ProblemDetail ofRequestError(Throwable e) {
        if (e instanceof HttpRequestMethodNotSupportedException method) {
            return methodNotAllowed(method);
        }
        if (e instanceof HttpMediaTypeNotSupportedException media) {
            return unsupportedMediaType(media);
        }
        if (e instanceof HttpMediaTypeNotAcceptableException acceptable) {
            return notAcceptable(acceptable);
        }
        if (e instanceof HttpMessageNotReadableException unreadable) {
            return unreadable(unreadable);
        }
        if (e instanceof MissingServletRequestParameterException parameter) {
            return missingParameter(parameter);
        }
        if (e instanceof MethodArgumentTypeMismatchException mismatch) {
            return wrongParameterType(mismatch);
        }
        if (e instanceof MissingServletRequestPartException part) {
            return missingPart(part);
        }
        if (e instanceof MultipartException multipart) {
            return notMultipart(multipart);
        }
        return null;
    }

    private static ProblemDetail badRequest(String detail, List<InputError> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(ApiMessages.title(status.value()));
        return problem;
    }

    /** Where in the JSON the value is: "phases[0].startsOn". */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** What a value of the type looks like, in words. */
    private static String expected(Class<?> type) {
        Map<Class<?>, Class<?>> boxes = Map.of(int.class, Integer.class, long.class, Long.class, short.class,
                Short.class, byte.class, Byte.class, boolean.class, Boolean.class, double.class, Double.class,
                float.class, Float.class);
        Class<?> t = boxes.getOrDefault(type, type);
        if (t == Integer.class || t == Long.class || t == Short.class || t == Byte.class
                || t == java.math.BigInteger.class) {
            return Messages.get("problem.type.integer");
        }
        if (Number.class.isAssignableFrom(t)) {
            return Messages.get("problem.type.number");
        }
        if (t == Boolean.class) {
            return Messages.get("problem.type.boolean");
        }
        if (t == String.class || t == Character.class) {
            return Messages.get("problem.type.text");
        }
        if (t.isEnum()) {
            return Messages.get("problem.type.choice", Arrays.stream(t.getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", ")));
        }
        if (Temporal.class.isAssignableFrom(t)) {
            return Messages.get("problem.type.date");
        }
        if (Collection.class.isAssignableFrom(t) || t.isArray()) {
            return Messages.get("problem.type.list");
        }
        if (t.isRecord() || Map.class.isAssignableFrom(t)) {
            return Messages.get("problem.type.object");
        }
        return Messages.get("problem.type.other");
    }

    private static String mediaTypes(List<MediaType> types) {
        return types == null || types.isEmpty() ? "application/json"
                : types.stream().map(MediaType::toString).collect(Collectors.joining(", "));
    }
}
