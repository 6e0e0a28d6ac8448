package org.seminardesk.security.audit;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service method that changes data: when it returns normally, an audit entry "{subject}.{method}" is written
 * in the same transaction, naming the caller and the subject's id (the first long argument, else the id of
 * what the method returns).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {

    /** What kind of thing changes: "seminar", "registration", "attendance", "user". */
    @Nonbinding
    String value() default "";
}
