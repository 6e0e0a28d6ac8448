package org.seminardesk.security.audit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.StringJoiner;

/** Writes the audit entry of an {@link Audited} method; inside its transaction (runs after @Transactional's). */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditInterceptor {

    @Inject
    AuditLog log;

    @AroundInvoke
    Object record(InvocationContext call) throws Exception {
        Object result = call.proceed();
        Method method = call.getMethod();
        Audited audited = method.isAnnotationPresent(Audited.class)
                ? method.getAnnotation(Audited.class) : method.getDeclaringClass().getAnnotation(Audited.class);
        log.record(audited.value() + "." + method.getName(), audited.value(), subjectId(call.getParameters(), result),
                numbers(method, call.getParameters()));
        return result;
    }

    /** The id of what the method returns, else its first long argument. */
    private static Long subjectId(Object[] arguments, Object result) {
        Long returned = idOf(result);
        if (returned != null) {
            return returned;
        }
        return Arrays.stream(arguments).filter(Long.class::isInstance).map(Long.class::cast).findFirst().orElse(null);
    }

    /** "seminarId=12, participantId=345": the numeric arguments by name; never strings (tokens, names, reasons). */
    private static String numbers(Method method, Object[] arguments) {
        Parameter[] parameters = method.getParameters();
        StringJoiner detail = new StringJoiner(", ");
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof Long || arguments[i] instanceof Integer) {
                detail.add(parameters[i].getName() + "=" + arguments[i]);
            }
        }
        return detail.length() == 0 ? null : detail.toString();
    }

    private static Long idOf(Object result) {
        if (result == null) {
            return null;
        }
        try {
            return result.getClass().getMethod("id").invoke(result) instanceof Long id ? id : null;
        } catch (ReflectiveOperationException | RuntimeException noId) {
            return null;
        }
    }
}
