package ru.kogalym.civic.query.dashboard;

import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller of the dashboard's HTML pages: its errors are pages too ({@link PageAdvice}), not the API's
 * problem+json, and the API description leaves it out (it lists {@code /api/**} only).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Controller
public @interface DashboardPage {

    @AliasFor(annotation = Controller.class)
    String value() default "";
}
