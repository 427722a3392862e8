package vn.thidua.shared;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a service: a use case that loses a race with another request on the same rows (a version bumped meanwhile, a
 * deadlock, two inserts of a row that was missing) runs again in a fresh transaction, up to a few times, instead of
 * answering 500. The second run reads what the first request wrote, so a double submit is told that it is done.
 * After the last try the user is told, in their language, that someone changed the same data ({@link ConcurrentChange}).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetryOnConflict {
}
